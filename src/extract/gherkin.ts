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
  for (let i = 0; i < lines.length; i++) {
    if (!words.scenario.test(lines[i]!)) continue;
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
