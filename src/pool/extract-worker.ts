import path from 'node:path';
import { isPrdError } from '../errors.js';
import { extractTasks } from '../extract/extract.js';
import { readPrd } from '../prd/parse.js';
import type { PrdWarning, Task } from '../types.js';
import type { PrdInfo } from '../render/render.js';
import { prdInfo } from './info.js';

export interface ExtractJob {
  root: string;
  files: string[];
}

export interface ExtractJobResult {
  file: string;
  tasks?: Task[];
  info?: PrdInfo;
  warnings?: PrdWarning[];
  error?: { message: string; file: string; line: number; column: number; code: string };
}

/** Worker entry (tinypool): read, parse and extract a batch of PRDs; plain data goes back. */
export default async function extractBatch(job: ExtractJob): Promise<string> {
  const out: ExtractJobResult[] = [];
  for (const file of job.files) {
    try {
      const doc = await readPrd(path.resolve(job.root, file), file);
      out.push({ file, tasks: extractTasks(doc), info: prdInfo(doc), warnings: doc.warnings });
    } catch (error) {
      if (!isPrdError(error)) throw error;
      out.push({ file, error: { message: error.message, file: error.file, line: error.line, column: error.column, code: error.code } });
    }
  }
  // One JSON string crosses the thread boundary far cheaper than a structured clone of many objects.
  return JSON.stringify(out);
}
