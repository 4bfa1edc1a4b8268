import type { RuleLevel } from '../types.js';
import { CLARIFICATION, GREEK_QUESTION, LINE_OUT_OF_SCOPE, endsAsThaiQuestion, namesOutOfScope, namesRuleList, namesRules, opensWithGoalsLabel, type SectionContext } from './context.js';
import type { TaskCollector } from './collector.js';
import { byScript, wideFrom, type ScriptPattern } from './scripts.js';

/*
 * Requirement keywords: RFC 2119 / EARS in English, and the normative verbs of the languages the
 * section words know (es, pt, fr, de, it, nl, pl, sv, tr, ru, zh, ja, ko, id, vi). Vietnamese `phải` (must) is no keyword after
 * `không`/`có` (`không phải` "is not", `có phải … không` "is it …"). CJK scripts have no word boundaries, hence
 * their own alternatives, and so has Turkish's suffix of necessity (`gönderilmelidir`, "must be sent"). `应` alone is "should" only where it does not start a common word
 * (应用 application, 应答 answer, 应对 respond, 应急 emergency).
 */
const MUST_WORDS = 'MUST|SHALL|REQUIRED|must|shall|Must|Shall|has to be|have to be|is compulsory|are compulsory|is mandatory|are mandatory|darf nicht|dürfen nicht|DARF NICHT|is required to|are required to|debe|deben|tiene que|tienen que|deve|devem|tem de|têm de|tem que|têm que|doit|doivent|muss|müssen|harus|wajib|tidak boleh|tak boleh|dilarang|devono|dovrà|dovranno|moet|moeten|dient te|dienen te|должен|должна|должно|должны|обязан|обязана|обязано|обязаны|Должен|Должна|Должно|Должны|musi|muszą|Musi|Muszą|nie może|nie mogą|nie można|nie wolno|ska|skall|Ska|Skall|måste|Måste|får inte|zorunludur|gereklidir|gerekir|phải|Phải|không được|Không được|bắt buộc phải|Bắt buộc phải|cần phải|Cần phải';
const SHOULD_WORDS = 'SHOULD|RECOMMENDED|should|Should|debería|deberían|deveria|deveriam|devrait|devraient|soll|sollen|sollte|sollten|sebaiknya|seharusnya|dovrebbe|dovrebbero|zou moeten|zouden moeten|recomenda-se|se recomienda|il est recommandé|wird empfohlen|si raccomanda|wordt aanbevolen|Recomenda-se|Se recomienda|Si raccomanda|следует|рекомендуется|желательно|Следует|Рекомендуется|Желательно|powinien|powinna|powinno|powinny|powinni|należy|Należy|bör|Bör|không nên|Không nên|nên|Nên';
const MAY_WORDS = 'MAY|OPTIONAL|darf|dürfen|DARF';
/**
 * The normative verbs of Czech, Ukrainian and Greek, kept apart from the lists above; Greek EARS
 * writes "ΤΟ ΣΥΣΤΗΜΑ ΘΑ" (the system shall) in capitals, and "θα πρέπει" is "should" (see `vetoed`).
 */
const MUST_WORDS_EUROPEAN = "musí|Musí|nesmí|Nesmí|nelze|Nelze|je nutné|je povinn[ýáé]|повинен|повинна|повинно|повинні|Повинен|Повинна|Повинно|Повинні|зобов['’]язан(?:ий|а|і)|не може|не можуть|не можна|πρέπει|Πρέπει|ΠΡΕΠΕΙ|ΘΑ|δεν επιτρέπεται|απαγορεύεται|οφείλει|οφείλουν";
const SHOULD_WORDS_EUROPEAN = 'by měl[aoiy]?|doporučuje se|Doporučuje se|слід|Слід|варто|рекомендується|Рекомендується|бажано|θα πρέπει|Θα πρέπει|συνιστάται|Συνιστάται';
const MUST_CJK = '必须|必需|不得|[^无毋必]须(?![知要])|しなければならない|なければならない|てはならない|てはいけない|ものとする|해야 한다|해야 합니다|해야한다|해야 함|[가-힣]야 한다|[가-힣]야 합니다|(?:malı|meli)(?:dır|dir)(?![\\p{L}])';
/**
 * The normative words of Arabic, Hebrew, Persian and Thai, matched anywhere as CJK keywords are
 * (Arabic and Hebrew join a conjunction to the word: ويجب, וחייב). Thai `ต้อง` (must) is no keyword in
 * `ต้องการ` (want, need).
 */
const MUST_AR_HE_FA_TH = 'يجب|لا يجوز|يتعين|يلزم|חייב|חייבת|חייבים|חייבות|אסור|باید|نباید|ต้อง(?!การ)';
const SHOULD_AR_HE_FA_TH = 'ينبغي|يُفضَّل|מומלץ|רצוי|بهتر است|ควร';
const SHOULD_CJK = '应该|应当|應該|應當|应(?![用答对急])|應(?![用答對急])|べきである|べき|望ましい|推奨|하는 것이 좋다|권장';
/**
 * A keyword pattern: `words` stand alone (no letter, digit or `_` on either side), CJK keywords
 * anywhere. The letter before a word is checked by `findKeyword`, not by a lookbehind: a Unicode
 * lookbehind at the start of a pattern runs at every position of the text (four times slower here).
 */
function keywords(words: string, cjk?: string): ScriptPattern {
  return byScript('gu', ['((?:', words, ')(?![\\p{L}\\p{N}_]))'], ...(cjk ? [cjk] : []));
}
const MUST = keywords(`${MUST_WORDS}|${MUST_WORDS_EUROPEAN}`, `${MUST_CJK}|${MUST_AR_HE_FA_TH}`);
const SHOULD = keywords(`${SHOULD_WORDS}|${SHOULD_WORDS_EUROPEAN}`, `${SHOULD_CJK}|${SHOULD_AR_HE_FA_TH}`);
const MAY = keywords(MAY_WORDS);
/**
 * The ending of a Japanese specification's requirement, `〜すること。`, `〜できること。` ("shall",
 * "shall be able to"): it marks a requirement without saying how strong, so a table's `推奨` column
 * still sets its level; alone it is `must`.
 */
const JA_REQUIREMENT_ENDING = '[ぁ-ゖ]こと(?=[。．.！!]|\\s*$)';
const JA_ENDING = new RegExp(JA_REQUIREMENT_ENDING, 'u');
/** Every requirement keyword of MUST, SHOULD and MAY: a sentence without one is a rule only as an item of a requirements list. */
const RULE_SIGNAL = keywords(`${MUST_WORDS}|${SHOULD_WORDS}|${MAY_WORDS}|required to|${MUST_WORDS_EUROPEAN}|${SHOULD_WORDS_EUROPEAN}`, `${MUST_CJK}|${SHOULD_CJK}|${JA_REQUIREMENT_ENDING}|${MUST_AR_HE_FA_TH}|${SHOULD_AR_HE_FA_TH}`);
/** A letter, digit or `_` right before the position it is run at (the code point before, as a `u` lookbehind reads it). */
const WORD_BEFORE = /(?<=[\p{L}\p{N}_])/uy;

/**
 * Index of the first keyword of `pattern` (from `keywords`) at or after `from`, or -1: the match
 * of `(?<![\p{L}\p{N}_])(?:words)(?![\p{L}\p{N}_])|cjk` (a word and a CJK keyword never start
 * at the same place, so a word preceded by a letter is simply passed over).
 */
function findKeyword(pattern: ScriptPattern, text: string, from = 0): number {
  const ascii = firstKeyword(pattern.ascii, text, from);
  if (pattern.wide === undefined || !wideFrom(text, from)) return ascii;
  const wide = firstKeyword(pattern.wide, text, from);
  return ascii === -1 ? wide : wide === -1 ? ascii : Math.min(ascii, wide);
}

/** findKeyword for one of a keyword pattern's two halves (see `byScript`). */
function firstKeyword(pattern: RegExp, text: string, from: number): number {
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[1] === undefined) return m.index;
    WORD_BEFORE.lastIndex = m.index;
    if (!WORD_BEFORE.test(text) && !vetoed(text, m.index, m[1])) return m.index;
    pattern.lastIndex = m.index + 1;
  }
  return -1;
}

/** A Vietnamese clause of cause ("Vì …", "Do …", "Bởi vì …") open before a keyword in the same sentence: its "nên" means "so". */
const CAUSE_BEFORE = /(?:^|[.!?;]\s+|\s)(?:[Vv]ì|[Dd]o|[Bb]ởi vì|[Bb]ởi)\s[^.!?;]*$/;

/**
 * A keyword that its neighbours make another word: "Must-have" (a MoSCoW label), Dutch "zou
 * moeten" (should, not must), German "darf nicht" (must not, not may). Checked here rather than by
 * lookarounds in the keyword patterns: those made every search of the keyword pattern twice as slow.
 */
function vetoed(text: string, at: number, word: string): boolean {
  const next = text.charCodeAt(at + word.length);
  switch (word) {
    case 'Must':
    case 'Shall':
    case 'Should':
      return next === 45; // '-'
    case 'moeten':
      return text.endsWith('zou ', at) || text.endsWith('zouden ', at);
    case 'πρέπει':
      // "θα πρέπει": should, not must.
      return text.endsWith('θα ', at) || text.endsWith('Θα ', at);
    case 'darf':
    case 'dürfen':
      return text.startsWith(' nicht', at + word.length);
    case 'DARF':
      return text.startsWith(' NICHT', at + word.length);
    case 'nên':
      // "trở nên" (become), "cho nên" / "vì vậy nên" / ", nên" (so), "Vì … nên …" (because … so …): no "should".
      return /(?:[Tt]rở|[Cc]ho|vậy|thế|đó|,) $/.test(text.slice(Math.max(0, at - 5), at)) || CAUSE_BEFORE.test(text.slice(Math.max(0, at - 200), at));
    case 'phải':
    case 'Phải':
      // "không phải" (is not), "có phải" (is it), "bên phải" (right side), "gặp phải"/"mắc phải" (run into).
      return /(?:[Kk]hông|[Cc]ó|[Bb]ên|[Tt]ay|[Gg]ặp|[Mm]ắc) $/.test(text.slice(Math.max(0, at - 6), at));
    default:
      return false;
  }
}
const QUOTED = /^\s*(?:>\s?)+/;
/**
 * The punctuation that ends a sentence, the marks that close around it (`**How many clubs can I
 * join?**`, `"…done."`, `(see below.)`) and the white space after it: the sentence ends after the
 * closing marks (`sentenceEnd`).
 */
