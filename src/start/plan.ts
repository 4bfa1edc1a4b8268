import path from 'node:path';
import { PrdError, UsageError } from '../errors.js';
import { insideRoot } from '../paths.js';
import { extractTasks } from '../extract/index.js';
import { headingTitle, parsePrd } from '../prd/index.js';
import type { PrdDocument } from '../prd/index.js';
import type { Task } from '../types.js';
import { bytesToRaw, rawToBytes } from './bytes.js';
import { DEFAULT_ROLES, qaArtifactsSpec, rolesSpec } from './content.js';
import { fileDiff, unifiedDiff } from './diff.js';
import { applyEdits, effectiveEdits, type ByteEdit } from './edits.js';
import { frontmatterEdits, readFrontmatter } from './frontmatter.js';
import type { FileWrite, StartFs } from './io.js';
import type { NormalizedStartOptions } from './options.js';
import { casesFile, qaCases, resultsFile, type QaPaths } from './qa-files.js';
import { resolvePrd, type ResolvedPrd } from './resolve.js';
import { sectionEdits } from './sections.js';

/** Everything `start` would do, computed before anything is written. */
export interface StartPlan {
  resolved: ResolvedPrd;
  /** The PRD, POSIX path relative to the root. */
  prd: string;
  id: string | undefined;
  owner: string | undefined;
  roles: string[];
  /** Tasks extracted from the edited PRD. */
  tasks: Task[];
  qa: QaPaths;
  /** Number of cases the QA cases file holds after the run. */
  cases: number;
  /** Byte edits of the PRD that change something. */
  edits: ByteEdit[];
  /** Files to write (PRD and QA files), only those whose bytes change. */
  writes: FileWrite[];
  /** Unified diff of every write. */
  diff: string;
}

/** A roadmap id or file name made safe as one path segment. */
export function safeSegment(text: string): string {
  const safe = text.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '');
  return safe === '' ? 'prd' : safe;
}

function qaPath(root: string, template: string, id: string | undefined, prd: string, option: string): string {
  const name = safeSegment(path.posix.basename(prd).replace(/\.[^.]*$/, ''));
  const filled = template.replaceAll('{id}', id === undefined ? name : safeSegment(id)).replaceAll('{name}', name);
  const rel = insideRoot(root, '.', filled);
  if (!rel) throw new UsageError(`Option "${option}" gives ${JSON.stringify(filled)}, which is outside the project root`);
  return rel;
}

function titleOf(doc: PrdDocument, fmTitle: string | undefined, roadmapTitle: string | undefined, file: string): string {
  return fmTitle ?? roadmapTitle ?? headingTitle(doc) ?? path.posix.basename(file);
}

/**
 * Computes what `start` changes: resolves the PRD, edits it in memory (frontmatter `owner` and
 * `roles`, sections 7.3 and 9.1), and prepares the QA cases and results files. Writes nothing.
 * @param options normalized start options
 * @param fs the file system to read from
 * @returns the plan: edits, files to write and their diff
 * @throws PrdError for a PRD that cannot be found, read or edited; UsageError for bad options
 */
export async function planStart(options: NormalizedStartOptions, fs: StartFs): Promise<StartPlan> {
  const resolved = await resolvePrd({ root: options.root, id: options.id, prd: options.prd, roadmap: options.roadmap, prds: options.prds, fs });
  const file = resolved.file;
  const bytes = await fs.read(file);
  if (!bytes) throw new PrdError('PRD file not found', { file, code: 'ENOENT', hint: 'Check the path; it is relative to the project root' });
  const doc = parsePrd(bytes, file);
  const fm = readFrontmatter(doc);
  const id = resolved.id ?? fm.id;
  const owner = options.owner ?? resolved.entry?.owner;
  const rolesUpdate = options.roles ?? resolved.entry?.roles ?? (fm.roles && fm.roles.length > 0 ? undefined : [...DEFAULT_ROLES]);
  const roles = rolesUpdate ?? fm.roles ?? [...DEFAULT_ROLES];
  const qa: QaPaths = {
    prd: file,
    cases: qaPath(options.root, options.qaCases, id, file, 'qaCases'),
    results: qaPath(options.root, options.qaResults, id, file, 'qaResults'),
  };
  if (qa.cases === file || qa.results === file) throw new UsageError(`The QA file paths must differ from the PRD ${file}`);

  const casesBytes = await fs.read(qa.cases);
  const casesBefore = casesBytes?.toString('utf8');
  const resultsExists = (await fs.read(qa.results)) !== undefined;
  const title = titleOf(doc, fm.title, resolved.entry?.title, file);

  const tasksBefore = extractTasks(doc);
  // The case count does not depend on line numbers, so the first extraction is enough for 9.1.
  const count = casesFile({ title, id, paths: qa, cases: qaCases(file, tasksBefore), eol: doc.eol }, casesBefore).count;
  const raw = bytesToRaw(bytes);
  const edits = effectiveEdits(raw, [
    ...frontmatterEdits(doc, { owner, roles: rolesUpdate }),
    ...sectionEdits(doc, [qaArtifactsSpec(qa), rolesSpec(roles, tasksBefore, count, qa)]),
  ]);
  const after = rawToBytes(applyEdits(raw, edits));
  // Cases link PRD lines, so take them from the edited PRD (new frontmatter or sections shift lines).
  const tasks = edits.length > 0 ? extractTasks(parsePrd(after, file)) : tasksBefore;
  const cases = casesFile({ title, id, paths: qa, cases: qaCases(file, tasks), eol: doc.eol }, casesBefore);

  const writes: FileWrite[] = [];
  const diffs: string[] = [];
  if (edits.length > 0) {
    writes.push({ path: file, bytes: after });
    diffs.push(unifiedDiff(file, raw, edits));
  }
  if (cases.text !== casesBefore) {
    // The cases file is the user's: new cases are appended to its exact bytes, nothing else changes.
    const casesAfter = casesBytes === undefined ? Buffer.from(cases.text, 'utf8') : Buffer.concat([casesBytes, Buffer.from(cases.text.slice(casesBefore!.length), 'utf8')]);
    writes.push({ path: qa.cases, bytes: casesAfter });
    diffs.push(fileDiff(qa.cases, bytesToRaw(casesAfter), casesBytes === undefined ? undefined : bytesToRaw(casesBytes)));
  }
  if (!resultsExists) {
    const text = resultsFile(title, qa, doc.eol);
    writes.push({ path: qa.results, bytes: Buffer.from(text, 'utf8') });
    diffs.push(fileDiff(qa.results, bytesToRaw(Buffer.from(text, 'utf8'))));
  }
  return { resolved, prd: file, id, owner: owner ?? fm.owner, roles, tasks, qa, cases: cases.count, edits, writes, diff: diffs.join('') };
}
