import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { isPrdError } from './errors.js';
import { extractTasks } from './extract/extract.js';
import { mergeTasks } from './plan/merge.js';
import { parsePrd } from './prd/parse.js';
import { renderOutputs, serializeManifest } from './render/render.js';
import { devCorpus, hasRealCorpus, realCorpus } from './testing/corpus.js';

/**
 * Property-based fuzzing of parse → extract → merge → render over generated and mutated Markdown.
 * `npm test` runs a few thousand cases with a fixed seed; `npm run fuzz` runs many more.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1500);
const SEED = Number(process.env.FUZZ_SEED ?? 20261126);

const fragments = fc.oneof(
  fc.constantFrom(
    '---\n', '# ', '## 5.1 ', '### ', '\n', '\r\n', '\n\n', '```', '```http\n', '```yaml\npaths:\n  /a/{id}:\n    get: {}\n', '```prisma\nmodel X {\n  id Int\n', '~~~\n',
    '| Method | Path |\n|---|---|\n', '| GET | /api/x |\n', '| Field | Type |\n|--|--|\n| id | uuid |\n', '- ', '1. ', '  - ', '> ', '<div>', '</script>', '**', '`', '[', '](', ')',
    'API: ', 'Model: ', 'Page: ', 'Table: ', 'Endpoint: ', 'GET ', 'POST, PUT ', '/api/', '{id}', '[slug]', ':id', '<int:id>', 'https://x.org/a', '/legacy/a.php',
    'The system SHALL ', 'WHEN ', ' must ', 'Out of scope', '__proto__', 'constructor', '${x}', '*/', '"', "'", '\\', '\t', '    ', '\u2028', '😀', '한국어', '中文', 'Ω',
  ),
  fc.string({ maxLength: 12 }),
);
const markdown = fc.array(fragments, { maxLength: 80 }).map((parts) => parts.join(''));

const corpus = [
  ...readdirSync(devCorpus).filter((f) => f.endsWith('.md')).map((f) => readFileSync(path.join(devCorpus, f))),
  ...(hasRealCorpus ? readdirSync(realCorpus).filter((f) => /\.(md|txt)$/.test(f)).map((f) => readFileSync(path.join(realCorpus, f))) : []),
];
const mutated = fc
  .tuple(fc.nat({ max: corpus.length - 1 }), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 64 }), fc.uint8Array({ maxLength: 16 })), { maxLength: 6 }))
  .map(([i, edits]) => {
    let bytes = Buffer.from(corpus[i]!);
    for (const [at, del, insert] of edits) {
      const pos = bytes.length === 0 ? 0 : at % bytes.length;
      bytes = Buffer.concat([bytes.subarray(0, pos), Buffer.from(insert), bytes.subarray(pos + del)]);
    }
    return bytes;
  });

function syntaxErrors(file: string, code: string): string[] {
  const sf = ts.createSourceFile(file, code, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  return ((sf as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

/** The invariants every input must keep. */
function check(input: string | Uint8Array): void {
  let doc;
  try {
    doc = parsePrd(input, 'fuzz.md');
  } catch (error) {
    // The only failures allowed are typed errors that say where.
    expect(isPrdError(error)).toBe(true);
    if (isPrdError(error)) {
      expect(error.file).toBe('fuzz.md');
      expect(error.line).toBeGreaterThanOrEqual(1);
    }
    return;
  }
  const lines = doc.lineStarts.length;
  const { tasks, conflicts } = mergeTasks(extractTasks(doc));
  for (const t of tasks) {
    for (const s of t.sources) expect(s.line >= 1 && s.line <= lines).toBe(true);
    if (t.kind === 'api') expect(t.path.startsWith('/') && !t.path.includes('//') && !t.path.includes('..')).toBe(true);
    if (t.kind === 'page') expect(t.route.startsWith('/')).toBe(true);
  }
  const files = renderOutputs({ prds: [{ file: 'fuzz.md', title: 'Fuzz' }], tasks, conflicts });
  for (const [name, content] of files) {
    if (name.endsWith('.ts')) expect(syntaxErrors(name, content)).toEqual([]);
  }
  const manifest = files.get('manifest.json')!;
  expect(serializeManifest(JSON.parse(manifest))).toBe(manifest);
}

describe('fuzzing (fast-check, fixed seed)', () => {
  it(`generated Markdown: ${RUNS} cases`, () => {
    fc.assert(fc.property(markdown, (md) => check(md)), { numRuns: RUNS, seed: SEED });
    fc.assert(fc.property(markdown, (md) => check(Buffer.from(md, 'latin1'))), { numRuns: Math.ceil(RUNS / 3), seed: SEED + 1 });
  }, 120_000);

  it(`mutated corpus PRDs: ${RUNS} cases`, () => {
    fc.assert(fc.property(mutated, (bytes) => check(bytes)), { numRuns: RUNS, seed: SEED });
  }, 120_000);

  it('hostile model, field and route names render to valid TypeScript', () => {
    const name = fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }).filter((s) => !/[\n\r|`]/.test(s));
    fc.assert(
      fc.property(name, name, name, (model, field, title) => {
        check(`## Data\nModel: ${model} — ${field}, id\n\n## Pages\nPage: /p/${encodeURIComponent(field)} — ${title}\n\n## API\nAPI: GET /api/${field}/{${model}}\n`);
        check(`## Data\n\`\`\`ts\ninterface ${model.replace(/\W/g, '') || 'X'} {\n  "${field.replace(/["\\]/g, '')}": ${title};\n}\n\`\`\`\n`);
      }),
      { numRuns: Math.ceil(RUNS / 2), seed: SEED },
    );
    check(`## Data\nModel: ${'N'.repeat(5000)} — ${'f'.repeat(5000)}\n`);
  }, 120_000);
});