const SENTENCE_END = /[.!?。！？](?:\*\*|__|[*_"”’)\]）」』])*\s+(?=\S)|[。！？][」』）)]*(?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7afA-Za-z0-9\uff10-\uff5a])/g;
/** Where the sentence a SENTENCE_END match ends stops: after its punctuation and closing marks. */
function sentenceEnd(m: RegExpMatchArray): number {
  // The match starts with the punctuation and ends with white space (or, after a CJK mark, with the mark).
  return m.index! + m[0].trimEnd().length;
}

/**
 * Words that state a limit without a requirement keyword: "can only", "cannot", "never", "only
 * when", "at most", "exactly one", "is invalid", "up to 48 hours", "within 1 minute", "max 5 attempts", a duration ("held for
 * 10 minutes", "purged after 30 days"), and their translations ("solo puede",
 * "kann nur", "ne peut jamais", "aucun agent ne peut modifier", "dans la limite d'une parcelle sur quatre", "pendant un mois", "只能", "最多", "最長", "7日以内", "10분간 잠금", "원장만 수정 가능", "수정 불가"), what stays hidden until something
 * happens, a size over which something is rejected ("Receipts larger than 10 MB are rejected") and
 * the only kinds accepted ("only JPEG, PNG and PDF are accepted") (MORE_LIMITS holds more). A statement holding one says what the product
 * allows ("Large dogs can only be booked into double slots", "Each plan is processed at most once
 * per day"): a rule even without a keyword, where the sentence is a statement (`followingStatement`).
 */
const RESTRICTION = byScript(
  'i',
  [String.raw`\b(?:`, String.raw`can(?:not|'t|’t| only| never| no longer)|may only|never|only (?:if|when|after|before|while|once|until|within)|at (?:most|least) |exactly (?:one|two|three|\d+)(?: |(?=[.;]))|no (?:more|later|earlier|fewer) than|(?:up to|within) \d+|max(?:imum)?\.? \d+|(?:for|after|every|in the next|durante|después de|cada|após|depois de|pendant|après|tous les|für|nach|alle|dopo|ogni|gedurende|na|elke|po|przez|co|efter|varje) \d+ ?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|segundos|minutos|horas|días|dias|semanas|meses|años|anos|secondes|heures|jours|semaines|mois|ans|Sekunden|Minuten|Stunden|Tagen?|Wochen|Monaten?|Jahren?|secondi|minuti|ore|giorni|settimane|mesi|anni|seconden|minuten|uur|dagen|weken|maanden|jaar|sekund|minut|godzin[y]?|dni|tygodni|miesięcy|lat|sekunder|minuter|timmar|dagar|veckor|månader)|(?:not|only) (?:allowed|permitted|possible)|(?:is|are) (?:invalid|forbidden|prohibited)|(?:limited|capped) (?:to|at) \d+|(?:more|less|fewer) than \d+ ?(?:seconds?|minutes?|hours?|days?|weeks?|months?) (?:before|after|ahead)|expires? \d+ ?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?) after|(?:allowed|permitted|possible) only|solo (?:se )?pueden?|no (?:se )?pueden?|nunca|como (?:máximo|mínimo)|hasta \d+|só (?:podem?|é possível)|não (?:podem?|é possível)|no (?:máximo|mínimo)|até \d+|ne (?:peut|peuvent|doit|doivent) (?:jamais|être|que|pas|[a-zéèêàâîôûç]+(?:er|ir|re))|dans la limite\s+d|(?:no|até o) limite\s+d|con un límite\s+de|hasta un (?:máximo|límite)\s+de|(?:pendant|durante) (?:un|une|una|uno|um|uma) (?:jour|semaine|mois|an|année|día|dia|semana|mes|mês|año|ano)(?![a-z])|jamais|au (?:plus|moins) |au (?:maximum|minimum)|limitée?s? à \d+|limitad[oa]s? a \d+|begrenzt auf \d+|dibatasi (?:maksimal |hingga )?\d+|jusqu'à \d+|kann (?:nur|nicht|nie)|können (?:nur|nicht|nie)|niemals|höchstens|mindestens|bis zu \d+|innerhalb von \d+|(?:può|possono) solo|non (?:può|possono)|mai |al (?:massimo|minimo)|fino a \d+|entro \d+|(?:kan|kunnen) (?:alleen|niet)|nooit|hoogstens|maximaal|minimaal|binnen \d+|hanya (?:dapat|bisa)|tidak (?:dapat|bisa)|maksimal|paling (?:banyak|sedikit)|maksymalnie|najwyżej|co najmniej|(?:może|mogą|można) tylko|tylko (?:gdy|jeśli|po|przed)|nie więcej niż|w ciągu \d+|nigdy|en fazla|en az|yalnızca|sadece|her \d+ (?:saniye|dakika|saat|gün)|\d+ (?:saniye|dakika|saat|gün|hafta|ay|yıl)[a-zçğıöşü]* (?:sonra|içinde|boyunca)|högst|minst|endast|inom \d+|aldrig|(?:stays?|remains?|kept|is|are) (?:hidden|locked|disabled|read-only|invisible|blocked|unavailable)\b[^.;!?\n]{0,40} until|(?:larger|bigger|greater|heavier|longer|more|smaller|shorter|less|fewer|over|above|under|below)(?: than)? \d[^.;!?\n]{0,40}? (?:is|are|will be|gets?) (?:rejected|refused|declined|blocked|not accepted|not allowed|truncated|discarded)|only [^.;!?\n]{1,60}? (?:is|are) (?:accepted|allowed|permitted|supported)|only (?:see|sees|view|views|access|accesses|edit|edits)|requires? [^.;!?\n]{1,40}? to be [a-z]+ed`, String.raw`)\b`],
  String.raw`nie (?:można|może|mogą|wolno)|wyłącznie|(?:ama|eme)z(?![A-Za-z\u00C0-\u024F])|не (?:может|могут|более|менее|позднее)|никогда|只能|不能|不可|最多|至少|不超过|不少于|のみ可能|できない|最大|最長|最短|\d[^\s、。,.]{0,4}(?:以内|以下|未満|まで)|최대|최소|할 수 없|\d ?(?:초|분|시간|일|주|개월|년) ?(?:동안|간) |(?:만|로만|에만) (?:[가-힣]+ ){0,2}가능|불가(?:능)?|금지|tối (?:đa|thiểu)|ít nhất|không quá \d|chỉ (?:được|có thể)|không thể|trong vòng \d`,
);

/**
 * A limit that is someone's inability or habit, or the way things are today, not the product's rule:
 * "If we can't get an offer in front of a patient…", "they can't survive without it", "the staples
 * they never want to run out of", "Users can currently record payments but cannot send invoices",
 * and "currently" in the known languages ("Derzeit…", "Atualmente…", "Hiện nay khách hàng không thể…", "目前…").
 */
const INABILITY = /\b(?:we|I|you|they)\s+(?:can(?:not|'t|’t)|could(?:n't|n’t| not)?)\b|\bnever\s+(?:wants?|wanted|hears?|heard|knew|knows?|thought|seen|had|used|again|really)\b|\b(?:currently|today|at present|at the moment|as of today|derzeit|actuellement|actualmente|atualmente|attualmente|momenteel|saat ini|obecnie|för närvarande|şu anda)\b|hiện (?:nay|tại)|[Сс]ейчас|[Вв] настоящее время|目前|現状|현재/i;

/**
 * A limit said with "can" and no keyword: "Only team admins can change …" opening a sentence, "a
 * member can post only one …", "a comment can be edited until …", "Only members of the club can …". Tested only on text holding "can "
 * (see statesLimit): apart from RESTRICTION, whose every alternative it would slow down.
 */
const CAN_LIMIT = /\bcan [a-z]+ only (?!if\b|when\b)|\bcan be [a-z]+(?:ed|en|wn) until\b|(?:^|[.!;]\s|\n)only (?!(?:then|if|when|once|after|before|while|until|now|later|you|we|they|i)\b)(?:the )?[a-z]+(?: [a-z]+)?(?: and [a-z]+)?(?: (?:of|in|on|at|from) (?:the |a |an |this |their )?[a-z]+)? can [a-z]+\b/i;

/**
 * More limits, apart from RESTRICTION (whose every alternative they would slow down), each behind
 * a substring test: what is rejected or refused, a minimum or maximum that is a number ("Minimum
 * stay is 2 nights"), a sentence that ends in "only" after what it is for ("valid for one entry
 * only"), a duration in words after "after" or "within" ("for two weeks" is as often a plan's) and how
 * many times a failure is retried ("Failed webhooks are retried three times"), and what someone may
 * read or change of their own only ("volunteers read all shifts, but only read and write their own signups").
 */
const MORE_LIMITS = /\b(?:(?:is|are|will be) (?:rejected|refused)|(?:minimum|maximum) [a-z][^.;!?\n]{0,40}? (?:is|are) \d+|(?:for|to) (?:a |an |the |one |each )?(?:single )?[a-z]+(?: [a-z]+)? only(?=[.;!](?:\s|$))|(?:after|within) (?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|thirty|sixty|ninety) (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)|only (?:read|write|update|modify|delete|manage|cancel)(?: and (?:read|write|update|modify|delete|manage|cancel|edit))? (?:their|his|her|its|your) own|(?:is|are|will be|gets?) retried (?:up to |at most )?(?:once|twice|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) times))\b/i;

/**
 * A refusal with its one exception: "refuse any reading lower than the stored value unless a manager
 * confirms it", "Bookings are blocked unless the waiver is signed". Tested only on text holding "unless".
 */
const REFUSED_UNLESS = /\b(?:refus(?:e|es|ed)|reject(?:s|ed)?|block(?:s|ed)?|den(?:y|ies|ied)|disallow(?:s|ed)?|forbid(?:s|den)?|prevent(?:s|ed)?)\b[^.;!?\n]{0,80}\bunless\b/i;
/**
 * When a thing is in a state the product acts on: "A service is due when either the km or the month
 * limit is reached", "An invoice becomes overdue once its due date passes", "A member counts as
 * inactive if …". Tested only on text holding " when ", " if " or " once ".
 */
const STATE_CONDITION = /\b(?:is|are|becomes?|counts? as|(?:is|are) considered)\s+(?:due|overdue|eligible|ineligible|expired|late|valid|invalid|stale|dormant|inactive|available|unavailable|full|sold out|at risk|complete)\s+(?:when|if|once|as soon as)\b/i;
/**
 * What an action does as a rule of the product, the action opening the sentence: "Closing a work
 * order resets the interval counters", "Cancelling a booking releases the slot", "Deleting a client
 * archives their invoices"; not what it creates ("Running the seed script creates three depots" sets things up). Tested only on text holding "ing ".
 */
const ACTION_EFFECT = /(?:^|[.!?;]\s+|\n)\s*(?:(?:[-*+]|\d+[.)])\s+)?[A-Z][a-z]+ing\s+(?:(?:an?|the|each|every|any|one|their|its|his|her)\s+)?[a-z]+(?:[ -][a-z]+){0,3}\s+(?:resets|releases|removes|cancels|marks|notifies|locks|unlocks|clears|archives|frees|deletes|voids|refunds|closes|reopens|restores|invalidates|revokes|expires)\b/;
/** The cheap test for ACTION_EFFECT: one of its verbs. */
const EFFECT_VERB = /\b(?:resets|releases|removes|cancels|marks|notifies|locks|unlocks|clears|archives|frees|deletes|voids|refunds|closes|reopens|restores|invalidates|revokes|expires)\b/;

/** Does the text state a limit without a keyword (RESTRICTION, CAN_LIMIT, MORE_LIMITS, REFUSED_UNLESS, STATE_CONDITION, ACTION_EFFECT)? */
function statesLimit(text: string): boolean {
  return (
    RESTRICTION.test(text) ||
    (text.includes('unless') && REFUSED_UNLESS.test(text)) ||
    ((text.includes(' when ') || text.includes(' if ') || text.includes(' once ')) && STATE_CONDITION.test(text)) ||
    (text.includes('ing ') && EFFECT_VERB.test(text) && ACTION_EFFECT.test(text)) ||
    (text.includes('can ') && CAN_LIMIT.test(text)) ||
    ((text.includes('ejected') || text.includes('efused') || text.includes('imum ') || text.includes(' only') || text.includes('fter ') || text.includes('ithin ') || text.includes('etried ')) && MORE_LIMITS.test(text))
  );
}

/** Cheap test for a section body: can a rule without a keyword be in it, a statement of a limit (statesLimit) or a checklist's statement? */
export function mayContainUnmarkedRule(text: string): boolean {
  return statesLimit(text) || (text.includes('] ') && /\[[ xX]\] /.test(text));
}

/** Cheap test for a whole section or table cell: can `readRules` find a keyword rule or a Given/When/Then scenario in it? */
export function mayContain(text: string): boolean {
  if (findKeyword(RULE_SIGNAL, text) !== -1 || GIVEN.test(text)) return true;
  // A Chinese or Japanese keyword wrapped over two lines (see joinLines).
  return CJK_LINE_BREAK_TEST.test(text) && findKeyword(RULE_SIGNAL, text.replace(CJK_LINE_BREAK, '$1')) !== -1;
}
/** A line break between Han or kana, where Chinese and Japanese wrap a sentence (see joinLines). */
const CJK_LINE_BREAK = /([\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー、])\n[^\S\n]*(?=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー])/gu;
/** CJK_LINE_BREAK's cheap test: a CJK character right before a line break. */
const CJK_LINE_BREAK_TEST = /[\u3005-\u30ff\u4e00-\u9fff]\n/;
/**
 * "Given" opening a scenario, in English and the known languages (`Angenommen`, `Étant donné`, `Dado`,
 * `Diberikan`, `Cho trước`, `假如`, Korean `전제` as a word of its own): the cheap test; SCENARIO_START says whether it opens the text.
 * The word before `전제` is checked after its first letter: a lookbehind opening an alternative runs at every position.
 */
const GIVEN = byScript(
  'i',
  [String.raw`\b(?:`, 'given|angenommen|gegeben|dado|dada|dados|dadas|dato|gegeven|diberikan|diketahui|givet|zakładając', String.raw`)\b`],
  String.raw`[ÉEé]tant donn|[Cc]ho trước|[Дд]ано|[Дд]опустим|假如|假设|假定|给定|전(?<=(?:^|\s|\*\*|__)전)제(?=\s|\*\*|__)`,
);

/** The patterns of this file cut by script (`byScript`), for the tests that hold each to the one pattern it was cut from. */
export const SPLIT_PATTERNS: Readonly<Record<string, ScriptPattern>> = { MUST, SHOULD, MAY, RULE_SIGNAL, RESTRICTION, GIVEN };

/** Requirement level of a sentence, from RFC 2119 / EARS keywords and their translations; lower-case "may" is prose. */
export function ruleLevel(sentence: string): RuleLevel | undefined {
  if (findKeyword(MUST, sentence) !== -1) return 'must';
  if (findKeyword(SHOULD, sentence) !== -1) return 'should';
  if (findKeyword(MAY, sentence) !== -1) return 'may';
  return undefined;
}

/**
 * A lower-case "may" that grants a permission ("Staff may override the reason code"; Japanese
 * してもよい): in prose it is no keyword, but it sets the level of an item of a requirements list.
 * "may not" forbids and "may only" ("mag maar", "mag alleen") limits: neither is a permission.
 */
const PERMISSION = /(?<![\p{L}\p{N}_])(?:may|mag|mogen|boleh|вправе|có thể)(?![\p{L}\p{N}_])(?!\s+(?:not|niet|only|maar|alleen|slechts)\b)(?<!(?:tidak|tak|nicht)\s+boleh)|てもよい|ても良い/u;

function permissiveLevel(text: string): RuleLevel | undefined {
  // A "may" in quotes or in parentheses is an aside ("(they may still want updates)"), not the item's permission.
  return PERMISSION.test(text.replace(QUOTED_WORDS, ' ').replace(/\([^()]*\)|（[^（）]*）/g, ' ')) ? 'may' : undefined;
}

/** Rule text without Markdown marks; each pass runs only when its characters are there (20k rules in a big run). */
function clean(text: string): string {
  let t = text.replace(/^\s*(?:>\s*)*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/, '');
  // A code span is kept as it is written (`[a-z0-9_]+`, `__init__`, `Bearer <token>`): only the prose around it loses its marks.
  t = t.includes('`') ? t.split(CODE_SPANS).map((part, i) => (i % 2 === 1 ? part : cleanProse(part))).join('') : cleanProse(t);
  if (/\s\s|[\t\n\r\f\v\u00a0\u2028\u2029]/.test(t)) t = t.replace(/\s+/g, ' ');
  // Kiro's design ties each property to its criteria ("… do not overlap. _Validates: Requirements 2.2_"): a trace, not the rule.
  if (t.includes('alidates')) t = t.replace(VALIDATES_TRACE, '');
  return withoutPriority(t.trim());
}
/** A trailing "Validates: Requirements 2.2, 3.1" (in italics or bold, or in parentheses), as Kiro's design writes it. */
const VALIDATES_TRACE = /\s*[_*(]*Validates:?\s+Requirements?\s+\d+(?:\.\d+)*(?:\s*(?:,|and)\s*\d+(?:\.\d+)*)*[_*)]*\s*$/i;
/** A clarification marker, captured: `split` puts the markers at the odd indexes. */
const CLARIFICATION_MARKER = new RegExp(`(${CLARIFICATION.source})`, 'i');
/** A code span, its content captured: `split` puts the contents at the odd indexes. */
const CODE_SPANS = /`([^`\n]*)`/;

function cleanProse(text: string): string {
  let t = text;
  if (t.includes('](')) t = t.replace(/\]\([^)]*\)/g, ']');
  // A priority in brackets goes before the brackets do (`[High]`, `[P1]`).
  if (t.includes('[')) t = t.replace(BRACKET_PRIORITY, ' ');
  // Brackets go, but a clarification marker keeps its own: `[NEEDS CLARIFICATION: …]` stays as written.
  if (t.includes('[') || t.includes(']')) t = t.split(CLARIFICATION_MARKER).map((part, i) => (i % 2 === 1 ? part : part.replace(/[[\]]/g, ''))).join('');
  if (t.includes('<')) t = t.replace(/<\/?[A-Za-z][\w:-]*(?:\s[^<>]*)?\/?>/g, ' ');
  if (t.includes('*') || t.includes('_') || t.includes('`')) t = t.replace(/\*\*|__|`/g, '');
  return t;
}

/**
 * The shape of a requirement id a PRD writes with a dash: `FR-12`, `REQ-3.1`, `NFR-PERF-01`,
 * `AC-2.1`, in Latin or Cyrillic capitals (`ТР-01`, `ФТ-2`); the number may carry a capital of its
 * kind before it (`TIG-R01`, `SEC-N3`) (RegExp source). Each pattern that reads ids adds what may stand around it.
 */
export const WRITTEN_ID = String.raw`(?:[A-ZА-ЯЁ][A-ZА-ЯЁ0-9]{0,9}-)+(?:\d{1,6}-)?[A-ZА-ЯЁ]?\d+(?:\.\d+)*`;
/** A criterion's id under its story's, written whole: the `/AC2` of `US-1/AC2`, `STORY-4/AC-1` (RegExp source, optional). */
const UNDER_ID = String.raw`(?:\/[A-Z]{1,10}-?\d+(?:\.\d+)*)?`;

/*
 * Priority noise of a requirement: `P0`, `(P1)`, `[High]`, `Priority: P2`, MoSCoW labels. It is
 * dropped where it stands apart from the statement: in brackets or parentheses, or set off by a
 * dash, colon or pipe at the start (after the id) or at the end. "P0 incidents" stays.
 */
