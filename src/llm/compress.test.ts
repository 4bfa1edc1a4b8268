import { readFileSync } from 'node:fs';
import path from 'node:path';
import { countTokens } from 'gpt-tokenizer';
import { describe, expect, it } from 'vitest';
import { extractTasks } from '../extract/index.js';
import { parsePrd } from '../prd/index.js';
import { devCorpus } from '../testing/corpus.js';
import { compactLine, compressDocument } from './compress.js';
import { findRoutes } from './signal.js';
import { expectedLines, type ExpectedTasks } from './testing/expected-lines.js';

const expected = JSON.parse(readFileSync(path.join(devCorpus, 'expected.json'), 'utf8')) as Record<string, ExpectedTasks>;

/** The units of a dev PRD, with its heuristic tasks as orchestrate() hands them over. */
function unitsOf(file: string, text = readFileSync(path.join(devCorpus, file), 'utf8')) {
  const doc = parsePrd(text, file);
  return { doc, text, units: compressDocument(doc, countTokens, 4000, undefined, extractTasks(doc)) };
}

/** Every line the prompt carries: body lines and the heading line of each unit. */
function promptLines(units: ReturnType<typeof compressDocument>): Set<number> {
  return new Set(units.flatMap((u) => [...u.lines.map((l) => l.line), ...(u.section !== '' ? [u.baseLine] : [])]));
}

describe('compressDocument on the dev corpus', () => {
  for (const file of Object.keys(expected)) {
    it(`${file}: every line that yields an expected task is in the prompt`, () => {
      const { text, units } = unitsOf(file);
      const sent = promptLines(units);
      const found = expectedLines(text, expected[file]!);
      expect(found.length).toBeGreaterThan(0);
      for (const { task, lines } of found) {
        expect(lines.length, `${task} has a line in ${file}`).toBeGreaterThan(0);
        expect(lines.filter((n) => !sent.has(n)), `${task} lines missing from the prompt`).toEqual([]);
      }
    });
  }

  it('leaves out prose, URLs, file paths and out-of-scope filler lines that name nothing', () => {
    const { text, units } = unitsOf('d3-recipes-narrative.md');
    const prompt = units.map((u) => u.body).join('\n');
    expect(prompt).not.toContain('Home cooks save recipes');
    expect(prompt).not.toContain('example.org');
    expect(prompt).not.toContain('import.cgi');
    expect(countTokens(prompt)).toBeLessThan(countTokens(text));
  });

  it('labels lines relative to their section, so an edit elsewhere keeps other units byte-identical', () => {
    const { text, units } = unitsOf('d1-orders.md');
    const edited = text.replace('## 1. Overview\n', '## 1. Overview\n\nA new paragraph.\nAnd another line.\n').replace('Page: /orders\n', 'Page: /orders\nPage: /orders/new\n');
    const after = unitsOf('d1-orders.md', edited).units;
    const before = new Set(units.map((u) => u.body));
    const changed = after.filter((u) => !before.has(u.body));
    expect(changed).toHaveLength(1);
    expect(changed[0]!.section).toBe('8. Pages');
    expect(after.find((u) => u.section === '5.1 Orders')!.lines[0]!.line).toBe(units.find((u) => u.section === '5.1 Orders')!.lines[0]!.line + 3);
  });

  it('cuts a large section into parts within the budget, each with the heading', () => {
    const rows = Array.from({ length: 200 }, (_, i) => `API: GET /api/items${i}/:id`).join('\n');
    const doc = parsePrd(`# Big\n\n${rows}\n`, 'big.md');
    const units = compressDocument(doc, countTokens, 300);
    expect(units.length).toBeGreaterThan(1);
    for (const u of units) {
      expect(countTokens(u.body)).toBeLessThanOrEqual(300);
      expect(u.body.startsWith('0|# Big\n')).toBe(true);
    }
    expect(units.flatMap((u) => u.lines).map((l) => l.line)).toEqual(Array.from({ length: 200 }, (_, i) => i + 3));
  });
});

describe('compactLine', () => {
  it('drops table padding, separators, emphasis, bullets and link targets', () => {
    expect(compactLine('| GET    | /api/books/{isbn}            | Book detail      |')).toBe('GET|/api/books/{isbn}|Book detail');
    expect(compactLine('|--------|:----:|')).toBe('');
    expect(compactLine('- **NotificationPreference**: `userId`,   `category`')).toBe('NotificationPreference: `userId`, `category`');
    expect(compactLine('See [the guide](https://example.org/x) for `GET /api/x`')).toBe('See the guide for `GET /api/x`');
  });
  it('keeps only windows around the routes of a long prose line', () => {
    const long = `${'Lorem ipsum dolor sit amet. '.repeat(12)}The client calls \`GET /api/me/profile\` here. ${'More filler text follows. '.repeat(12)}`;
    const c = compactLine(long);
    expect(c).toContain('GET /api/me/profile');
    expect(c.length).toBeLessThan(long.length / 2);
  });
});

describe('findRoutes', () => {
  it('finds API paths and routes in prose, tables, code and YAML keys', () => {
    expect(findRoutes('API: GET, POST /api/orders')).toEqual(['/api/orders']);
    expect(findRoutes('| GET | /api/books/{isbn} |')).toEqual(['/api/books/{isbn}']);
    expect(findRoutes('  /sensors/{sensorId}/readings:')).toEqual(['/sensors/{sensorId}/readings']);
    expect(findRoutes('a recipe at `/recipes/:id`, and the planner at `/plan`.')).toEqual(['/recipes/:id', '/plan']);
  });
  it('ignores URLs, file paths, closing tags and words joined by slashes', () => {
    expect(findRoutes('See https://example.org/style and http://x.io/api/y')).toEqual([]);
    expect(findRoutes('The legacy importer at /import.cgi, ./docs/x.md, ~/.config, src/app/page.tsx')).toEqual([]);
    expect(findRoutes('</rpg-method> create/update/delete and/or to/from')).toEqual([]);
  });
});
