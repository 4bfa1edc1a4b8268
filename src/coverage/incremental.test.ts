import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tempProject } from '../testing/tmp.js';
import type { Task } from '../types.js';
import { coverageJson, createCoverageMatcher, createCoverageScanner, matchCoverage, prepareTasks } from './index.js';

const src = (line: number) => [{ file: 'docs/prd/a.md', line, section: 'S' }];
// Enough tasks that the session's cached JSON comes in more than one piece, touched tasks in each.
const FILLER: Task[] = Array.from({ length: 70 }, (_, i) => ({ kind: 'rule', text: `Rule ${i} must hold.`, level: 'should', sources: src(20 + i) }));
const TASKS: Task[] = [
  { kind: 'api', path: '/api/orders/:orderId', methods: ['GET', 'PUT'], sources: src(3) },
  { kind: 'api', path: '/v2/orders/:id', methods: ['GET'], sources: src(4) },
  ...FILLER,
  { kind: 'page', route: '/orders', sources: src(5) } as Task,
  { id: 'FR-7', kind: 'model', name: 'Order', fields: [], sources: src(6) } as Task,
  { kind: 'rule', text: 'Totals must stay positive.', level: 'must', sources: src(7) },
];

/** Each file of the project and the texts an edit may give it (`null`: deleted). Mounts cross files: an edit to app.ts moves routes.ts's endpoints. */
const VARIANTS: Record<string, Array<string | null>> = {
  'src/app.ts': [
    null,
    "import express from 'express';\nimport { router } from './routes.js';\nconst app = express();\napp.use('/api', router);\n",
    "import express from 'express';\nimport { router } from './routes.js';\nconst app = express();\napp.use('/v2', router);\napp.use('/api', router);\napp.get('/api/orders/:id', h);\n",
    "import express from 'express';\nconst app = express();\napp.put('/api/orders/{x}', h);\n",
  ],
  'src/routes.ts': [
    null,
    "import { Router } from 'express';\nexport const router = Router();\nrouter.get('/orders/:id', h);\n",
    "import { Router } from 'express';\nexport const router = Router();\nrouter.put('/orders/:id', h);\nrouter.delete('/orders', h);\n",
    "import { Router } from 'express';\nexport const router = Router();\nrouter.get('/orders/:id', (req, res) => {\n",
  ],
  'src/models.ts': [null, 'export interface Order {\n  id: string;\n}\n', "import { z } from 'zod';\nexport const OrderSchema = z.object({ id: z.string() });\nexport interface Other { id: string }\n"],
  'tests/orders.test.ts': [
    null,
    "it('FR-7 reads', async () => { await request(app).get('/api/orders/7'); });\n",
    "it('updates', async () => { await request(app).put('/v2/orders/1'); await fetch('/orders'); });\n",
  ],
  'tests/other.test.ts': [null, "it('FR-7-QA1 lists', async () => { await request(app).get('/api/orders/8'); });\n"],
};
const FILES = Object.keys(VARIANTS);

function put(root: string, file: string, text: string | null): void {
  const abs = path.join(root, file);
  if (text === null) rmSync(abs, { force: true });
  else {
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, text);
  }
}

const edit = fc.integer({ min: 0, max: FILES.length - 1 }).chain((f) => fc.tuple(fc.constant(FILES[f]!), fc.integer({ min: 0, max: VARIANTS[FILES[f]!]!.length - 1 })));

describe('incremental coverage', () => {
  it('after any sequence of saves, the scanner and matcher sessions give what a cold scan and a full match give', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: FILES.length, maxLength: FILES.length }), fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }), async (start, saves) => {
        const root = tempProject('prd-cov-inc-');
        FILES.forEach((f, i) => put(root, f, VARIANTS[f]![start[i]! % VARIANTS[f]!.length]!));
        const scanner = createCoverageScanner({ root });
        await scanner.scan();
        const matcher = createCoverageMatcher(prepareTasks(TASKS));
        matcher.update(scanner.files().keys(), scanner.files());
        for (const save of saves) {
          for (const [file, variant] of save) put(root, file, VARIANTS[file]![variant]!);
          matcher.update(await scanner.updateFiles(save.map(([file]) => path.join(root, file))), scanner.files());
          const cold = await createCoverageScanner({ root }).scan();
          const full = matchCoverage(TASKS, cold);
          expect(matcher.result()).toEqual(full);
          expect(matcher.jsonText()).toBe(JSON.stringify(coverageJson(full, cold)));
          expect(scanner.index()).toEqual(cold);
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