const PRIORITY = '(?:priority\\s*[:=]?\\s*)?(?:[Pp][0-4]|high|medium|low|critical|(?:must|should|could|won\'t|nice)(?:[- ]to)?[- ]have)(?![A-Za-z0-9_-])';
const BRACKET_PRIORITY = new RegExp(`\\[\\s*${PRIORITY}\\s*\\]`, 'gi');
/** After an optional id: `(P1)`, `P0 —`, `High |`, `Priority: P2 —`. */
const LEADING_PRIORITY = new RegExp(`^(\\[?${WRITTEN_ID}[a-z]?\\]?\\s*(?:[:.)—–|]\\s*|\\s-\\s*|\\s))?(?:\\(\\s*${PRIORITY}\\s*\\)\\s*[:：—–|]?|${PRIORITY}\\s*(?:[:：—–|]|\\s-))\\s*`, 'i');
/** `— P0`, `(P1)`, `| High` at the end, before an optional full stop. */
const TRAILING_PRIORITY = new RegExp(`\\s*(?:\\(\\s*${PRIORITY}\\s*\\)|(?:[—–|]|\\s-)\\s*${PRIORITY})\\s*([.。]?)$`, 'i');
function withoutPriority(text: string): string {
  let t = text;
  // A leading priority starts the text, or follows an id (`FR-3 —`): only then is the start read.
  const c = t.charAt(0);
  const dash = t.indexOf('-');
  if (c === '(' || c === '[' || PRIORITY_INITIALS.includes(c) || (dash > 0 && dash < 14)) {
    const lead = LEADING_PRIORITY.exec(t);
    if (lead && hasWords(t.slice(lead[0].length), 2)) t = (lead[1] ?? '') + t.slice(lead[0].length);
  }
  // A trailing priority starts at its separator, among the last 40 characters: only from there is the end read.
  let sep = -1;
  for (let i = t.length - 1; i >= 0 && i >= t.length - 40; i--) {
    const k = t.charCodeAt(i);
    if (k === 40 || k === 0x2014 || k === 0x2013 || k === 124 || (k === 45 && t.charCodeAt(i - 1) === 32)) {
      sep = i;
      break;
    }
  }
  if (sep === -1) return t;
  const from = Math.max(0, sep - 2);
  const trail = TRAILING_PRIORITY.exec(t.slice(from));
  if (trail && hasWords(t.slice(0, from + trail.index), 2)) t = t.slice(0, from + trail.index) + trail[1];
  return t;
}
/** First letters of a priority (PRIORITY). */
const PRIORITY_INITIALS = 'PpHhMmLlCcSsWwNn';

/** Chinese, Japanese, Korean and Thai characters: scripts that write a sentence without spaces (or with few, in Korean and Thai). */
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]/;

/** At least `n` words (spaces between), without splitting; in CJK text, `2n` characters. */
function hasWords(text: string, n: number): boolean {
  let spaces = 0;
  for (let i = text.indexOf(' '); i !== -1 && spaces < n - 1; i = text.indexOf(' ', i + 1)) spaces++;
  return spaces >= n - 1 || (text.length >= 2 * n && CJK.test(text));
}

/**
 * `FR-001:`, `**REQ-12** —`, `[AC-2.1]`, `NFR-PERF-01.`, `3.1.2:`, `R1.2.1 The…`, `R1:` at the start of a
 * rule: the PRD's own id, maybe with a note in parentheses right after it (`REQ-PKG-001（事件驅動）當…`). One capital before a colon is an id when it is one of a rule's, a business
 * rule's, a constraint's, a feature's, a requirement's or a story's (`R1:`, `B2:`, `C3:`, `F1:`, `N2:`,
 * `U4:`), not a priority, quarter, half-year or version (`P1:`, `Q3:`, `H2:`, `V2:`). A dotted id (`R1.2.1`) needs no separator before the capital after it.
 */
const EXPLICIT_ID = new RegExp(String.raw`^\[?(${WRITTEN_ID}[a-z]?${UNDER_ID})\]?(?:\s*[:：.)—–|-]\s*|\s+|(?=[（(][^（）()\n]{1,24}[）)]))|^(\d+(?:\.\d+)+)\s*[:：]\s*|^\[?([A-Z]{2,4}\d{1,4}(?:\.\d+)*(?=\]?(?:\s*[:：)—–|]|\s+-\s))|[BCFNRU]\d{1,3}(?=\]?\s*[:：)])|[A-Z]{1,4}\d{1,4}(?:\.\d+)+(?=\]?\s+[A-Z])|[A-Z]{1,4}\d{1,4}(?=\.\s+[A-Z]))\]?(?:\s*[:：)—–|.]\s*|\s+-\s+|\s+)`);
/**
 * The id a line starts with, when every line of a paragraph starts with one (`AC1 – …`, `FR-2: …`,
 * `3.1.2 The map …`): an id with a dash, a short one (`BR1`, `NFR12`: two to four capitals, and a
 * separator after it; or one to four and a dotted number, `R1.2.1`, before a capital), or a dotted
 * number before a capital (a number in prose, `2.5 million`, is none); or a plain number and its
 * colon before a capital or a code mark (`1: The sitter …`, as BMAD's templates number criteria),
 * which numbers the line but is no id.
 * A priority or a quarter (`P1`, `Q3`) has one capital only. White space after the separator is
 * read by one quantifier only (a closing `**` stands between two): a line of spaces stays linear.
 */
const LINE_ID = new RegExp(String.raw`^\s*(?:\*\*|__)?\[?(?:(${WRITTEN_ID}[a-z]?${UNDER_ID})\]?(?:\*\*|__)?(?:\s*[:：.)—–|-]\s*|\s+)|([A-Z]{2,4}\d{1,4}(?:\.\d+)*(?=\]?(?:\*\*|__)?(?:\s*[:：)—–|]|\s+-\s))|[A-Z]{1,4}\d{1,4}(?:\.\d+)+(?=\]?(?:\*\*|__)?\s+[\p{Lu}\p{Lo}])|[A-Z]{1,4}\d{1,4}(?=\.(?:\*\*|__)?\s+[\p{Lu}\p{Lo}]))\]?(?:\*\*|__)?(?:\s*[:：)—–|.]\s*|\s+-\s+|\s+)|(\d+(?:\.\d+)+)\]?\.?(?:\*\*|__)?(?:\s*[:：)—–|]\s*|\s+)(?=[\p{Lu}\p{Lo}])|\d{1,3}[:：]\s+(?=[\p{Lu}\p{Lo}\x60]))(?:(?:\*\*|__)\s*)?(?=\S)`, 'u');
/** A heading `Requirement 2`, `Requisito 2: …`, `Anforderung 2`, `REQ 2`: the number of a Kiro-style requirement. */
const REQUIREMENT_HEADING = /^(?:\d+(?:\.\d+)*\.?\s+)?(?:requirements?|req\.?|requisito|requerimiento|exigence|anforderung|kebutuhan|persyaratan)\s+(\d+(?:\.\d+)*)\b/i;
const ORDINAL = /^\s*(?:>\s*)*(\d{1,4})[.)]\s/;
/** An id and its full stop, alone (`FR-1.`, `**NFR-2.**`, `- [REQ-3].`): the start of the sentence after it. */
const ID_ONLY = new RegExp(String.raw`^\s*(?:(?:[-*+]|\d+[.)])\s+)?(?:\*\*|__)?\[?${WRITTEN_ID}[a-z]?\]?(?:\*\*|__)?\.(?:\*\*|__)?$`);

