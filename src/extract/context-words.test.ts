/**
 * `either` joins word patterns into one, so a line is scanned once instead of once per pattern.
 * These property tests hold it to the code it replaced, which tested each pattern in turn: the
 * same answers on random text and on every line of the PRD corpora.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LINE_OUT_OF_SCOPE, either } from './context.js';
import { devCorpus, hasRealCorpus, realCorpus, repoRoot } from '../testing/corpus.js';

// The replaced code (frozen here: the reference must not follow later edits).
function eitherEach(a: RegExp, b: RegExp, c?: RegExp): { test(s: string): boolean } {
  return { test: (s) => a.test(s) || b.test(s) || (c !== undefined && c.test(s)) };
}
function latinWords(words: RegExp): RegExp {
  return new RegExp(`(?<![A-Za-z0-9_\\u00C0-\\u024F])${words.source}(?![A-Za-z0-9_\\u00C0-\\u024F])`, words.flags);
}
const LINE_EN = /\b(?:out[- ]of[- ]scope|not part of|not in scope|legacy|deprecated|obsolete|no longer|will not be|won't be|excluded|removed in|sunset|retired|non[- ]goal|deferred|post[- ]mvp|not (?:in|for) (?:the )?mvp|(?:in|for|until) (?:a )?(?:later|future) (?:release|phase|version|iteration)|not in (?:this|the (?:first|initial|current)) (?:release|version|phase|iteration)|(?:will not|won't|do not|don't|shall not|must not) (?:build|implement|support|ship|include|provide|expose))\b/i;
const LINE_OTHER = /已弃用|已廢棄|已废弃|不在范围|不在範圍|暂不|暫不|廃止|非推奨|対象外|사용 중단|범위 외|\b(?:obsoleto|obsolète|veraltet|en desuso|fuera de alcance|hors (?:du )?périmètre)\b/i;
const LINE_WORDS = eitherEach(LINE_EN, LINE_OTHER);
const NAMES = /`[^`\n]*`|(?<![\p{L}\p{N}_.])\/[^\s`'"),;]*/gu;
const proseOf = (text: string) => (text.includes('`') || text.includes('/') ? text.replace(NAMES, ' ') : text);
const lineOutOfScope = (line: string) => LINE_WORDS.test(line) && LINE_WORDS.test(proseOf(line));

