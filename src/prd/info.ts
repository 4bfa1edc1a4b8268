import { detach } from '../strings.js';
import type { PrdInfo } from '../types.js';
import type { PrdDocument } from './types.js';

/** What the outputs say about a PRD: its path, frontmatter id and title (or first heading). */
export function prdInfo(doc: PrdDocument): PrdInfo {
  const data = doc.frontmatter?.data ?? {};
  const scalar = (v: unknown) => (typeof v === 'string' ? detach(v, true) : undefined);
  const firstHeading = doc.sections.find((s) => s.level > 0)?.title;
  const title = scalar(data.title) ?? (firstHeading === undefined ? undefined : detach(firstHeading, true));
  const id = scalar(data.id);
  return { file: doc.file, ...(id !== undefined ? { id } : {}), ...(title !== undefined ? { title } : {}) };
}