/** Something that is not a requirement although it holds a keyword or stands in a requirements list. */
/** A question, maybe with an aside after it, closed or cut at its first stop: "Paginate? (ask ops)", "…すべきか？（現場は累積のまま。", "*Q: Should the Supplier migrate it?*", "是否应支持按小时计费？——待运营确认". */
const QUESTION = /[?？؟]["”'’»」]?[*_]{0,3}\s*(?:\([^)]*\)?|（[^）]*）?)?\s*(?:(?:——|—|–)\s*[^?？。.!！\n]{1,30})?$/;
/**
 * A question written without its mark: a modal before its subject ("Must I finish the book first",
 * "Should we allow guests", "Can admins delete posts"; "Should the payment fail, retry" is a
 * condition: its comma says so), or a question word before a modal, with no comma or full stop
 * ("How long must invite links stay valid"; "When …" and "If …" open a rule's condition).
 */
const INVERTED_QUESTION = /^(?:must|should|shall|can|could|may|do|does|did|will|would|is|are)\s+(?:I|we|you|they|it|he|she|the|a|an|this|that|these|those|any|all|each|every|our|their|its|my|your|users?|admins?|guests?|customers?|members?)\s(?![^,]*,)|^(?:how|what|which|who|whom|whose|why)\s[^,.;:!]*\b(?:must|should|shall|can|could|do|does|did|will|would|is|are)\b[^,.;:!]*$/i;
/**
 * A question in Japanese, Korean or Chinese ended by a full stop or nothing, its ending says it asks:
 * `…べきでしょうか。`, `…ますか`, `…해야 할까요.`, `…합니까`, `…吗。`. Tested on the last characters only.
 */
const CJK_QUESTION = /(?:でしょうか|ですか|ますか|ませんか|べきか|だろうか|のか|(?<=[るいうくすつぬむぶ])か|까요|니까|吗|嗎)[。.．]?\s*$/;
/** Does the text end as a CJK_QUESTION does? */
const endsAsCjkQuestion = (text: string): boolean => CJK_QUESTION.test((text.endsWith('）') ? text.replace(TRAILING_NOTE, '') : text).slice(-8));
/** A note in full-width parentheses that ends a sentence: "…すべきか。（次回打合せで決定）". */
const TRAILING_NOTE = /\s*（[^（）]*）\s*$/;
/** A modal hedged so that it states no requirement: "We should probably post in Slack", "maybe we must…". */
const HEDGED = /\b(?:should|must|could|might)\s+(?:probably|maybe|perhaps|possibly)\b|\b(?:maybe|perhaps)\s+we\s+(?:should|must)\b/i;
/** A sentence that says it binds nothing: "(a repo rule, not a product requirement)", "(non-normative)", "informative only". */
const DISCLAIMS_REQUIREMENT = /\bnot (?:a |an )?(?:product |functional |formal |hard |binding )?requirements?\b|\bnon-normative\b|\binformative only\b|\(informative\)/i;
/**
 * Guidance to the PRD's author: an imperative about the document's own parts ("Write each rule as…",
 * "Before review, fill in this template"), or a statement that its parts are to be written some
 * way ("Each requirement in this section should be written as a testable statement", "Every
 * section must be completed").
 */
/** A template's note to replace what it shows: "_Replace these with the edge cases agreed with the lab managers._", "Replace this list with yours." */
const REPLACE_THESE = /^[_*(\s]*(?:replace|swap)\s+(?:these|this|them|the (?:examples?|placeholders?|samples?))(?:\s+\p{L}+)?\s+(?:with|by)\b/iu;
const AUTHOR_GUIDANCE = /^(?:\(?(?:please\s+|(?:before|after|when|once|for)\b[^,;.]{0,40},\s*)?(?:write|describe|list(?!\s+(?:endpoints?|views?|pages?|screens?|calls?|requests?|responses?|queries|results?)\s+(?:return|show|hold|accept|take|use|are|is|sort|page|paginate)s?\b)|add|replace|fill(?: in| out)?|use|include|explain|define|document|delete|remove|keep|update|specify|state|provide|summari[sz]e|outline|link|mention|copy|edit|complete)\b[^.]*\b(?:rules?|requirements?|sections?|documents?|templates?|prd|specs?|sentences?|stor(?:y|ies)|criteri(?:on|a)|placeholders?|headings?|bullets?|items?|(?:this|the) (?:file|page)|here|below|above)\b)/i;
/**
 * AUTHOR_GUIDANCE in the other known languages: an imperative about this section or document
 * ("Preencher esta seção com as decisões…", "Remplacez ce paragraphe…", "Thay đoạn này bằng…",
 * "请在此处补充…", "この欄には…記載すること", "Diesen Abschnitt … ergänzen").
 */
const AUTHOR_GUIDANCE_INTL = /^[(（※_*\s]*(?:(?:preench(?:er|a)|complet(?:ar|e)|descrev(?:er|a)|substitu(?:ir|a)|apag(?:ar|ue)|adicion(?:ar|e)|rellen(?:ar|e)|describ(?:ir|a)|sustitu(?:ir|ya)|reemplaz(?:ar|e)|añad(?:ir|a)|borr(?:ar|e)|rempli(?:r|ssez)|compléte[rz]|décri(?:re|vez)|remplace[rz]|ajoute[rz]|supprime[rz]|compila(?:re)?|sostitui(?:re|sci)|aggiung(?:ere|i)|elimina(?:re)?|rimuov(?:ere|i)|isi(?:lah)?|lengkapi|ganti|tambahkan|hapus|điền|bổ sung|thay|xóa|xoá)(?![\p{L}\p{N}])[^.。\n]{0,60}?(?:(?:esta|este|nesta|neste|cette|ce|questa|questo) (?:seção|secção|sección|section|sezione|documento|document|tabela|tabla|tableau|tabella|parágrafo|párrafo|paragraphe|paragrafo|plantilla|modelo|modèle)|(?:bagian|dokumen|tabel|paragraf) ini|(?:phần|mục|đoạn|tài liệu|bảng) này)(?![\p{L}\p{N}])|(?:bitte\s+)?(?:diese[nrs]?|den) (?:abschnitt|tabelle|dokument|absatz)[^.\n]{0,60}?(?:ausfüllen|ergänzen|ersetzen|löschen|entfernen|aktualisieren)(?![\p{L}\p{N}])|(?:请|請)(?:在此处?|在此處?|在这里|在這裡|在本节|在本節)?(?:补充|填写|替换|删除|更新|補充|填寫|替換|刪除)|(?:此处|此處)(?:补充|填写|補充|填寫)|この(?:欄|節|章|セクション|項目|表)(?:には|に|では|は)[^。\n]{0,60}?(?:記載|記入|追記|削除)|이 (?:섹션|항목|표|문서)에[^.\n]{0,60}?(?:작성|기입))/iu;
/** The parts of a PRD, as the subject of a sentence: "Each requirement (in this section)", "All user stories", "Every section". */
const DOCUMENT_PART = /^(?:(?:each|every|all|any|the|these|those|your|our|new)\s+)?(?:(?:functional|non-functional|user|other|remaining|individual)\s+)?(?:requirements?|sections?|stor(?:y|ies)|acceptance criteri(?:on|a)|criteri(?:on|a)|placeholders?|headings?|bullets?|template fields?|rules? (?:in|of) this (?:section|document|prd|spec))(?:\s+(?:in|of|under|below|above)\s+(?:this|the|each|every)\s+(?:section|document|prd|spec|template|list|table|page)|\s+(?:below|above|here))?\s+(?:(?:must|should|shall|will|may|can|needs? to|ha(?:s|ve) to|(?:is|are) to)(?:\s+not)?\s+(?:always\s+)?be|is|are)\s+(?:(?:clearly|fully|briefly)\s+)?(?:written|phrased|worded|expressed|formulated|stated|filled(?: in| out)?|completed?|numbered|listed|documented|described|reviewed|updated|labell?ed|formatted|testable|measurable|verifiable|unambiguous|traceable|linked|kept (?:short|brief|concise))\b/i;
/** A statement about the document itself ("This document describes…", "The goal of this PRD is…", "In this section we list…"). */
const DOCUMENT_WORDS = '(?:document|prd|spec(?:ification)?s?|section|template|requirements? doc(?:ument)?|product requirements? document|guide|file|adr|rfc|brief|proposal|pitch|memo|write-?up|one-pager|e-?mail|ticket|epic)';
/** Of DOCUMENT_WORDS, those that name other things too ("The file must be under 10 MB", "the ticket is closed"): about the document only after "this"/"these". */
const SHARED_DOCUMENT_WORDS = /^(?:(?:note|hinweis|anmerkung|nota|remarque|opmerking)\s*[:：]\s*)?(?:(?:the\s+)?(?:goal|purpose|aim|intent|objective|scope|role)\s+of\s+)?(?:the|our)\s+(?:section|guide|file|e-?mail|ticket|epic)\b/i;
/** The document's own parts as the subject: "Every example in this file must stay runnable", "All diagrams in this spec should…". */
const DOCUMENT_CONTENT = new RegExp(`^(?:(?:every|each|all|any|the)\\s+)?(?:examples?|samples?|snippets?|diagrams?|screenshots?|mock-?ups?|links?|figures?|payloads?|code blocks?)\\s+(?:in|of|on|from)\\s+(?:this|these|the)\\s+${DOCUMENT_WORDS}\\b`, 'i');
/** A request to the document's readers about the document: "Reviewers should comment on the pull request", "…, you should reply before Friday", "…; reviewers should be able to read them in one screen". */
const TO_READERS = /(?:^|[—–,;:]\s*)(?:you\s+(?:should|must|shall|need to|are asked to)|(?:reviewers?|readers?|approvers?)\s+(?:should|must|shall|need to|are asked to)(?:\s+be able to)?)\s+(?:comment|reply|respond|review|read|give feedback|leave feedback|sign off|(?:validate|check|verify|test|approve)\s+this\s+(?:change|document|doc|spec|specification|proposal|prd|pr|pull request|rfc)\b)/i;
/** A template's condition for filling a part in: "Fill ONLY if Constitution Check has violations", "Include only when the feature stores data". */
const FILL_ONLY_IF = /^[*_(]*(?:fill(?: in| out)?|complete|include|add|delete|remove|keep)\s+(?:this\s+(?:section|part|table)\s+)?only\s+(?:if|when|for)\b/i;
/** A legend of priority labels: "P0 = must ship for GA · P1 = should ship · P2 = may slip". */
const PRIORITY_LEGEND = /\b[PM]\d\s*[=:]\s*\S[^=]*\b[PM]\d\s*[=:]/;
const ABOUT_DOCUMENT = new RegExp(`^(?:(?:note|hinweis|anmerkung|nota|remarque|opmerking)\\s*[:：]\\s*)?(?:(?:the\\s+)?(?:goal|purpose|aim|intent|objective|scope|role)\\s+of\\s+)?(?:this|the|these|our)\\s+${DOCUMENT_WORDS}\\b|^(?:(?:note|hinweis|anmerkung|nota|remarque|opmerking)\\s*[:：]\\s*)?(?:este|esta|estos|dieses|diese|ce|cette|questo|questa|deze|dit|le présent|la présente|el presente|la presente|o presente|a presente|il presente|das vorliegende)\\s+(?:documento|dokument|document|prd|spec|especificaci[oó]n|especifica[cç][aã]o|spécification|spezifikation|specifica|cahier des charges|pliego|caderno)\\b|^[※＊]?\\s*(?:本文档|本文件|本PRD|本需求文档|本节|本章节|この(?:文書|ドキュメント|節|章)|本書|本節|本章|이 문서|본 문서|이 절|본 절)|^(?:bu|ten|niniejszy|detta|det här)\\s+(?:doküman|döküman|belge|dokument|dokumentet|specyfikacja|specifikation)\\b|^(?:примечание\\s*[:：]\\s*)?(?:этот|эта|данный|данная|настоящий|настоящая|цей|ця|даний)\\s+(?:документ|спецификаци|специфікаці|PRD)|^(?:in|within)\\s+(?:this|the following)\\s+${DOCUMENT_WORDS}\\b,?\\s+(?:we|i|you)\\b`, 'i');
/** A paragraph or list item wholly in square brackets, with words in it (not a link, not a checkbox, no brackets inside). */
const BRACKETED_PARAGRAPH = /^\s*(?:(?:[-*+]|\d+[.)])\s+)?\[[^[\]]*\s[^[\]]*\]\s*$/;
/**
 * A label that addresses the PRD's writers: "Guidance for authors:", "Note to writers —", "Author's note:", "Template instructions:",
 * and in the known languages ("Hinweis für Autoren:", "Uwaga dla autora:", "Opmerking voor auteurs:", "Примечание для автора:", "Ghi chú cho người viết:", "【模板说明】", "※記入例", "撰寫者請注意：", "작성자 참고:").
 */
const AUTHOR_LABEL = /^\(?(?:(?:template\s+)?(?:guidance|guidelines?|instructions?|hints?|tips?|notes?)\s+(?:for|to)\s+(?:the\s+)?(?:authors?|writers?|editors?|contributors?|pms?|product managers?)|(?:authors?|writers?|editors?)(?:'s|s')?\s+(?:notes?|guidance|instructions?)|template\s+(?:notes?|guidance|instructions?))\)?\s*[:：—–]/i;
/** AUTHOR_LABEL's words in the other known languages; a bracketed CJK label (`【模板说明】`) needs no colon. */
const AUTHOR_LABEL_INTL = /^[(（※]?(?:(?:hinweis|anmerkung)e? für (?:die )?(?:autor(?:en|in)?|verfasser)|(?:nota|notas|instru[cç](?:ões|iones)) para (?:[oe]l |os |las? )?(?:autor(?:es)?|redactor(?:es)?)|(?:note|notes|consignes?) (?:pour|aux?) (?:les? )?(?:auteurs?|rédacteurs?)|nota per (?:l'|gli )?(?:autori?|redattori?)|catatan untuk penulis|(?:uwag[ai]|notatka|wskazówk[ai]) dla (?:autora|autorów|redaktora|redaktorów)|(?:opmerking|notitie|aanwijzing)(?:en)? voor (?:de )?(?:auteurs?|schrijvers?|redacteur(?:en)?)|(?:примечание|заметка|указание) для (?:автора|авторов|редактора)|yazar(?:lar)?a not(?:lar)?|ghi chú cho (?:người viết|tác giả)|【?(?:模板说明|模板說明|填写说明|填寫說明|编写说明|編寫說明|記入例|記入方法|テンプレート(?:説明|注記))】?|(?:撰写者|撰寫者|编写者|編寫者|作者|作成者|記入者|작성자)(?:请|請)?(?:注意|须知|須知|への注意|へ|참고|유의(?:사항)?)\s*[:：])\)?\s*[:：—–]?/i;
/** An open question or a decision still to make: `Open question: should we…`, `TBD: whether…`, `Question — must…`, `TODO:`. */
const OPEN_ISSUE = /^\(?(?:open\s+(?:questions?|issues?|points?)|questions?|q\d*|tbd|tbc|todo|to do|fixme|unresolved|undecided|to be (?:decided|determined|confirmed|discussed)|decision (?:needed|pending)|pending decision|待确认|待確認|待定|待讨论|待討論|未决|未決|要確認|確認中|検討中|未定|미정|확인 필요|cần xác nhận|chưa quyết định|offene frage|question ouverte|pregunta abierta|pergunta em aberto|d[úu]vida|domanda aperta|pertanyaan terbuka)\)?\s*(?:[:：—–]|\s-)/i;
/**
 * A gate of the team's own process, as a plan template writes it over its checklist (Spec Kit's
 * `*GATE: Must pass before Phase 0 research.*`, `**Exit gate:** sign-off before build`): when the
 * document is checked, not what the product does.
 */
const PROCESS_GATE = /^[*_(\s]*(?:(?:quality|review|exit|entry|phase|stage)\s+)?gate(?:\*\*|__)?\s*[:：]/i;
/** A keyword inside quotes is mentioned, not used: `using "must" or "should"`. */
const QUOTED_WORDS = /"[^"\n]*"|“[^”\n]*”|‘[^’\n]*’|'[^'\n]*'|`[^`\n]*`/g;
/** A line that only labels something: `Status: Draft`, `Priority: P1`, `Owner — Ana`. */
const LABEL = /^[\p{L}][\p{L}\p{N} ]{0,30}\s*[:：—–]\s*\S{1,20}$/u;

/*
 * A keyword that is mentioned, not used: a list of keywords ("MUST, SHOULD and MAY", "must or
 * should", "SHALL/SHOULD"), a keyword named as a word ("the term MUST", "we use SHOULD for", and
 * then "… and MAY for"), a keyword followed by what it stands for ("MAY means"), and one in a
 * clause still to decide ("whether exports must be signed": a comma ends the clause). Each
 * pattern starts with a few short words, so a search through a sentence stays cheap.
 */
const RFC_WORD = '(?:MUST|SHALL|SHOULD|MAY|REQUIRED|RECOMMENDED|OPTIONAL|must|shall|should|may)(?:\\s+(?:NOT|not))?(?![\\p{L}\\p{N}_])';
const KEYWORD_LIST = new RegExp(`${RFC_WORD}(?:(?:\\s*,\\s*(?:(?:and|or)\\s+)?|\\s+(?:and|or)\\s+|\\s*/\\s*)${RFC_WORD})+`, 'gu');
const NAMED_KEYWORD = new RegExp(`\\b(?:key ?words?|keywords?|terms?|words?|verbs?|use|uses|using|used)\\s+(?:${MUST_WORDS}|${SHOULD_WORDS}|${MAY_WORDS})(?![\\p{L}\\p{N}_])`, 'gu');
const KEYWORD_FOR = new RegExp(`${RFC_WORD}\\s+for\\b`, 'gu');
const KEYWORD_MEANS = new RegExp(`${RFC_WORD}(?=\\s+(?:means?|indicates?|denotes?|signals?|stands for|is used|are used)\\b)`, 'gu');
const WHETHER = /\b[Ww]hether\b[^,;.]*/g;

/** RFC 2119's boilerplate ("… are to be interpreted as described in RFC 2119"): the sentence says how keywords are read. */
const KEYWORD_CONVENTION = /\binterpreted\b[^.]*\b(?:RFC ?2119|RFC ?8174|BCP ?14)\b/;

/** A rule struck through (`~~Results shall be emailed.~~`, after its id at most, or with a note of why: `— withdrawn in rev 3`): deleted from the document, kept only as a record. */
const STRUCK = new RegExp(String.raw`^(?:\[?${WRITTEN_ID}[a-z]?\]?\s*[:：.)—–|-]?\s*)?~~(?:(?!~~).)+~~\s*(?:[.。]|[—–:;(]\s*(?:withdrawn|dropped|removed|deleted|cut|descoped|superseded|replaced|merged|obsolete|no longer)\b.*)?$`, 'i');
/**
 * A sentence that says what it names is out of scope ("the interface engine is existing and out of
 * scope for this release", "está fuera de alcance", "不在范围内"): it states what is not to be built.
 * "Out-of-scope requests must be rejected" uses the words as a name, with hyphens: it stays.
 */
const MAY_SAY_OUT_OF_SCOPE = /scope|alcance|escopo|périmètre|champ|Umfang|ambito|perimetro|scopo|cakupan|вне|范围|範圍|対象外|범위/i;
const SAYS_OUT_OF_SCOPE = /\b(?:is|are|remains?|stays?|was|were)\b[^.;:!?]{0,30}\bout of scope\b|\b(?:not in|outside(?: of)? the) scope\b|(?:fuera de(?:l)? alcance|fora do escopo|fora de escopo|hors (?:du )?(?:périmètre|champ)|außerhalb des (?:Umfangs|Scopes)|fuori (?:ambito|perimetro|scopo)|buiten (?:de )?scope|di luar cakupan|вне (?:рамок|объ[её]ма)|不在范围|不在範圍|范围之外|範圍之外|対象外|범위 외|범위 밖|범위에 포함(?:하지|되지) 않)/i;
/**
 * A request about where the document's readers leave their comments ("Comentários devem ser feitos no
 * Google Docs, não neste arquivo", "Feedback should go to the PR, not this file"): its subject is the
 * readers' comments and it names the document or a place to discuss it.
 */
const FEEDBACK_SUBJECT = /^(?:(?:all|any|please\s+(?:send|leave))\s+)?(?:comments?|feedback|questions?|suggestions?|edits?|comentários|comentarios|sugerencias|sugestões|commentaires|remarques|kommentare|anmerkungen|rückmeldungen|commenti|osservazioni|opmerkingen|reacties|komentar|masukan|комментарии|замечания|评论|意见|反馈|コメント|フィードバック|의견|댓글|피드백)(?![\p{L}\p{N}])/iu;
const NAMES_DOCUMENT = /\b(?:this|the)\s+(?:doc(?:ument)?|file|page|prd|spec|pull request|pr|thread|side panel)\b|\b(?:google docs|confluence|notion|slack)\b|neste (?:arquivo|documento)|nesta página|en este (?:documento|archivo)|dans ce (?:document|fichier)|in diese[mr] (?:dokument|datei)|in questo (?:documento|file)|in dit (?:document|bestand)|di dokumen ini|в этом документе|本文档|本文件|この(?:文書|ドキュメント)|이 문서/i;

/**
 * Status words that say a requirement is not to be built now (MoSCoW's "Won't", a roadmap's "Later",
 * a triage's "Deferred", "Cut", "Out of scope"), in the languages the section words know. States an
 * entity goes through ("Cancelled", "Rejected", "Closed") are not among them: a table of statuses names those.
 */
const NOT_NOW_WORDS = String.raw`deferred|out[- ]of[- ]scope|not in scope|cut|won'?t(?:[- ]have| do)?|wont|will not (?:have|do|build)|not now|not planned|later|postponed|parked|icebox|descoped|de-scoped|dropped|future(?: release| phase| version)?|next (?:phase|release|version)|post[- ]mvp|zurückgestellt|verschoben|gestrichen|entfällt|nicht im umfang|außerhalb des umfangs|später|diferido|aplazado|pospuesto|descartado|fuera del? alcance|más adelante|adiado|postergado|fora d[oe] escopo|cortado|reporté|différé|abandonné|hors (?:du )?(?:périmètre|champ|scope)|plus tard|rinviato|posticipato|scartato|fuori (?:ambito|perimetro|scopo)|uitgesteld|geschrapt|buiten (?:de )?scope|niet in scope|odroczone|odłożone|poza zakresem|uppskjuten|utanför scope|ertelendi|kapsam dışı|отложено|вне рамок|ditunda|di luar cakupan|対象外|見送り|延期|次期|保留|推迟|暂缓|不做|不在范围内?|范围外|後続|后续版本|보류|연기|범위 외|제외`;
/**
 * A table cell that is only such a status, an aside after it at most: `Deferred`, `Out of scope`,
 * `❌ Cut`, `Deferred (v2)`, `Later — after the pilot`, `Deferred to Q4`, `対象外（次期フェーズ）`.
 */
const NOT_NOW_CELL = new RegExp(String.raw`^[^\p{L}\p{N}]*(?:${NOT_NOW_WORDS})(?![\p{L}\p{N}])[^\p{L}\p{N}(（]*(?:[(（][^()（）]*[)）]|[—–:-]\s.*|\s(?:to|until|till|for|bis|auf|hasta|para|até|jusqu'à|à|al|naar|tot)\s.*)?[\s.。*_~]*$`, 'iu');
/** Does a table cell only say its row is not to be built now (NOT_NOW_CELL)? Marks around it (`**Deferred**`) are no letters: the pattern passes them. */
export function notNowCell(cell: string): boolean {
  return cell.length < 80 && NOT_NOW_CELL.test(cell);
}
/** Such a status in brackets, ending an item: "(deferred)", "[Out of scope]", "(deferred to v2)". */
const NOT_NOW_END = new RegExp(String.raw`^[(\[]\s*(?:${NOT_NOW_WORDS})(?:\s+(?:to|until|for)\s[^()\[\]]*)?\s*[)\]][\s.。*_]*$`, 'iu');
/** Such a status after a dash, ending an item: "Native mobile app — **Out of scope**", "Slack sync – deferred to v2". */
const NOT_NOW_DASH_END = new RegExp(String.raw`^\s[—–-]\s+(?:\*\*|__|\*|_)?(?:${NOT_NOW_WORDS})(?:\s+(?:to|until|for)\s[^—–]*)?(?:\*\*|__|\*|_)?[\s.。]*$`, 'iu');
const LIST_ITEM_START = /^\s*(?:[-*+]|\d+[.)])\s/;
/** Such a status opening an item: "[Cut] …", "Won't have: …" (emphasis and a list marker before it at most). */
const NOT_NOW_START = new RegExp(String.raw`^\s*(?:(?:[-*+]|\d+[.)])\s+)?(?:\*\*|__)?(?:[(\[]\s*(?:${NOT_NOW_WORDS})\s*[)\]]|(?:${NOT_NOW_WORDS})\s*(?:\*\*|__)?\s*[:：]\s)`, 'iu');
/**
 * An item that carries such a status at its end or as a label at its start: "Slack sync
 * (deferred).", "[Cut] Weighted votes", "Won't have: offline mode". Only the bracket that ends the
 * text and a start that may be one are read.
 */
function notNowItem(text: string): boolean {
  // Only the last characters can hold a status that ends the text, the first ones one that opens it: one pass over each.
  const n = text.length;
  let open = -1;
  let dash = -1;
  for (let i = n - 1; i >= 0 && i >= n - 60 && (open === -1 || dash === -1); i--) {
    const c = text.charCodeAt(i);
    if (open === -1 && (c === 40 || c === 91)) open = i;
    else if (dash === -1 && i >= n - 40 && (c === 0x2014 || c === 0x2013 || c === 45) && text.charCodeAt(i - 1) === 32 && text.charCodeAt(i + 1) === 32) dash = i - 1;
  }
  if (open !== -1 && NOT_NOW_END.test(text.slice(open))) return true;
  if (dash !== -1 && NOT_NOW_DASH_END.test(text.slice(dash))) return true;
  for (let i = 0; i < n && i < 40; i++) {
    const c = text.charCodeAt(i);
    // A bracket among the first characters (after a list marker), or a colon among the first 40.
    if (c === 58 || c === 0xff1a || (i < 12 && (c === 40 || c === 91))) return NOT_NOW_START.test(text);
  }
  return false;
}

/**
 * A thing said to be obsolete and not to be carried over into the new build ("The old export is
 * obsolete and must not be ported", "… est obsolète et ne doit pas être repris", "… ist veraltet und
 * darf nicht übernommen werden", "… está obsoleto y no debe migrarse"): it names what is not built,
 * and its "must not" binds nothing in the product. Tested only on a text with such a word (OBSOLETE_WORD).
 */
const OBSOLETE_NOT_CARRIED = /(?<!\p{L})(?:(?:is|are)\s+(?:now\s+)?(?:obsolete|deprecated|legacy|retired)\s+and\s+(?:must|should|will|shall)\s+not\s+be\s+(?:carried over|ported|migrated|rebuilt|re-?implemented|reproduced|kept)|(?:est|sont)\s+(?:obsolètes?|dépréciée?s?)\s+et\s+ne\s+(?:doit|doivent|sera|seront|devra|devront)\s+pas\s+être\s+(?:reprise?s?|migrée?s?|portée?s?|réimplémentée?s?|conservée?s?)|(?:ist|sind)\s+(?:veraltet|obsolet|abgekündigt)\s+und\s+(?:darf|dürfen|soll|sollen|wird|werden)\s+nicht\s+(?:übernommen|migriert|portiert|nachgebaut)\s+werden|(?:está|están|es|son)\s+obsolet[oa]s?\s+y\s+no\s+(?:debe|deben|se)\s+(?:migrar|portar|mantener|reimplementar)(?:se)?)(?!\p{L})/iu;
const OBSOLETE_WORD = /obsol|eprecat|éprécié|legacy|retired|veraltet|abgekündigt/i;
/** OBSOLETE_NOT_CARRIED in Swedish and Czech: "… avvecklas och ska inte återskapas", "… je zastaralý a nebude převeden". */
const OBSOLETE_NOT_CARRIED_EUROPEAN = /(?<!\p{L})(?:(?:avvecklas|är (?:föråldrad|utfasad)e?)\s+och\s+(?:ska|skall|får|kommer)\s+inte\s+(?:att\s+)?(?:återskapas|flyttas över|migreras|byggas om|tas med|återskapa)|(?:je|jsou)\s+zastaral(?:ý|á|é)\s+a\s+(?:nebude|nebudou|nemá|nemají|nesmí)\s+(?:být\s+)?(?:převeden|přenesen|znovu vytvořen|migrován)\p{L}*)(?!\p{L})/iu;
const OBSOLETE_WORD_EUROPEAN = /avveckl|föråldrad|utfasad|zastaral/i;

/** An informative note or example of a standards-style document: `NOTE 2 Devices should …`, `EXAMPLE A device …` (capitals, no colon). */
const INFORMATIVE_NOTE = /^(?:NOTE|EXAMPLE)(?:\s+\d+)?\s+(?![:：—–-])(?=\S)/;
/** The document as the subject of a keyword anywhere in a sentence: "…, the approvers agree that this specification shall serve as the baseline", "This Annex forms part of the Invitation to Tender and shall be read together with Annex A". */
const DOCUMENT_AS_SUBJECT = /\b(?:this|the present)\s+(?:document|specification|spec|prd|srs|annex|appendix|standard)\s+(?:shall|must|should|will|is to)\b|\b(?:this|the present)\s+(?:document|specification|spec|prd|srs|annex|appendix|addendum)\s+(?:forms?|is|constitutes)\s+(?:an?\s+)?(?:integral\s+)?part\s+of\b|\b(?:shall|must|should|is to)\s+be\s+read\s+(?:together|in conjunction)\s+with\s+(?:annex|appendix|section|schedule|the)\b|\bthis\s+(?:page|doc|section|wiki page|note)\s+(?:shall|must|should|is to)\s+be\s+(?:read|reviewed|kept up to date|updated|consulted|shared|signed off)\b/i;

function notARule(text: string): boolean {
  return (
    ((text.startsWith('NOTE') || text.startsWith('EXAMPLE')) && INFORMATIVE_NOTE.test(text)) ||
    ((text.includes('this ') || text.includes('This ') || text.includes('present ')) && DOCUMENT_AS_SUBJECT.test(text)) ||
    (text.includes('~~') && STRUCK.test(text)) ||
    notNowItem(text) ||
    (MAY_SAY_OUT_OF_SCOPE.test(text) && SAYS_OUT_OF_SCOPE.test(text)) ||
    (FEEDBACK_SUBJECT.test(text) && NAMES_DOCUMENT.test(text)) ||
    ((text.includes('?') || text.includes('？') || text.includes('؟')) && QUESTION.test(text.includes('[') ? text.replace(CLARIFICATION, '').trimEnd() : text)) ||
    INVERTED_QUESTION.test(text) ||
    ((text.includes(';') || text.includes('\u037e')) && GREEK_QUESTION.test(text)) ||
    endsAsCjkQuestion(text) ||
    endsAsThaiQuestion(text) ||
    HEDGED.test(text) ||
    (OBSOLETE_WORD.test(text) && OBSOLETE_NOT_CARRIED.test(text)) ||
    (OBSOLETE_WORD_EUROPEAN.test(text) && OBSOLETE_NOT_CARRIED_EUROPEAN.test(text)) ||
    AUTHOR_GUIDANCE.test(text) ||
    REPLACE_THESE.test(text) ||
    FILL_ONLY_IF.test(text) ||
    AUTHOR_GUIDANCE_INTL.test(text) ||
    AUTHOR_LABEL.test(text) ||
    AUTHOR_LABEL_INTL.test(text) ||
    (ABOUT_DOCUMENT.test(text) && !SHARED_DOCUMENT_WORDS.test(text)) ||
    DOCUMENT_CONTENT.test(text) ||
    TO_READERS.test(text) ||
    (text.includes('=') && PRIORITY_LEGEND.test(text)) ||
    DOCUMENT_PART.test(text) ||
    OPEN_ISSUE.test(text) ||
    ((text.includes('gate') || text.includes('GATE') || text.includes('Gate')) && PROCESS_GATE.test(text)) ||
    ((text.includes('equirement') || text.includes('ormative')) && DISCLAIMS_REQUIREMENT.test(text)) ||
    /\btemplate guidance\b/i.test(text) ||
    ((text.includes('RFC') || text.includes('BCP')) && KEYWORD_CONVENTION.test(text))
  );
}

/** The level of a sentence read on its own: its keywords' (usedLevel), or `must` for a Japanese requirement's ending. */
function sentenceLevel(sentence: string): RuleLevel | undefined {
  return usedLevel(sentence) ?? (sentence.includes('こと') && JA_ENDING.test(sentence) ? 'must' : undefined);
}

/** The level a keyword gives, counting only keywords that are used: not quoted, not mentioned. */
export function usedLevel(sentence: string): RuleLevel | undefined {
  let at = findKeyword(MUST, sentence);
  const level: RuleLevel | undefined = at !== -1 ? 'must' : (at = findKeyword(SHOULD, sentence)) !== -1 ? 'should' : (at = findKeyword(MAY, sentence)) !== -1 ? 'may' : undefined;
  if (!level) return level;
  const quoted = /["“‘'`]/.test(sentence);
  // Most keywords are used: only the words right around the one that decides can make it a
  // mention (a "whether" clause may start further back); the whole sentence is read only then.
  if (!quoted && !sentence.includes('hether') && !mentionedAt(sentence, at)) return level;
  let s = quoted ? sentence.replace(QUOTED_WORDS, ' ') : sentence;
  s = withoutMentions(s);
  return s === sentence ? level : ruleLevel(s);
}

/**
 * Whether the keyword at `at` may be mentioned: named ("the term MUST"), second in a list ("SHOULD,
 * MUST"), or first in one or followed by what it stands for (MENTION_AFTER). Only the word before
 * it and a sticky pattern at it are read.
 */
function mentionedAt(sentence: string, at: number): boolean {
  let end = at;
  while (end > 0 && sentence.charCodeAt(end - 1) === 32) end--;
  const previous = sentence.charCodeAt(end - 1);
  if (previous === 44 || previous === 47) return true;
  if (NAMING_WORDS.has(sentence.slice(sentence.lastIndexOf(' ', end - 1) + 1, end).toLowerCase())) return true;
  // After the keyword's letters: a separator, or the word that follows.
  let next = at;
  while (next < sentence.length && isAsciiLetter(sentence.charCodeAt(next))) next++;
  const after = sentence.charCodeAt(next);
  if (after === 44 || after === 47) return true;
  if (after !== 32) return false;
  let wordEnd = next + 1;
  while (wordEnd < sentence.length && isAsciiLetter(sentence.charCodeAt(wordEnd))) wordEnd++;
  if (!FOLLOWING_WORDS.has(sentence.slice(next + 1, wordEnd).toLowerCase())) return false;
  MENTION_AFTER.lastIndex = at;
  return MENTION_AFTER.test(sentence);
}
/** Words right before a keyword that name it or join it to another one. */
const NAMING_WORDS = new Set(['and', 'or', 'word', 'words', 'keyword', 'keywords', 'term', 'terms', 'verb', 'verbs', 'use', 'uses', 'using', 'used']);
/** Words right after a keyword that join it to another one or say what it stands for (MENTION_AFTER). */
const FOLLOWING_WORDS = new Set(['and', 'or', 'not', 'for', 'mean', 'means', 'indicate', 'indicates', 'denote', 'denotes', 'signal', 'signals', 'stands', 'is', 'are']);

function isAsciiLetter(k: number): boolean {
  return (k >= 65 && k <= 90) || (k >= 97 && k <= 122);
}
/** A keyword, then another one after a list separator, or what it stands for (sticky: tried at the keyword only). */
const MENTION_AFTER = new RegExp(`${RFC_WORD}(?:\\s*,\\s*(?:(?:and|or)\\s+)?|\\s+(?:and|or)\\s+|\\s*/\\s*)${RFC_WORD}|${RFC_WORD}\\s+(?:for|means?|indicates?|denotes?|signals?|stands for|is used|are used)\\b`, 'uy');

/** The sentence without its mentioned keywords (usedLevel runs it only where a mention may be). */
function withoutMentions(sentence: string): string {
  let s = sentence.includes('hether') ? sentence.replace(WHETHER, ' ') : sentence;
  const named = s.replace(NAMED_KEYWORD, ' ');
  // "We use MUST for hard requirements and SHOULD for soft ones": the naming word is said once.
  if (named !== s) s = named.replace(KEYWORD_FOR, ' ');
  s = s.replace(KEYWORD_MEANS, ' ');
  return LIST_SECOND.test(s) ? s.replace(KEYWORD_LIST, ' ') : s;
}
/** The second keyword of a list, after its separator (`,`, `/`, "and", "or"): only then can KEYWORD_LIST match. */
const LIST_SECOND = /[,/dr]\s*(?:MUST|SHALL|SHOULD|MAY|REQUIRED|RECOMMENDED|OPTIONAL|must|shall|should|may)\b/;

/** `Given …`, `Scenario: Given …`, or a scenario's title and then its Given (a paragraph's lines are joined with spaces). */
const SCENARIO_START = /^(?:(?:scenario|szenario|escenario|scénario|cenário|scenario|skenario|kịch bản|tình huống|场景)[^:：]{0,40}[:：](?:[^\n]{0,120}?\s)?)?(?:given|angenommen|gegeben sei(?:en)?|[ée]tant donn[ée]e?s?|dad[oa]s?|dato|gegeven|diberikan|diketahui|givet|zakładając|cho trước|дано|допустим|假如|假设|假定|给定|前提|전제)(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF\u0400-\u04FF])/i;
/**
 * "When" and "Then" of a scenario, in the same languages as SCENARIO_START (a word bounded by no Latin,
 * Vietnamese or Cyrillic letter), and Gherkin's Japanese (前提 / もし / ならば) and Korean (전제 / 만약 or 만일 / 그러면).
 */
const WHEN_WORD = /(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF\u0400-\u04FF])(?:when|wenn|quand|lorsque|cuando|quando|wanneer|ketika|khi|jeżeli|jeśli|gdy|kiedy|когда|если|när)(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF\u0400-\u04FF])|当|もし|만약|만일/gi;
const THEN_WORD = /(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF\u0400-\u04FF])(?:then|dann|alors|entonces|então|entao|allora|maka|thì|wtedy|dan|så|тогда|тоді)(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF\u0400-\u04FF])\s*\S|(?:那么|ならば|그러면)\s*\S/gi;

/** A Given/When/Then scenario: one rule with its three parts. Each word is searched once, after the one before (linear). */
function isScenario(text: string): boolean {
  const start = SCENARIO_START.exec(text);
  if (!start) return false;
  const when = new RegExp(WHEN_WORD.source, 'gi');
  when.lastIndex = start[0].length;
  if (!when.exec(text)) return false;
  const then = new RegExp(THEN_WORD.source, 'gi');
  then.lastIndex = when.lastIndex;
  return then.test(text);
}

/**
 * A paragraph that opens as a guide to reading the document ("How to read this:", "Legend:",
 * "Leeswijzer:", "凡例："): what it says of columns, rows and headings is about the document.
 */
const READING_GUIDE = /^\s*(?:>\s*)*(?:\*\*|__)?(?:how to read (?:this|the (?:map|table|board|document|doc|page|spec|prd))|reading guide|legend|leyenda|c[oó]mo leer (?:esto|este documento|la tabla)|como ler (?:isto|este documento|a tabela)|l[ée]gende|comment lire (?:ce document|ceci|le tableau)|legende|lesehilfe|leggenda|come leggere (?:questo documento|la tabella)|leeswijzer|legenda|cara membaca (?:dokumen ini|tabel)|как читать (?:этот документ|таблицу)|легенда|阅读说明|如何阅读|閱讀說明|凡例|読み方|범례|읽는 법)(?:\*\*|__)?\s*[:：]/i;

export interface RuleOptions {
  /** The lines are an item of a requirements, acceptance-criteria or business-rules list: a rule even without a keyword. */
  item?: boolean;
  /** The id the PRD gives the item elsewhere (a table's ID column). */
  id?: string;
  /** The level the item has without a keyword (a table's MoSCoW column); `must` otherwise. */
  level?: RuleLevel;
  /** The items of the list right after the lines: they complete a last sentence that ends with a colon ("… SHALL include:"). */
  list?: string;
}

/**
 * Requirement sentences of a paragraph or list item (must/shall/should/MAY and their translations,
 * EARS "WHEN … THE system SHALL …", Given/When/Then), each with the line it starts on. An item of a
 * requirements list is one rule even without a keyword. Questions, guidance to the PRD's author and
 * statements about the document are not rules.
 * @param lines raw lines of one paragraph or list item
 * @param firstLine document line of `lines[0]`
 */
export function readRules(lines: string[], firstLine: number, ctx: SectionContext, out: TaskCollector, options: RuleOptions = {}): boolean {
  // Block quote markers start every quoted line, not only the first: drop them before joining.
  const { text: joined, starts } = joinLines(lines.some((l) => QUOTED.test(l)) ? lines.map((l) => l.replace(QUOTED, '')) : lines);
  const first = lines[0] ?? '';
  // "[Each feature should describe what it does…]", "- [NEEDS CLARIFICATION: should members…?]": a
  // paragraph or item wholly in square brackets is a template's placeholder or a marker, not a statement.
  if (joined.includes(']') && BRACKETED_PARAGRAPH.test(joined)) return false;
  // "How to read this: columns are the journey … Anything under Later should not be estimated": a legend of the document.
  if (first.includes(':') || first.includes('：')) if (READING_GUIDE.test(first)) return false;
  // "**Problem.** Residents renew permits in person…": a run-in goals or background heading, as a section's.
  if ((first.includes('**') || first.includes('__')) && opensWithGoalsLabel(first)) return false;
  // "- [Cut] Weighted votes", "- Won't have: offline mode", "| Slack sync (deferred) |": an item kept for the record.
  if ((options.item || LIST_ITEM_START.test(first)) && notNowItem(joined)) return false;
  const whole = options.item || GIVEN.test(joined) ? clean(joined) : undefined;
  // An item whose keywords are all mentioned ("We use MUST for hard requirements") is no rule at
  // all; a scenario is one whatever words it holds.
  if (whole !== undefined && options.item && ruleLevel(whole) && !ruleLevel(withoutMentions(whole)) && !isScenario(whole)) return false;
  // A short item of a requirements list is a rule when it is a sentence: "Prices include VAT.", "No refunds."
  // Under a MoSCoW heading an item names a feature to build, sentence or not: "Dynamic ad insertion".
  if (whole !== undefined && (hasWords(whole, 4) || (options.item && hasWords(whole, 2) && (ctx.ruleLevel !== undefined || /[.!。！]$/.test(whole)))) && !notARule(whole)) {
    // A scenario or a requirements item is one rule: its parts stay together.
    if (isScenario(whole) || (options.item && !LABEL.test(whole))) {
      emit(out, ctx, firstLine, whole, usedLevel(whole) ?? options.level ?? permissiveLevel(whole) ?? ctx.ruleLevel ?? 'must', options.id ?? criterionId(ctx, first));
      return false;
    }
  }
  // Keyword matches, left to right: a sentence without one cannot be a rule (a keyword never
  // spans the punctuation and space that end a sentence), so only those with one are judged.
  let hit = findKeyword(RULE_SIGNAL, joined);
  // Without a keyword, only a statement of a limit can be a rule; under a success-metrics heading a limit is a target ("tickets down 70% within two months").
  const limits = statesLimit(joined) && !ctx.trail.some((t) => METRICS_HEADING.test(t));
  if (hit === -1 && !limits) return false;
  let start = 0;
  const pieces: Array<{ text: string; at: number }> = [];
  for (const m of joined.matchAll(SENTENCE_END)) {
    const end = sentenceEnd(m);
    // `FR-1. Users must …`: the full stop after an id ends no sentence.
    if (end - start <= 24 && ID_ONLY.test(joined.slice(start, end))) continue;
    pieces.push({ text: joined.slice(start, end), at: start });
    start = m.index! + m[0].length;
  }
  pieces.push({ text: joined.slice(start), at: start });
  let line = firstLine;
  // The line a piece starts on: the last line that starts at or before it.
  const lineOf = (at: number): number => {
    while (line - firstLine + 1 < starts.length && starts[line - firstLine + 1]! <= at) line++;
    return line;
  };
  let firstRule = true;
  let listUsed = false;
  // After a rule, the statements that follow it state more of the same behaviour (FOLLOWING_STATEMENT).
  let following = false;
  // After a question (`**How many clubs can I join?**`, or a heading that asks it), the sentences answer it: a limit they state is the product's, whoever they address.
  const heading = ctx.label;
  let answer = (heading.includes('?') || heading.includes('？')) && QUESTION.test(heading);
  for (const piece of pieces) {
    if ((piece.text.includes('?') || piece.text.includes('？')) && QUESTION.test(clean(piece.text))) answer = true;
    // A keyword lies within one sentence: the next one at or after this sentence's start tells.
    if (hit !== -1 && hit < piece.at) hit = findKeyword(RULE_SIGNAL, joined, piece.at);
    if (hit === -1 || hit >= piece.at + piece.text.length) {
      const limit = limits && statesLimit(piece.text);
      if (!following && !limit) {
        if (hit === -1 && !limits) break;
        continue;
      }
      const text = clean(piece.text);
      // A list item that is one statement of a limit may leave out its full stop (`- [ ] A player can't be on two teams in the same age group`).
      const itemLimit = limit && pieces.length === 1 && LIST_ITEM_START.test(first) && !/[.。]$/.test(text) && ITEM_LIMIT.test(text) && !ITEM_NAMES_CALL.test(text);
      const statement: boolean = answer && limit ? answerStatement(text) : followingStatement(itemLimit ? `${text}.` : text) && (following || !INABILITY.test(text));
      // A statement of a limit is a rule; a rule after it goes on stating the same behaviour as after a keyword.
      following = statement && (following || piece.at === 0);
      if (!statement) {
        if (hit === -1 && !limits) break;
        continue;
      }
      emit(out, ctx, lineOf(piece.at), text, 'must', undefined);
      continue;
    }
    const level = sentenceLevel(piece.text);
    following = false;
    if (!level) continue;
    let text = clean(piece.text);
    // "Messages SHALL include:" and a list: the items say what the sentence requires.
    const completed = options.list !== undefined && piece === pieces[pieces.length - 1] && /[:：]$/.test(text);
    if (completed) text = `${text} ${options.list}`;
    if (!hasWords(text, 4) || notARule(text)) continue;
    listUsed ||= completed;
    // Pieces come in order: lines are counted only once over the whole paragraph.
    emit(out, ctx, lineOf(piece.at), text, level, firstRule && piece.at === 0 ? (options.id ?? criterionId(ctx, first)) : undefined);
    firstRule = false;
    // A rule in capitals (SHALL, MUST) writes the normative text RFC-style: what follows it without one is explanation.
    // A paragraph that opens with a rule is about it; one that states a rule further on only mentions one among other things.
    following = piece.at === 0 && !completed && !RFC_CAPITALS.test(joined.slice(hit, hit + 2)) && !POINTS_BACK.test(text);
  }
  return listUsed;
}

/**
 * What a list item without its full stop must say to be a rule: that something cannot, can only,
 * may only or never happens, or a bound ("at most", "no more than"): not a duration or a size alone
 * ("Pilot at DC North for 2 weeks", "multipart, up to 3 photos" describe a plan or a call).
 */
const ITEM_LIMIT = /\b(?:can(?:not|'t|’t| only| never)|may only|never|at (?:most|least)|no (?:more|fewer|later|earlier) than|(?:is|are) not (?:allowed|permitted))\b/i;
/** An item that names a call or a path (`POST /x — only while queued`): it describes the call. */
const ITEM_NAMES_CALL = /(?:^|[\s`(])\/[\w:{[]|\b(?:GET|POST|PUT|PATCH|DELETE)\b/;

/**
 * A sentence right after a rule of the same paragraph (or after such a sentence) that goes on
 * stating what the product does: "A correction must be approved by an editor. Legal corrections
 * additionally require sign-off from the duty lawyer. Once published, a correction can never be
 * deleted." A statement (RULE_STATEMENT) that does not start with a word pointing back or at the
 * writers ("This is why…", "We…", "It…") or with an id or label (`US2: …`), asks nothing, holds no web address and is no note about
 * the document. The rule before it starts with no such word either ("These are the flows the product must support").
 */
function followingStatement(text: string): boolean {
  return RULE_STATEMENT.test(text) && !USER_STORY.test(text) && !text.includes('?') && !text.includes('？') && !text.includes('://') && !LABELLED.test(text) && !POINTS_BACK.test(text) && !notARule(text) && !LINE_OUT_OF_SCOPE.test(text);
}
/**
 * The lines of a paragraph as one text, with the offset each line starts at. Lines are joined by a line
 * break, but Chinese and Japanese, written without spaces, wrap a sentence anywhere, even inside a word:
 * "相談員は理由を入力しなければ\nならない。" is one keyword ("なければならない") across the break, so a line
 * that ends in Han or kana before one that starts so is joined to it without any.
 */
function joinLines(lines: readonly string[]): { text: string; starts: number[] } {
  let text = lines[0] ?? '';
  const starts = [0];
  for (let i = 1; i < lines.length; i++) {
    const next = lines[i]!;
    const glue = text.charCodeAt(text.length - 1) >= 0x3000 && CJK_WRAP_END.test(text) && CJK_WRAP_START.test(next) ? '' : '\n';
    text += glue;
    starts.push(text.length);
    text += glue === '' ? next.trimStart() : next;
  }
  return { text, starts };
}
const CJK_WRAP_END = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー、]$/u;
const CJK_WRAP_START = /^\s*[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー]/u;

/**
 * A statement of a limit in the answer to a question (a FAQ's): "You can join up to 10 clubs at a
 * time.", "Those posts stay hidden until your reading progress passes that chapter." It may address
 * the reader or point back at the question's subject; one about the writers ("We can…") or about
 * things as they are today is none.
 */
function answerStatement(text: string): boolean {
  return RULE_STATEMENT.test(text) && !text.includes('?') && !text.includes('？') && !text.includes('://') && !WRITERS.test(text) && !AS_TODAY.test(text) && !notARule(text) && !LINE_OUT_OF_SCOPE.test(text);
}
const WRITERS = /^(?:we|i|our|my|us)\b/i;
const AS_TODAY = /\b(?:currently|today|at present|at the moment|as of today)\b/i;
const RFC_CAPITALS = /^[A-Z]{2}/;
/** A user story ("As a workspace admin, I want …"): a need, not a rule of its own. */
const USER_STORY = /^(?:[^:：]{1,20}[:：]\s*)?as an?\s[^,]{1,80},\s*I\s+(?:want|need|would like|wish)\b/i;
/** A sentence that opens with an id or a label of its own (`US2: Admins see…`, `Note: …`): an item of its own kind. */
const LABELLED = /^[^\s:：]{1,30}[:：]/;
/** A sentence that starts with a word pointing back, at the writers or at the reader ("See the guidance…", "Consider…"), or with an aside. */
const POINTS_BACK = /^(?:this|that|these|those|it|its|they|their|we|i|our|my|us|you|your|there|here|he|she|for example|for instance|e\.g\.|i\.e\.|note|also|so|but|and|or|because|however|otherwise|today|currently|previously|then|see|cf|consider|imagine|remember|keep in mind|refer|read|esto|esta|este|estos|estas|eso|nosotros|hoy|actualmente|isto|isso|nós|hoje|atualmente|ceci|cela|ce|cette|ces|il|ils|elle|elles|nous|on|aujourd'hui|actuellement|das|dies|diese|dieser|dieses|es|wir|heute|derzeit|aktuell|questo|questa|ciò|noi|oggi|attualmente|dit|dat|deze|het|wij|vandaag|momenteel|ini|itu|kami|kita|это|мы|сейчас|이것|이는|우리|현재|đây|điều này|chúng tôi|chúng ta|hiện nay|hiện tại)(?![\p{L}\p{N}_'])/iu;

/**
 * A level written as a label before a rule's statement: `(SHOULD):`, `(may) —`, or in capitals
 * `MUST:` / `MAY —` (a bracketed `[MAY]` reaches here without its brackets). A level word that
 * starts the sentence ("SHOULD the payment fail, …") is no label, and a negated one (`MUST NOT:`)
 * stays: its "not" is part of the statement.
 */
const LEVEL_LABEL = /^\(\s*([a-z]+)\s*\)\s*(?:[:：—–-]\s*)?/i;
const CAPITAL_LABEL = /^(MUST|SHALL|SHOULD|MAY|REQUIRED|RECOMMENDED|OPTIONAL)\s*[:：—–]\s*/;
const LABEL_LEVELS: Record<string, RuleLevel> = { must: 'must', shall: 'must', required: 'must', should: 'should', recommended: 'should', may: 'may', optional: 'may' };

/** The statement without a leading level label, and the level the label gives (it wins over the words). */
function withoutLevelLabel(text: string, level: RuleLevel): { text: string; level: RuleLevel } {
  const m = LEVEL_LABEL.exec(text) ?? CAPITAL_LABEL.exec(text);
  const labelled = m ? LABEL_LEVELS[m[1]!.toLowerCase()] : undefined;
  if (!m || !labelled || !hasWords(text.slice(m[0].length), 3)) return { text, level };
  return { text: text.slice(m[0].length), level: labelled };
}

function emit(out: TaskCollector, ctx: SectionContext, line: number, text: string, level: RuleLevel, implicitId: string | undefined): void {
  const explicit = EXPLICIT_ID.exec(text);
  if (explicit && hasWords(text.slice(explicit[0].length), 3)) {
    const rule = withoutLevelLabel(text.slice(explicit[0].length), level);
    out.rule(ctx, line, rule.text, rule.level, explicit[1] ?? explicit[2] ?? explicit[3]);
  } else {
    const rule = withoutLevelLabel(text, level);
    out.rule(ctx, line, rule.text, rule.level, implicitId);
  }
}

/** Kiro: criterion 3 of the numbered list under "Requirement 2" is `2.3`. */
function criterionId(ctx: SectionContext, firstLine: string): string | undefined {
  const n = ORDINAL.exec(firstLine);
  if (!n) return undefined;
  for (let i = ctx.trail.length - 1; i >= 0; i--) {
    const m = REQUIREMENT_HEADING.exec(ctx.trail[i]!);
    if (m) return `${m[1]}.${Number(n[1])}`;
  }
  return undefined;
}

/** An id cell of a requirements table: `FR-001`, `REQ-12`, `AC-2.1`, `R1`. */
export function idCell(cell: string): string | undefined {
  const t = cell.replace(/[*_`[\]]/g, '').trim();
  return ID_CELL.test(t) ? t : undefined;
}
const ID_CELL = new RegExp(String.raw`^(?:${WRITTEN_ID}[a-z]?${UNDER_ID}|[A-Z]{1,4}\d{1,4}(?:\.\d+)*)$`);

/** A paragraph or list item, as the rule readers see it. */
export interface TextBlock {
  lines: string[];
  line: number;
  listItem: boolean;
}

/**
 * A list item that is one step of a scenario: `- **WHEN** …`, `- THEN …`, `- AND …`, and Gherkin's
 * Japanese and Korean steps (`- **前提** …`, `- **もし** …`, `- **그러면** …`), which `stepKind` names.
 */
const STEP = /^\s*(?:>\s*)*(?:[-*+]|\d+[.)])\s+(?:\*\*|__)?(GIVEN|WHEN|THEN|AND|BUT|Given|When|Then|And|But|前提|もし|ならば|전제|만약|만일|그러면)(?![\p{L}\p{N}_])/u;
/** The Japanese and Korean step words of STEP, by the English step each is. */
const CJK_STEPS: Readonly<Record<string, string>> = { 前提: 'given', 전제: 'given', もし: 'when', 만약: 'when', 만일: 'when', ならば: 'then', 그러면: 'then' };
/** The English step (in lower case) a STEP match's word is. */
function stepKind(word: string): string {
  return CJK_STEPS[word] ?? word.toLowerCase();
}

/**
 * Rules of consecutive paragraphs and list items. Scenario steps written one per item (`- WHEN …`,
 * `- THEN …`, `- AND …`) are one rule with all their parts; other blocks are read one by one, and
 * in a requirements section each list item is a rule.
 */
export function readRuleBlocks(blocks: readonly TextBlock[], ctx: SectionContext, out: TaskCollector): void {
  if (ctx.noRules) return;
  // The list after a label such as `**Acceptance criteria**` is a list of rules, as under such a heading.
  let labelled = false;
  // The list after a label or a paragraph that says it is out of scope (`**6. Out of scope**`, "These were dropped.") is kept for the record.
  let dropped = false;
  // Elsewhere, the statements of a list that states a requirement (RULE_LIST) are rules.
  const siblings = ctx.rules ? undefined : ruleSiblings(blocks);
  // `### US-1 Browse by category` over "As a buyer, I want …": the story is the requirement its heading's id names.
  let storyId = storyHeadingId(ctx.section.title);
  // The id a title line gave the scenario right under it.
  let scenarioId: string | undefined;
  // The indent of a list item that is only a rules label (`- **Rules:**`, `- **Règles :**`): the items deeper under it are rules.
  let rulesLabelIndent: number | undefined;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (rulesLabelIndent !== undefined && (!block.listItem || indentOf(block.lines[0]!) <= rulesLabelIndent)) rulesLabelIndent = undefined;
    const underRulesLabel = rulesLabelIndent !== undefined;
    if (block.listItem && !underRulesLabel && block.lines.length === 1 && rulesLabelItem(block.lines[0]!)) {
      rulesLabelIndent = indentOf(block.lines[0]!);
      continue;
    }
    // The story opens its section: only the first paragraph is asked.
    if (storyId !== undefined && !block.listItem) {
      const id = storyId;
      const text = clean(block.lines.join('\n'));
      storyId = undefined;
      if (STORY_LINE.test(text) && !text.includes('?') && !text.includes('？')) {
        emit(out, ctx, block.line, text, 'must', id);
        continue;
      }
    }
    if (!block.listItem) {
      const label = lines1Label(block.lines);
      dropped = label !== undefined ? namesOutOfScope(label) : dropsList(block.lines);
      labelled = label !== undefined && namesRules(label);
      if (labelled || dropped) continue;
    } else if (dropped) continue;
    // `**AC-1.1 Queue contents**` over `- **Given** …` items: a title with an id numbers the scenario under it.
    if (!block.listItem && block.lines.length === 1 && blocks[i + 1]?.listItem && STEP.test(blocks[i + 1]!.lines[0]!)) {
      const titled = TITLE_ID.exec(block.lines[0]!);
      if (titled && !hasWords(titled[2]!, 9) && findKeyword(RULE_SIGNAL, titled[2]!) === -1) {
        scenarioId = titled[1];
        continue;
      }
    }
    if (!block.listItem && readIdLines(block, ctx, out)) continue;
    const first = block.listItem ? STEP.exec(block.lines[0]!) : null;
    const firstKind = first ? stepKind(first[1]!) : undefined;
    const id = scenarioId;
    scenarioId = undefined;
    if (firstKind === 'given' || firstKind === 'when') {
      let j = i + 1;
      let then = false;
      for (; j < blocks.length; j++) {
        const step = blocks[j]!.listItem ? STEP.exec(blocks[j]!.lines[0]!) : null;
        // A new GIVEN, or a WHEN after the outcome, starts the next scenario.
        const kind = step ? stepKind(step[1]!) : undefined;
        if (!kind || kind === 'given' || (then && kind === 'when')) break;
        if (kind === 'then') then = true;
      }
      if (then) {
        const lines = blocks.slice(i, j).flatMap((b, k) => (k === 0 ? b.lines : b.lines.map((l, n) => (n === 0 ? l.replace(/^\s*(?:>\s*)*(?:[-*+]|\d+[.)])\s+/, '') : l))));
        readRules(lines, block.line, ctx, out, { item: true, ...(id !== undefined ? { id } : {}) });
        i = j - 1;
        continue;
      }
    }
    // A paragraph that ends with a colon, then a list: the items may complete its last sentence.
    const last = block.lines[block.lines.length - 1]!;
    const list = !block.listItem && (last.includes(':') || last.includes('：')) && /[:：]\s*$/.test(last) ? listAfter(blocks, i) : undefined;
    const item = ((ctx.rules || labelled || underRulesLabel) && block.listItem) || opensWithRulesLabel(block.lines[0]!) || (ctx.rules && !block.listItem && NUMBERED_RUN_IN.test(block.lines[0]!)) || (siblings !== undefined && siblings.has(i)) || (block.listItem && opensWithWrittenId(block.lines[0]!) && !ctx.trail.some((t) => METRICS_HEADING.test(t)));
    if (readRules(block.lines, block.line, ctx, out, { item, list: list?.text })) i = list!.end - 1;
  }
}

