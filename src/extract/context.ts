import type { PrdDocument, PrdSection } from '../prd/types.js';

/** What a section is about, from its heading and its parents' headings. */
export interface SectionContext {
  section: PrdSection;
  /** Heading shown in sources (`5.1 Orders`), '' for the preamble. */
  label: string;
  /** Ancestor headings, outermost first, this section last. */
  trail: string[];
  api: boolean;
  model: boolean;
  page: boolean;
  /** The section (or a parent) is about what is out of scope, deprecated, legacy or future. */
  outOfScope: boolean;
  /** Add to a 1-based line relative to the section text to get the document line. */
  lineOffset: number;
}

const API_WORDS = /\b(?:apis?|endpoints?|http|rest|backend|web ?hooks?)\b/i;
const MODEL_WORDS = /\b(?:data|models?|entit(?:y|ies)|schemas?|tables?|database|db|types?|domain|records?|storage|persistence|fields)\b/i;
const PAGE_WORDS = /\b(?:screens?|pages?|views?|ui|ux|user interface|routes|routing|navigation|frontend|front-end|sitemap|site map|wireframes?)\b/i;
const OUT_OF_SCOPE = /\b(?:out[- ]of[- ]scope|non[- ]?goals?|not in scope|won'?t have|will not|deprecated|legacy|future (?:work|scope|enhancements?|considerations?|phases?|ideas|features|releases?|versions?|iterations?)|later phases?|not (?:included|planned)|exclusions?|excluded|removed|obsolete|parking lot|icebox|deferred|post[- ]mvp|not building|won'?t build|will not build|not doing)\b/i;

/** Contexts for every section of a document, in order. Parents are found by heading level. */
export function sectionContexts(doc: PrdDocument): SectionContext[] {
  const stack: Array<{ level: number; title: string; outOfScope: boolean }> = [];
  return doc.sections.map((section) => {
    while (stack.length > 0 && stack[stack.length - 1]!.level >= section.level && section.level > 0) stack.pop();
    const own = OUT_OF_SCOPE.test(section.title);
    const inherited = stack.some((s) => s.outOfScope);
    const trail = [...stack.map((s) => s.title), section.title];
    if (section.level > 0) stack.push({ level: section.level, title: section.title, outOfScope: own || inherited });
    // The nearest headings decide: "Data" under "API Design" is about models, not endpoints.
    const near = trail.slice(-2).join(' / ');
    return {
      section,
      label: section.heading,
      trail,
      api: API_WORDS.test(near),
      model: MODEL_WORDS.test(section.title) || (MODEL_WORDS.test(near) && !API_WORDS.test(section.title)),
      page: PAGE_WORDS.test(section.title) || (PAGE_WORDS.test(near) && !API_WORDS.test(section.title) && !MODEL_WORDS.test(section.title)),
      outOfScope: own || inherited,
      lineOffset: section.line - 1,
    };
  });
}

/** A line that says what it names is not to be built. */
export const LINE_OUT_OF_SCOPE = /\b(?:out[- ]of[- ]scope|not part of|not in scope|legacy|deprecated|obsolete|no longer|will not be|won't be|excluded|removed in|sunset|retired|non[- ]goal|deferred|post[- ]mvp|not (?:in|for) (?:the )?mvp|(?:in|for|until) (?:a )?(?:later|future) (?:release|phase|version|iteration)|(?:will not|won't|do not|don't|shall not|must not) (?:build|implement|support|ship|include|provide|expose))\b/i;
