import path from 'node:path';
import { isPrdError, type PrdErrorJson } from '../errors.js';
import { createExtractRun, extractTasks, extractWarnings } from '../extract/index.js';
import { prdInfo, readPrd } from '../prd/index.js';
import { fieldLines, hasDerivedTitle } from '../task.js';
import type { PrdInfo, PrdWarning, Task } from '../types.js';

export interface ExtractJob {
  root: string;
  files: string[];
}

export interface ExtractJobResult {
  file: string;
  tasks?: Task[];
  /** Indexes in \`tasks\` of the pages whose title was made from the route: the mark (markDerivedTitle) is not JSON, so it crosses the thread boundary this way. */
  derivedTitles?: number[];
  /** The lines of models' fields (setFieldLines), by index in \`tasks\`: hidden from JSON, so carried this way. */
  fieldLines?: Array<[number, Array<[string, number]>]>;
  info?: PrdInfo;
  warnings?: PrdWarning[];
  error?: PrdErrorJson;
}

/** Worker entry (tinypool): read, parse and extract a batch of PRDs; plain data goes back. */
export default async function extractBatch(job: ExtractJob): Promise<string> {
  const out: ExtractJobResult[] = [];
  const run = createExtractRun();
  for (const file of job.files) {
    try {
      const doc = await readPrd(path.resolve(job.root, file), file);
      const tasks = extractTasks(doc, { run });
      const derivedTitles = tasks.flatMap((t, i) => (t.kind === 'page' && hasDerivedTitle(t) ? [i] : []));
      const lines = tasks.flatMap((t, i): Array<[number, Array<[string, number]>]> => {
        const own = t.kind === 'model' ? fieldLines(t) : undefined;
        return own ? [[i, [...own]]] : [];
      });
      out.push({ file, tasks, ...(derivedTitles.length > 0 ? { derivedTitles } : {}), ...(lines.length > 0 ? { fieldLines: lines } : {}), info: prdInfo(doc), warnings: [...doc.warnings, ...extractWarnings(tasks)] });
    } catch (error) {
      if (!isPrdError(error)) throw error;
      out.push({ file, error: error.toJSON() });
    }
  }
  // One JSON string crosses the thread boundary far cheaper than a structured clone of many objects.
  return JSON.stringify(out);
}