/** A paragraph opened by a numbered bold label, then its statement: `**Property 2:** For any parcel, …`, `__Invariant 3.__ A …` (in a rules section, one rule). */
const NUMBERED_RUN_IN = /^\s*(?:\*\*|__)\p{L}[\p{L} ]{0,30}?\s\d+(?:\.\d+)*\s*[:：.]?\s*(?:\*\*|__)\s*[:：.]?\s+\S/u;

/** A line that is only an id and a short title, maybe in bold: `**AC-1.1 Queue contents**`, `AC-2 — Safety faults:` (group 1 the id, 2 the title). */
const TITLE_ID = new RegExp(String.raw`^\s*(?:\*\*|__)?\[?(${WRITTEN_ID})\]?(?:\*\*|__)?[ \t]*[:：.—–-]?[ \t]*([^.!?。\n]*?)(?:\*\*|__)?[ \t]*[:：]?[ \t]*$`, 'u');

/**
 * A list item that is only a label naming rules (namesRuleList), its colon at the end: `- **Rules:**`,
 * `- **Règles :**`, `* Reglas de negocio:`. The items indented under it are the rules, keyword or not.
 */
function rulesLabelItem(line: string): boolean {
  if (!line.includes(':') && !line.includes('：')) return false;
  const m = LIST_MARKER_START.exec(line);
  const rest = m ? line.slice(m[0].length) : '';
  if (!/[:：]\s*(?:\*\*|__)?\s*$/.test(rest) || longerThanLabel(rest)) return false;
  const label = LABEL_ONLY.exec(rest)?.[1];
  return label !== undefined && namesRuleList(label);
}
const LIST_MARKER_START = /^\s*(?:[-*+]|\d+[.)])\s+/;