/** Heading word patterns of context.ts as they were when `either` began joining them. */
const HEADING_PAIRS: Array<[RegExp, RegExp, RegExp?]> = [
  [latinWords(/(?:apis?|endpoints?|http|rest|backend|web ?hooks?|schnittstellen?|interfaz|interfaces? de programa|interfacce)/i), /接口|端点|端點|엔드포인트|エンドポイント|백엔드|バックエンド|后端|後端/],
  [latinWords(/(?:data|models?|entit(?:y|ies)|schemas?|tables?|database|db|types?|domain|records?|storage|persistence|fields|datos|données|modèles?|entités?|daten|entitäten)/i), /数据|數據|模型|实体|字段|데이터|모델|データ|モデル|テーブル|테이블/],
  [latinWords(/(?:screens?|pages?|views?|ui|ux|user interface|écrans?|vues?|seiten|pagine)/i), /页面|頁面|画面|界面|화면|페이지|ページ/],
  [latinWords(/(?:out[- ]of[- ]scope|non[- ]?goals?|won'?t have|deprecated|legacy|future (?:work|scope)|hors (?:du )?périmètre|außerhalb des umfangs)/i), /未来扩展|不在范围|暂不|已弃用|향후|범위 외|제외|対象外|将来|廃止/],
  [latinWords(/(?:requirements?|business rules|acceptance criteria|anforderungen|akzeptanzkriterien|exigences?|crit[eè]res d'acceptation|rules|regeln)/i), /需求|验收标准|要件|受け入れ基準|요구사항|인수 조건|规则|ルール|규칙/, /^\s*(?:ACs?|DoD)\s*$/],
];

const piece = fc.constantFrom(
  'out of scope', 'Out-of-Scope', 'not part of', 'NOT IN SCOPE', 'legacy', 'Legacy', 'deprecated', 'obsolete', 'obsolète', 'Obsoleto', 'no longer', 'will not be', "won't be",
  'excluded', 'removed in', 'sunset', 'retired', 'non-goal', 'Non goals', 'deferred', 'post-MVP', 'not in the MVP', 'not for mvp', 'in a later release', 'until future phase',
  'not in this version', 'not in the initial iteration', "won't build", 'do not support', "don't ship", 'must not expose', 'shall not include', 'will not implement',
  'veraltet', 'en desuso', 'fuera de alcance', 'hors du périmètre', 'hors périmètre', 'außerhalb des Umfangs', 'future work',
  '已弃用', '已廢棄', '不在范围', '暂不', '暫不', '廃止', '非推奨', '対象外', '사용 중단', '범위 외', '향후', '제외',
  'API', 'apis', 'Endpoints', 'webhook', 'Data', 'models', 'Entity', 'Entités', 'tables', 'Screens', 'pages', 'UI', 'écrans', 'Requirements', 'Acceptance Criteria', 'Rules', 'AC', 'ACs', 'DoD', 'ac',
  '接口', '数据', '页面', '需求', '요구사항', 'データ', 'ページ', 'ルール',
  '/api/legacy/items', '`deprecated`', '/v1/old', 'GET', 'the', 'a', 'x', '_', '-', '.', '(', ')', '`', '/', 'é', 'É', 'ſ', 'K', 'İ', 'ß', '中', '\n', '\t', ' ', '  ',
);
/** Pieces glued to their neighbours or not: word boundaries on both sides are tried. */
const text = fc.oneof(
  fc.array(fc.tuple(piece, fc.constantFrom(' ', '', '', '_', '1', 'é', '/', '.')), { maxLength: 10 }).map((parts) => parts.map(([p, s]) => p + s).join('')),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

/** Every line of the PRDs in the repository (and of the real corpus, where it is there). */
function corpusLines(): string[] {
  const dirs = [devCorpus, path.join(repoRoot, 'fixtures/styles'), path.join(repoRoot, 'fixtures/coverage'), ...(hasRealCorpus ? [realCorpus] : [])];
  const lines: string[] = [];
  for (const dir of dirs) {
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && /\.(?:md|txt)$/.test(entry.name)) lines.push(...readFileSync(path.join(entry.parentPath, entry.name), 'utf8').split(/\r?\n/));
    }
  }
  return lines;
}

describe('either: joined word patterns give what testing each pattern gave', () => {
  it('LINE_OUT_OF_SCOPE on random text', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(LINE_OUT_OF_SCOPE.test(s)).toBe(lineOutOfScope(s));
      }),
      { numRuns: 30000, seed: 23 },
    );
  });

  it('LINE_OUT_OF_SCOPE on every corpus line, and on its table cells', () => {
    const lines = corpusLines();
    expect(lines.length).toBeGreaterThan(1000);
    let outOfScope = 0;
    for (const line of lines) {
      for (const s of [line, ...line.split('|')]) {
        const expected = lineOutOfScope(s);
        if (LINE_OUT_OF_SCOPE.test(s) !== expected) expect({ s, test: !expected }).toEqual({ s, test: expected });
        if (expected) outOfScope++;
      }
    }
    expect(outOfScope).toBeGreaterThan(10);
  });

  it('heading word patterns on random text and corpus lines', () => {
    const pairs = HEADING_PAIRS.map((p) => ({ joined: either(...(p.filter((r) => r !== undefined) as RegExp[])), each: eitherEach(...p) }));
    // The caseless CJK pattern is joined to the `i` one; the case-sensitive abbreviations are not.
    expect(pairs.slice(0, 4).every((p) => p.joined instanceof RegExp)).toBe(true);
    expect(pairs[4]!.joined instanceof RegExp).toBe(false);
    fc.assert(
      fc.property(text, (s) => {
        for (const p of pairs) expect(p.joined.test(s)).toBe(p.each.test(s));
      }),
      { numRuns: 20000, seed: 29 },
    );
    for (const line of corpusLines()) for (const p of pairs) if (p.joined.test(line) !== p.each.test(line)) expect({ line, test: !p.each.test(line) }).toEqual({ line, test: p.each.test(line) });
  });

  it('keeps apart patterns whose flags differ, or whose words have case', () => {
    expect(either(/abc/i, /DEF/).test('def')).toBe(false);
    expect(either(/abc/i, /DEF/).test('DEF')).toBe(true);
    expect(either(/abc/i, /Ω/).test('ω')).toBe(false);
    expect(either(/abc/i, /数据/) instanceof RegExp).toBe(true);
  });
});
