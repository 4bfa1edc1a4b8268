import { headingTitle } from './title.js';
import { detach } from '../strings.js';
import type { PrdInfo } from '../types.js';
import type { PrdDocument } from './types.js';

/** What the outputs say about a PRD: its path, frontmatter id and title (else its top heading, unless that is a generic one). */
export function prdInfo(doc: PrdDocument): PrdInfo {
  const data = doc.frontmatter?.data ?? {};
  const scalar = (v: unknown) => (typeof v === 'string' ? detach(v, true) : undefined);
  const fromHeading = headingTitle(doc);
  const title = scalar(data.title) ?? (fromHeading === undefined ? undefined : detach(fromHeading, true));
  const id = scalar(data.id);
  return { file: doc.file, ...(id !== undefined ? { id } : {}), ...(title !== undefined ? { title } : {}) };
}
