/**
 * Gherkin in a PRD: a `.feature` file in a fence, its scenarios acceptance criteria. Its keywords
 * are those of the language its `# language: es` line names, as Cucumber reads them (the dialects
 * of @cucumber/gherkin, loaded on first use); without that line, English.
 */
import { createRequire } from 'node:module';
import { lazy } from '../memo.js';
import type { TaskCollector } from './collector.js';
import type { SectionContext } from './context.js';
import { readRules } from './rules.js';

/** The keywords of one Gherkin dialect, as @cucumber/gherkin's gherkin-languages.json lists them. */
interface Dialect {
  feature: string[];
  background: string[];
  rule: string[];
  scenario: string[];
  scenarioOutline: string[];
  examples: string[];
  given: string[];
  when: string[];
  then: string[];
  and: string[];
  but: string[];
}

/** Every dialect Cucumber knows (about 80), by language code. Few PRDs hold Gherkin in another language. */
const dialects = lazy(() => createRequire(import.meta.url)('@cucumber/gherkin/dist/gherkin-languages.json') as Record<string, Dialect>);

/** What a block's keyword lines look like. */
export interface Words {
  /** A scenario's first line: `Scenario: …`, `Scenario Outline: …`, `Example: …`. */
  scenario: RegExp;
  /** A step: `Given …`, `When …`, `Then …`, `And …`, `But …`, `* …`. */
  step: RegExp;
  /** A step that states an outcome: `Then …`. */
  then: RegExp;
  /** What ends a scenario's steps: the next keyword line (`Examples:`, `Rule:`, `Background:`, a tag `@…`). */
  other: RegExp;
}

const ENGLISH: Words = {
  // A scenario heading in a few other languages too: a block without its `# language:` line.
  scenario: /^\s*(?:Scenario(?: Outline| Template)?|Example|Szenario|Escenario|Scénario|Cenário|场景|シナリオ|시나리오)\s*[:：]/,
  step: /^\s*(?:Given|When|Then|And|But|\*)\s+\S/,
  then: /^Then\s/,
  other: /^\s*(?:Examples|Scenarios|Rule|Background|Feature|Scenario(?: Outline| Template)?|Example)\s*[:：]|^\s*@/,
};

/*
 * The step words PRD writers use in their own language without a `# language:` line (Cucumber's
 * dialects and the words their translations write, such as Indonesian `Diberikan` or Vietnamese
 * `Cho trước`): German, French, Spanish, Portuguese, Italian, Dutch, Indonesian, Vietnamese, Polish,
 * Russian, Swedish, Chinese and Japanese. A block of such steps in any of them, mixed or not, is read.
 */
const GIVEN_WORDS = 'Given|Angenommen|Gegeben seien|Gegeben sei|Étant données|Étant donnés|Étant donnée|Étant donné|Etant donnée?s?|Soit|Dado|Dada|Dados|Dadas|Dato|Dati|Gegeven|Stel|Diberikan|Diketahui|Cho trước|Cho|Biết|Zakładając|Mając|Дано|Допустим|Givet|假如|假设|假定|给定|前提';
const WHEN_WORDS = 'When|Wenn|Quand|Lorsque|Cuando|Quando|Als|Wanneer|Ketika|Saat|Khi|Jeżeli|Jeśli|Gdy|Kiedy|Когда|Если|När|当|もし';
const THEN_WORDS = 'Then|Dann|Alors|Entonces|Então|Entao|Allora|Dan|Maka|Thì|Wtedy|Тогда|Så|那么|ならば';
const AND_WORDS = 'And|But|Und|Aber|Et|Mais|Y|E|Pero|Mas|Ma|En|Maar|Tetapi|Và|Nhưng|Oraz|Ale|И|Но|Och|Men|而且|并且|同时|但是|かつ';
/** A step word, then a space (a CJK word needs none), then the step's text. */
const stepOf = (words: string) => `(?:${words})(?:\\s+|(?<=[\\u3040-\\u9fff])\\s*)(?=\\S)`;
const MULTILINGUAL: Words = {
  scenario: /^\s*(?:Scenario(?: Outline| Template)?|Example|Szenario|Beispiel|Escenario|Ejemplo|Scénario|Exemple|Cenário|Cenario|Exemplo|Esempio|Scenariu|Skenario|Kịch bản|Tình huống|Сценарий|Scenariusz|场景|シナリオ|시나리오)\s*[:：]/u,
  step: new RegExp(`^\\s*(?:${stepOf(`${GIVEN_WORDS}|${WHEN_WORDS}|${THEN_WORDS}|${AND_WORDS}`)}|\\*\\s+\\S)`, 'u'),
  then: new RegExp(`^${stepOf(THEN_WORDS)}`, 'u'),
  other: ENGLISH.other,
};
/** A block's first step: Given (or When) in one of the languages above. */
const FIRST_STEP = new RegExp(`^\\s*${stepOf(`${GIVEN_WORDS}|${WHEN_WORDS}`)}`, 'u');