/** A list item that opens with a requirement id and its separator: `- CA-1.1: O cliente…`, `- **FR-02** — …`, `- [AC-3]: …`, or a bold id before a capital (`- **US-1** As an owner, …`). */
const ID_ITEM = new RegExp(String.raw`^\s*(?:>\s*)*(?:[-*+]|\d+[.)])\s+(?:(?:\*\*|__)?\[?${WRITTEN_ID}\]?(?:\*\*|__)?\s*(?::|\.\s|\)|\s[—–-]\s)|(?:\*\*|__)\[?${WRITTEN_ID}\]?(?:\*\*|__)\s+\p{Lu})`, 'u');

/** A heading of what success is measured by (`Success Criteria`, `Measurable Outcomes`, `KPIs`): its ids (`SC-001`) number targets, not requirements. */
const METRICS_HEADING = /\b(?:success (?:criteria|metrics|measures)|measurable outcomes?|metrics|kpis?|key results|succescriteria|erfolgskriterien|kennzahlen|crit[eè]r(?:e|io|ios)s? de (?:r[ée]ussite|succ[eè]s|[ée]xito|sucesso)|criteri di successo|kryteria sukcesu|başarı kriterleri|framgångskriterier|kriteria (?:keberhasilan|sukses)|tiêu chí thành công|métricas|métriques|metriche)(?![\p{L}])|критерии успеха|成功标准|成功標準|成功基準|성공 기준/iu;

/** A list item that opens with a requirement id, anywhere in a section body (ID_ITEM, multiline): the cheap test of `mayContainIdItem`. */
const ID_ITEM_LINE = new RegExp(ID_ITEM.source, 'mu');

/** Cheap test for a section body: may a list item in it open with a requirement id? */
export function mayContainIdItem(body: string): boolean {
  return body.includes('-') && ID_ITEM_LINE.test(body);
}

/** Does a list item open with a requirement id (ID_ITEM)? Writing one says the item is a requirement, in any section and language. */
function opensWithWrittenId(line: string): boolean {
  return line.includes('-') && ID_ITEM.test(line);
}

/** A list item (cleaned) that states something: a sentence (RULE_STATEMENT) that asks nothing, is no list of nouns and no note (notARule). */
function listedStatement(text: string): boolean {
  return RULE_STATEMENT.test(text) && !text.includes('?') && !text.includes('？') && !nounList(text) && !notARule(text);
}

/**
 * The items of a list that are rules because an item beside them states a requirement: in "- Staff
 * must be able to mark a no-show.\n- Owners can cancel free of charge up to 24 hours before.\n- Three
 * no-shows within 12 months block the owner.", each item says what the product does, keyword or
 * not. An item is such a statement when it is a sentence (RULE_STATEMENT); a list of what a screen
 * shows ("Timer, current exercise, rest countdown.") is none. So is a statement of a checklist
 * (`- [ ] Exported claims are moved to paid after the provider confirms.`), keyword or not beside it;
 * its tasks (`- [ ] Update the docs.`, `- [ ] Docs updated`) are none. Indexes into `blocks`, or undefined.
 */
function ruleSiblings(blocks: readonly TextBlock[]): Set<number> | undefined {
  let found: Set<number> | undefined;
  for (let i = 0; i < blocks.length; ) {
    if (!blocks[i]!.listItem) {
      i++;
      continue;
    }
    // A run of items at one indent (deeper items between them belong to the items above them).
    const indent = indentOf(blocks[i]!.lines[0]!);
    // Right under a user story ("Story: As a parent, I …"), a checklist holds the story's acceptance criteria, full stop or not.
    const above = i > 0 ? blocks[i - 1]! : undefined;
    const afterStory = above !== undefined && !above.listItem && STORY_LINE.test(clean(above.lines.join(' ')));
    const members: number[] = [];
    let end = blocks[i]!.line;
    let j = i;
    for (; j < blocks.length && blocks[j]!.listItem && blocks[j]!.line <= end + 1; j++) {
      const at = indentOf(blocks[j]!.lines[0]!);
      if (at < indent) break;
      if (at === indent) members.push(j);
      end = blocks[j]!.line + blocks[j]!.lines.length;
    }
    i = Math.max(j, i + 1);
    const raw = members.map((k) => blocks[k]!.lines.join('\n'));
    // A checklist's items are checks: one written as a statement is a criterion, a task is written as an order or a fragment.
    // In a list that mixes checks with other items (`- API: …`, `- Screen: …` after a story's criteria), its checks are read so too.
    const boxes = raw.map((t) => CHECKBOX.test(t));
    if (boxes.some(Boolean)) {
      raw.forEach((t, n) => {
        if (!boxes[n]) return;
        const c = clean(t);
        if (findKeyword(RULE_SIGNAL, c) === -1 && !TASK_VERB.test(c) && (listedStatement(c) || (afterStory && storyCriterion(c)))) (found ??= new Set()).add(members[n]!);
      });
      if (boxes.every(Boolean)) continue;
    }
    if (members.length < 2) continue;
    // Most lists hold no keyword: they are cleaned only when one does.
    if (!raw.some((t) => findKeyword(RULE_SIGNAL, t) !== -1)) continue;
    const texts = raw.map(clean);
    const keyword = texts.map((t) => findKeyword(RULE_SIGNAL, t) !== -1);
    if (!texts.some((t, n) => keyword[n] && statesRequirement(t))) continue;
    // An item with a keyword is read sentence by sentence, as before; a question is no statement.
    members.forEach((k, n) => {
      const t = texts[n]!;
      if (!keyword[n] && listedStatement(t)) (found ??= new Set()).add(k);
    });
  }
  return found;
}