/**
 * A block of steps in the languages above without a scenario line (`Angenommen …` / `Wenn …` /
 * `Dann …`, `Diberikan …` / `Ketika …` / `Maka …`): its first line a Given or When, a Then among
 * them, and every line a step or a comment. Code (`if`, `return`) and prose fail at once.
 */
function stepsOnly(lines: readonly string[]): boolean {
  const body = lines.filter((l) => l.trim() !== '' && !l.trim().startsWith('#'));
  if (body.length < 2 || !FIRST_STEP.test(body[0]!)) return false;
  return body.every((l) => MULTILINGUAL.step.test(l)) && body.some((l) => MULTILINGUAL.then.test(l.trim()));
}

/** `# language: es`, Gherkin's first line when the file is not in English. */
const LANGUAGE_LINE = /^\s*#\s*language\s*:\s*([A-Za-z-]+)\s*$/;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Keywords as alternatives: longest first, each escaped. Step keywords carry their own trailing space (`Dado `), `* ` among them. */
const either = (keywords: string[]) => [...new Set(keywords)].sort((a, b) => b.length - a.length).map(escape).join('|');

/** The words of the dialect a block's `# language:` line names; English without that line or for a language Cucumber does not know. */
function wordsOf(lines: readonly string[]): Words {
  const first = lines.find((l) => l.trim() !== '');
  const code = first === undefined ? undefined : LANGUAGE_LINE.exec(first)?.[1];
  const d = code === undefined ? undefined : dialects()[code];
  if (!d) return ENGLISH;
  const scenario = either([...d.scenario, ...d.scenarioOutline]);
  return {
    scenario: new RegExp(`^\\s*(?:${scenario})\\s*[:：]`, 'u'),
    // A keyword that ends in a letter needs a space after it; `*`, `'` and the CJK ones do not.
    step: new RegExp(`^\\s*(?:${either([...d.given, ...d.when, ...d.then, ...d.and, ...d.but])})\\s*\\S`, 'u'),
    then: new RegExp(`^(?:${either(d.then.filter((k) => k.trim() !== '*'))})`, 'u'),
    other: new RegExp(`^\\s*(?:${either([...d.examples, ...d.rule, ...d.background, ...d.feature])}|${scenario})\\s*[:：]|^\\s*@`, 'u'),
  };
}

/**
 * The keywords of a code block that is Gherkin (marked so, or unmarked with a scenario line and a
 * `Then` step in its `# language:`), to hand to `readGherkin`; undefined for any other block.
 */
export function gherkinWords(lang: string, lines: readonly string[]): Words | undefined {
  const marked = /^(?:gherkin|feature|cucumber|behave)$/.test(lang);
  if (!marked && lang !== '') return undefined;
  const first = lines.find((l) => l.trim() !== '');
  if (first !== undefined && !LANGUAGE_LINE.test(first) && stepsOnly(lines)) return MULTILINGUAL;
  if (!marked && !lines.some((l) => l.includes(':'))) return undefined;
  const words = wordsOf(lines);
  return marked || (lines.some((l) => words.scenario.test(l)) && lines.some((l) => words.then.test(l.trim()))) ? words : undefined;
}

/**
 * The scenarios of a Gherkin block: one rule each, its steps kept together, from its first step's
 * line. The steps of a `Background:` and the rows of `Examples:` are no rule of their own.
 * @param words the block's keywords (see `gherkinWords`)
 */
export function readGherkin(lines: string[], words: Words, firstLine: number, ctx: SectionContext, out: TaskCollector): void {
  if (ctx.noRules) return;
  // Steps without a scenario line (`Angenommen …` / `Wenn …` / `Dann …`): the block is one scenario.
  const untitled = !lines.some((l) => words.scenario.test(l));
  for (let i = untitled ? -1 : 0; i < lines.length; i++) {
    if (i >= 0 && !words.scenario.test(lines[i]!)) continue;
    const steps: string[] = [];
    let at = -1;
    let j = i + 1;
    for (; j < lines.length && !words.scenario.test(lines[j]!) && !words.other.test(lines[j]!); j++) {
      if (!words.step.test(lines[j]!)) continue;
      if (at === -1) at = j;
      steps.push(lines[j]!.trim().replace(/^\*\s+/, ''));
    }
    if (steps.length > 0 && steps.some((s) => words.then.test(s))) readRules(steps, firstLine + at, ctx, out, { item: true });
    i = j - 1;
  }
}