/** A heading that opens with a written id and names one story: `US-1 Browse by category`, `STORY-12: Pay by card`. */
const STORY_HEADING_ID = new RegExp(String.raw`^(?:\*\*|__)?\[?(${WRITTEN_ID})\]?(?:\*\*|__)?(?=$|\s|[:：.)—–])`);

/** The written id a section's heading opens with (see STORY_HEADING_ID); cheap for a heading without a hyphen. */
export function storyHeadingId(title: string): string | undefined {
  return title.includes('-') ? STORY_HEADING_ID.exec(title.trim())?.[1] : undefined;
}

/**
 * A user story, in any wording after "As a …, I" or "As the …, I": "Story: As a coach, I mark who attended training";
 * in the other languages of Latin script with the verb of wanting, needing or being able after the role:
 * "Como visitante, quero …", "Como usuario, quiero …", "En tant que parent, je veux …", "Als Mechaniker
 * möchte ich …", "Come cliente, vorrei …", "Als klant wil ik …", "Sebagai kurir, saya ingin …".
 */
const STORY_LINE = new RegExp(
  String.raw`^(?:[^:：]{1,20}[:：]\s*)?(?:as (?:an?|the)\s[^,]{1,80},\s*I\s+\p{L}|(?:como|come)\s[^,.]{1,80},\s*(?:eu\s+|yo\s+|io\s+)?(?:quero|queremos|quiero|queremos|preciso|necesito|gostaria|me gustaría|posso|puedo|voglio|vorrei|ho bisogno)(?!\p{L})|en tant qu['e]\s*[^,.]{1,80},\s*(?:je|nous)\s+(?:veux|voudrais|souhaite|souhaitons|dois|peux|voulons)(?!\p{L})|als\s[^,.]{1,80}?,?\s+(?:möchte|will|muss|kann|wil|moet|kan)\s+(?:ich|ik)(?!\p{L})|sebagai\s[^,.]{1,80},\s*(?:saya|aku|kami)\s+(?:ingin|mau|perlu|bisa|dapat|butuh)(?!\p{L}))`,
  'iu',
);
/** The words a user story opens with (STORY_LINE), after a short label at most: its cheap first test. */
const STORY_START = /^(?:[^:：]{1,20}[:：]\s*)?(?:as|como|come|en tant|als|sebagai)\s/i;

/** Is a table cell or paragraph a user story ("As a coach, I want …", STORY_LINE)? Cheap for text that opens with none of its words. */
export function isStory(text: string): boolean {
  const t = text.trimStart();
  return STORY_START.test(t) && STORY_LINE.test(t);
}

/** A check under a user story written without a full stop: a sentence of five words or more from a capital, that asks nothing and is no list of nouns. */
function storyCriterion(text: string): boolean {
  return /^\p{Lu}\S*(?:\s+\S+){4}/u.test(text) && !text.includes('?') && !text.includes('？') && !nounList(text) && !notARule(text) && !LABEL.test(text);
}

/** A task-list item: `- [ ] …`, `* [x] …`. */
const CHECKBOX = /^\s*(?:[-*+]|\d+[.)])\s+\[[ xX]\]\s/;
/** A checklist item that orders a task ("Update the docs.", "Add a test for the migration."), or names one by its ticket id: work, not a criterion. */
const TASK_VERB = /^(?:\[?(?:[A-Z][A-Z0-9]{0,9}-)+\d+|T\d+\b|(?:add|update|write|create|remove|delete|fix|review|check|test|document|deploy|migrate|implement|set up|configure|ensure|make|move|rename|refactor|run|ship|release|announce|notify|ask|confirm|verify|prepare|schedule|draft|send|publish|retire|merge|clean up|investigate|decide|agree|follow up|talk to|sync with|get|tell|link|upload|record|collect)\b)/i;

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** Does a sentence of an item's text state a requirement with a keyword that is used, not mentioned, and ask nothing? */
function statesRequirement(text: string): boolean {
  let start = 0;
  const sentences: string[] = [];
  for (const m of text.matchAll(SENTENCE_END)) {
    sentences.push(text.slice(start, sentenceEnd(m)));
    start = m.index! + m[0].length;
  }
  sentences.push(text.slice(start));
  return sentences.some((s) => findKeyword(RULE_SIGNAL, s) !== -1 && sentenceLevel(s) !== undefined && !notARule(s));
}

/**
 * A statement in a list: five words at least, starting with a capital or a digit (or in a script
 * without capitals; after a callout's emoji at most: "⚠️ Large dogs…") and ending with a full stop. A fragment ("Packages and memberships") is none.
 * Chinese and Japanese write a sentence without spaces: eight characters at least, ending with `。`.
 */
const RULE_STATEMENT = /^(?:[^\p{L}\p{N}\s]{1,4}\s+)?(?:[\p{Lu}\p{N}]|[^\p{L}\p{N}\s]*[\p{Lo}])(?:\S*\s+\S+){4}.*[.。]$|^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}](?=[^\n]{7}).*[。．]$/su;

/** A list of things, each of three words at most, between commas: "Duration, calories estimate, share button." */
function nounList(text: string): boolean {
  const parts = text.split(/[,;，、]\s*/);
  return parts.length >= 3 && parts.every((p) => !hasWords(p.trim(), 4));
}

/**
 * A line that is only a label, maybe bold, maybe with its colon: `**Acceptance criteria**`,
 * `Business rules:`, `__Requisitos__:` (white space within the line only).
 */
const LABEL_SHAPE = '[^\\S\\n]*(?:\\*\\*|__)?[^\\S\\n]*([^*_:：\\n]{2,40}?)[^\\S\\n]*(?:\\*\\*|__)?[^\\S\\n]*[:：]?[^\\S\\n]*(?:\\*\\*|__)?[^\\S\\n]*';
/** A one-line paragraph that is only a label. */
const LABEL_ONLY = new RegExp(`^${LABEL_SHAPE}$`);

/** The label a one-line paragraph is only (`**Acceptance criteria**`, `Out of scope:`), or undefined. */
function lines1Label(lines: readonly string[]): string | undefined {
  const m = lines.length === 1 && !longerThanLabel(lines[0]!) ? LABEL_ONLY.exec(lines[0]!) : null;
  return m?.[1];
}

/**
 * A paragraph that says the list with it is given up: "These were discussed in the kickoff and
 * dropped.", "Nothing here is part of v2.", "The following are out of scope:". It points at the
 * list (these, the following, nothing here) and says so of it.
 */
const DROPS_LIST = /\b(?:(?:nothing|none)\s+(?:here|below|of (?:these|this|the following|them))\s+(?:is|are|was|were|will be)\s+(?:part of|in scope|planned|included|built)|(?:these|the following|the items? below)\s+(?:(?:items?|ideas|features|requirements)\s+)?(?:were|was|are|is|have been|will be)\s+(?:[\w-]+\s+){0,6}?(?:dropped|cut|deferred|descoped|de-scoped|parked|postponed|out of scope|not (?:part of|in scope|planned|included|built)))\b/i;
function dropsList(lines: readonly string[]): boolean {
  return lines.length <= 4 && DROPS_LIST.test(lines.join(' '));
}

/**
 * Does a paragraph say the list right under it is given up: a label that says so (`Out of scope:`,
 * `Future enhancements (not MVP):`, `**Later**`) or a sentence that points at the list (DROPS_LIST)?
 */
export function givesUpList(lines: readonly string[]): boolean {
  const label = lines1Label(lines);
  return label !== undefined ? namesOutOfScope(label) : dropsList(lines);
}

/** A label and its colon before a sentence: `- Acceptance: Mechanics may attach photos.`, `**Business rule:** …`. */
const LABEL_PREFIX = /^\s*(?:(?:[-*+]|\d+[.)])\s+)?(?:\*\*|__)?([^*_:：\n]{2,30}?)(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*\S/;

/** Does a paragraph or item open with a label naming it a requirement or acceptance criterion? Then it is one, keyword or not. */
function opensWithRulesLabel(line: string): boolean {
  const m = line.includes(':') || line.includes('：') ? LABEL_PREFIX.exec(line) : null;
  // A template's placeholder after the label (`Acceptance criteria: [How we know it's done]`) states
  // nothing, nor does a reference (`**Auth behavior:** [`architecture.md` §5](…)`): a statement has three words at least.
  const rest = m === null ? '' : line.slice(m[0].length - 1);
  return m !== null && namesRules(m[1]!) && !/^\s*\[[^\]]*\]\s*$/.test(rest) && hasWords(rest.replace(/\]\([^)]*\)/g, ']').trim(), 3);
}

/**
 * Cheap exact test before LABEL_ONLY: a label line holds 47 printable ASCII characters at most (a
 * label of 40, three pairs of marks, a colon; white space is never one of them), and a paragraph
 * line of prose passes that within its first few words.
 */
function longerThanLabel(line: string): boolean {
  let n = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c > 32 && c < 127 && ++n > 47) return true;
  }
  return false;
}

/** Such a label line right before a list item (a blank line between at most). */
const LABEL_THEN_LIST = new RegExp(`^${LABEL_SHAPE}\\n(?:[^\\S\\n]*\\n)?[^\\S\\n]*(?:[-*+]|\\d+[.)])[^\\S\\n]`, 'gm');

/** Cheap test for a section body without a requirements heading: does a label make a list in it a list of rules? */
export function mayContainRulesLabel(body: string): boolean {
  for (const m of body.matchAll(LABEL_THEN_LIST)) if (namesRules(m[1]!)) return true;
  // `- Acceptance: …`: a label opening an item or paragraph. Only where a label word is there at all.
  if (ACCEPTANCE_OR_RULE.test(body)) for (const m of body.matchAll(LABEL_LINE)) if (namesRules(m[1]!)) return true;
  // `- **Règles :**` over indented items (rulesLabelItem).
  if (LABEL_LINE_END.test(body)) for (const m of body.matchAll(LABEL_ITEM_THEN_LIST)) if (rulesLabelItem(m[0].slice(0, m[0].indexOf('\n')))) return true;
  return false;
}
/** A colon that ends a line (maybe before bold marks): LABEL_ITEM_THEN_LIST's cheap test. */
const LABEL_LINE_END = /[:：][^\S\n]*(?:\*\*|__)?[^\S\n]*\n/;
/** A list item that may be only a label, then an item indented under it. */
const LABEL_ITEM_THEN_LIST = /^([^\S\n]*)(?:[-*+]|\d+[.)])[^\S\n]+[^\n]{2,60}[:：][^\S\n]*(?:\*\*|__)?[^\S\n]*\n\1[^\S\n]+(?:[-*+]|\d+[.)])[^\S\n]/gm;

/** Cheap test for a section body under a heading with a story's id: may a user story open a paragraph in it (STORY_START's words)? */
export function mayContainStory(body: string): boolean {
  return body.includes(' I ') || STORY_OPENING.test(body);
}
const STORY_OPENING = /^[^\S\n]*(?:\*\*|__)?(?:como|come|en tant qu|als|sebagai)[\s*_']/im;
/** The words most requirement labels hold, as a cheap first test: a section without one has no labelled rule in English. */
const ACCEPTANCE_OR_RULE = /[Aa]cceptance|[Rr]equirement|[Rr]ule|AC|[Cc]riteri|[Rr]equisit|[Aa]nforderung|[Ee]xigence|[Kk]riteri|[Ee]isen|[Bb]ehavio|[Bb]ehave|[Vv]erhalten|omportam|omportem|[Gg]edrag|[Pp]erilaku|оведени|行为|行為|挙動|振る舞い|동작|[Pp]ersyaratan|[Kk]ebutuhan|[Тт]ребовани|[Пп]равил|需求|验收|驗收|要件|受け入れ|요구|수락|인수/;
/** LABEL_PREFIX at each line start. */
const LABEL_LINE = new RegExp(LABEL_PREFIX.source, 'gm');

/** Bold marks right at a line's start (before an id). */
const BOLD_START = /^\s*(?:\*\*|__)/;

/**
 * A paragraph whose every line starts with an id (`AC1 – …`, `3.1.2 …`) is a list written without
 * markers: each line is read as an item with its id (a rule even without a keyword in a
 * requirements section). Returns false, reading nothing, when some line has no id.
 */
function readIdLines(block: TextBlock, ctx: SectionContext, out: TaskCollector): boolean {
  // Only a line that starts with a capital, a digit, a bracket or an emphasis mark may hold an id.
  const c = block.lines[0]!.trimStart().charCodeAt(0);
  if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 42 || c === 95 || c === 91)) return false;
  const ids: RegExpExecArray[] = [];
  for (const line of block.lines) {
    const m = LINE_ID.exec(line);
    if (!m) {
      // `**NEST-142-1 Save a search.** A buyer can …` wrapped over lines that carry no id: one requirement, its id set in bold.
      const head = ids[0];
      if (ids.length !== 1 || head![1] === undefined || !BOLD_START.test(head![0]) || block.lines.some((l, k) => k > 0 && LINE_ID.test(l))) return false;
      readRules([head!.input.slice(head![0].length), ...block.lines.slice(1)], block.line, ctx, out, { item: true, id: head![1] });
      return true;
    }
    ids.push(m);
  }
  ids.forEach((m, k) => {
    // `**FR-3** A swap proposal expires …`: an id set in bold to open its paragraph numbers a requirement, in any section.
    const numbered = m[1] !== undefined && BOLD_START.test(m[0]);
    readRules([m.input.slice(m[0].length)], block.line + k, ctx, out, { item: ctx.rules || numbered, id: m[1] ?? m[2] ?? m[3] });
  });
  return true;
}

/**
 * The list items right after paragraph `i` (a blank line between at most), as one text: `a; b; c`.
 * Items with their own id (`FR-001: …`) or scenario steps are rules of their own: no list then.
 */
function listAfter(blocks: readonly TextBlock[], i: number): { text: string; end: number } | undefined {
  const block = blocks[i]!;
  let next = block.line + block.lines.length;
  const items: string[] = [];
  let j = i + 1;
  for (; j < blocks.length && blocks[j]!.listItem && blocks[j]!.line <= next + 1; j++) {
    const item = clean(blocks[j]!.lines.join('\n'));
    if (EXPLICIT_ID.test(item) || STEP.test(blocks[j]!.lines[0]!)) return undefined;
    items.push(item.replace(/[.;,]$/, ''));
    next = blocks[j]!.line + blocks[j]!.lines.length;
  }
  return items.length > 0 ? { text: items.join('; '), end: j } : undefined;
}
