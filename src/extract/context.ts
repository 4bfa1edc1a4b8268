import { carried } from '../memo.js';
import { detach } from '../strings.js';
import type { PrdDocument, PrdSection } from '../prd/index.js';
import type { RuleLevel } from '../types.js';
import { WHAT_IT_HOLDS_SOURCE, STORED_CLAUSE_SOURCE } from './names.js';
import { byScript } from './scripts.js';

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
  /** The section (or a parent) lists requirements, acceptance criteria or business rules: its items are rules. */
  rules: boolean;
  /** The section (or a parent) is about what is out of scope, deprecated, legacy or future. */
  outOfScope: boolean;
  /**
   * The section states the product's goals, background or motivation (aims, not rules: "Dispatchers
   * should not have to call drivers"), or tells the PRD's author how to write it.
   */
  noRules?: boolean;
  /** The level a MoSCoW heading gives the items under it (`### Should have`). */
  ruleLevel?: RuleLevel;
  /** Add to a 1-based line relative to the section text to get the document line. */
  lineOffset: number;
  /** The prefix the section (or a parent) says its paths are relative to, and the document line it holds from (see doc-scope.ts). */
  /** `fromCode`: stated by a mount in code (see codeMountPrefix), for the routes listed outside code only. */
  apiPrefix?: { path: string; line: number; whole?: boolean; except?: string[]; fromCode?: boolean };
  /** The hosts of the PRD's own API; a call written to another host is not an endpoint of the product (see doc-scope.ts). */
  ownHosts?: ReadonlySet<string>;
}

/*
 * What a heading is about. PRDs are written in any language: besides English, the common words of
 * Spanish, Portuguese, French, German, Italian, Dutch, Polish, Swedish, Turkish and Vietnamese (its letters
 * of Latin Extended Additional bound a word too), and of Chinese, Japanese and Korean (no word boundaries
 * in CJK scripts, hence the second pattern of each pair); for pages, Indonesian and Russian too; for
 * models, Russian and Ukrainian.
 */
/** Letters of Greek and Cyrillic; of Hebrew, Arabic (with Persian's) and Thai. */
const GREEK_CYRILLIC_LETTER = /[\u0370-\u03ff\u0400-\u04ff\u1f00-\u1fff]/;
const AR_HE_FA_TH_LETTER = /[\u0590-\u06ff\u0750-\u077f\u0e00-\u0e7f\ufb1d-\ufdff\ufe70-\ufeff]/;
/** A test of one script's words, run only on a text that holds a letter of that script (most headings hold none). */
function inScript(letters: RegExp, test: Test): Test {
  return { test: (s) => letters.test(s) && test.test(s) };
}

/*
 * The same heading words in Czech, Ukrainian and Greek (and the Swedish ones the lists below lack),
 * one pattern per topic: the Latin-script words bounded as latinWords bounds them, the Cyrillic and
 * Greek ones by no letter on either side. Greek headings may be in capitals without their accents.
 */
const EUROPEAN_API = either(
  latinWords(/(?:koncov(?:é|ý|ých) bod(?:y|ů)?|rozhraní api|api rozhraní|programové rozhraní)/i),
  inScript(GREEK_CYRILLIC_LETTER, /(?<!\p{L})(?:кінцев\p{L}* точк\p{L}*|διεπαφ[ηή] προγραμματισμο[υύ]|τελικ[αά] σημε[ιί]α)(?!\p{L})/iu),
);
const EUROPEAN_MODEL = either(
  latinWords(/(?:datov(?:ý|é) model(?:y)?|datov(?:á|é) struktur(?:a|y)|datadefinitioner|datamodeller)/i),
  inScript(GREEK_CYRILLIC_LETTER, /(?<!\p{L})(?:μοντ[εέ]λ[οα] δεδομ[εέ]νων|δεδομ[εέ]ν\p{L}*|οντ[οό]τητ\p{L}*|σχ[ηή]μα δεδομ[εέ]νων)(?!\p{L})/iu),
);
const EUROPEAN_PAGE = either(
  latinWords(/(?:obrazovk(?:a|y)|obrazovek|str[aá]nk(?:a|y)|str[aá]nek|uživatelské rozhraní)/i),
  inScript(GREEK_CYRILLIC_LETTER, /(?<!\p{L})(?:οθ[οό]ν(?:η|ες|ών)|σελ[ιί]δ(?:α|ες|ων)|διεπαφ[ηή] χρ[ηή]στη)(?!\p{L})/iu),
);
const EUROPEAN_RULES = either(
  latinWords(/(?:požadavky|požadavek|funkční požadavky|pravidla|obchodní pravidla|akceptační kritéria|kritéria přijetí|omezení|acceptanskrav)/i),
  inScript(GREEK_CYRILLIC_LETTER, /(?<!\p{L})(?:απαιτ[ηή]σ\p{L}*|κριτ[ηή]ρια αποδοχ[ηή]ς|καν[οό]νες|περιορισμο[ιί]|[Пп]равила|[Бб]ізнес-правила|[Кк]ритерії (?:приймання|прийняття|приймальні)|[Оо]бмеження)(?!\p{L})/iu),
);
const EUROPEAN_OUT_OF_SCOPE = either(
  latinWords(/(?:mimo rozsah|není součástí|budoucí (?:rozšíření|verze)|zastaralé)/i),
  inScript(GREEK_CYRILLIC_LETTER, /(?<!\p{L})(?:поза (?:межами|обсягом)|не входить|застарі\p{L}*|εκτ[οό]ς (?:πεδ[ιί]ου|ε[υύ]ρους|πλαισ[ιί]ου)|μελλοντικ\p{L}*)(?!\p{L})/iu),
);
/** Goals, questions and glossary headings in Czech, Ukrainian and Greek (see GOALS_HEADING, DISCUSSION_HEADING, GLOSSARY_HEADING). */
const EUROPEAN_GOALS_HEADING = /^[^\p{L}]*(?:účel|cíle?|kontext|pozadí|мета|цілі|передумови|контекст|σκοπ[οό]ς|στ[οό]χοι|στ[οό]χος|υπ[οό]βαθρο|ιστορικ[οό]|πλα[ιί]σιο)\s*[:：]?$/iu;
const EUROPEAN_DISCUSSION_HEADING = /^[^\p{L}]*(?:(?:otevřené )?otázky|(?:відкриті )?питання|(?:ανοιχτ[αά] )?(?:ζητ[ηή]ματα|ερωτ[ηή]ματα|θ[εέ]ματα)|ερωτ[ηή]σεις)\s*(?:\([^()]*\))?\s*[:：]?$/iu;
const EUROPEAN_GLOSSARY_HEADING = /^[^\p{L}]*(?:slovník(?: pojmů)?|glosář|pojmy|глосарій|словник(?: термінів)?|терміни|γλωσσ[αά]ρι(?:ο)?|ορολογ[ιί]α)\s*(?:\([^()]*\))?\s*[:：]?$/iu;

/*
 * The section words of Arabic, Hebrew, Persian and Thai. Arabic and Hebrew join articles,
 * conjunctions and prepositions to the word (الـ, و, ب; ה, ו, ב, ל, מ) and Thai writes no spaces
 * between words, so these words match anywhere in a heading, as the CJK words do.
 */
const API_WORDS_AR_HE_FA_TH = /واجه(?:ة|ات) (?:ال)?برمج|نقاط (?:ال)?نهاية|ממשק(?:י)? (?:ה)?תכנות|נקודות (?:ה)?קצה|رابط(?:‌| )?(?:های )?برنامه‌?(?:نویسی)?|نقاط پایانی|ส่วนต่อประสานโปรแกรม/;
const MODEL_WORDS_AR_HE_FA_TH = /بيانات|كيانات|الكيان|الجداول|ישויות|ישות|נתונים|טבלאות|داده|موجودیت|جدول‌?ها|พจนานุกรมข้อมูล|(?:โมเดล|แบบจำลอง|โครงสร้าง|ตาราง|ฐาน)ข้อมูล|เอนทิตี/;
const PAGE_WORDS_AR_HE_FA_TH = /شاشات|شاشة|صفحات|الصفحة|واجه(?:ة|ات) (?:ال)?مستخدم|מסכים|מסך|עמודים|דפים|ממשק (?:ה)?משתמש|صفحه|رابط کاربری|หน้าจอ|หน้าเว็บ|ส่วนติดต่อผู้ใช้/;
const OUT_OF_SCOPE_AR_HE_FA_TH = /خارج (?:ال)?نطاق|ليس ضمن (?:ال)?نطاق|غير مشمول|מחוץ ל(?:ה)?(?:תחום|היקף)|לא (?:ב|כלול ב)(?:ה)?(?:תחום|היקף)|خارج از (?:محدوده|دامنه)|นอกขอบเขต|ไม่อยู่ในขอบเขต/;
/** Requirement and acceptance-criteria words; with them, business-rule words ("databases", قواعد البيانات, is no rules heading). */
const REQUIREMENT_WORDS_AR_HE_FA_TH = /متطلبات|معايير (?:ال)?قبول|شروط (?:ال)?قبول|דרישות|קריטריוני (?:ה)?קבלה|نیازمندی|الزامات|معیارهای پذیرش|ข้อกำหนด|ความต้องการ|เกณฑ์การยอมรับ|เงื่อนไขการยอมรับ/;
const RULE_WORDS_AR_HE_FA_TH = new RegExp(`${REQUIREMENT_WORDS_AR_HE_FA_TH.source}|قواعد(?! ?(?:ال)?بيانات)|القيود|כללים|כללי (?:ה)?עסק|חוקים|אילוצים|قوانین|محدودیت‌?ها|กฎ`);
/** A whole heading of questions or of a glossary in these languages: "أسئلة مفتوحة", "שאלות פתוחות", "پرسش‌های باز", "คำถามที่ยังไม่มีข้อสรุป", "מילון מונחים". */
const DISCUSSION_HEADING_AR_HE_FA_TH = /^[^\p{L}]*(?:(?:ال)?أسئلة(?: (?:ال)?مفتوحة)?|(?:ال)?مسائل (?:ال)?مفتوحة|(?:ال)?استفسارات|مسرد(?: (?:ال)?مصطلحات)?|(?:ال)?مصطلحات|(?:ال)?تعريفات|שאלות(?: פתוחות)?|נושאים פתוחים|מילון(?: (?:ה)?מונחים)?|מונחים|הגדרות|(?:پرسش|سؤال|سوال)(?:‌?ها|‌?های| های)?(?: باز)?|واژه‌?نامه|اصطلاحات|تعاریف|คำถาม[\u0E00-\u0E7F]*|ประเด็นที่ยังเปิด[\u0E00-\u0E7F]*|อภิธานศัพท์|คำศัพท์|นิยามศัพท์)\s*(?:\([^()]*\))?\s*[:：]?$/u;
const API_WORDS = either(
  latinWords(/(?:apis?|endpoints?|http|rest|backend|web ?hooks?|schnittstellen?|interfaz|interfaces? de programa(?:ção|ción|cion)?|interfaces? de programmation|programmierschnittstellen?|antarmuka pemrograman|interfacce|punkty końcowe|punkt końcowy|uç nokta(?:lar)?(?:ı)?|ändpunkter?|điểm cuối)/i),
  /接口|端点|端點|엔드포인트|エンドポイント|백엔드|バックエンド|后端|後端/,
  EUROPEAN_API,
  inScript(AR_HE_FA_TH_LETTER, API_WORDS_AR_HE_FA_TH),
);
const MODEL_WORDS = either(
  new RegExp(WHAT_IT_HOLDS_SOURCE, 'iu'),
  latinWords(new RegExp(STORED_CLAUSE_SOURCE, 'i')),
  latinWords(/(?:data|models?|entit(?:y|ies)|objects?|objets?|objetos?|objekte|oggetti|resources|schemas?|tables?|database|db|types?|domain|records?|storage|persistence|fields|(?:what|things|stuff|objects|info(?:rmation)?) (?:we|it|the (?:app|system|service|server|backend|product|platform|portal|tool|site)) (?:needs? to )?(?:stores?|keeps?|saves?|persists?|remembers?|tracks?|knows? about)|keeps? track of|stored|datos|dados|modelos?|entidad(?:es)?|entidades|données|modèles?|entités?|daten|datenmodell|daten(?:objekte?|strukturen?|felder|haltung|banke?n?|typen|sätze|entitäten)|produktdaten|stammdaten|datenbeschreibung|modelle?|entitäten|dati|modell[oi]|entità|datamodell?(?:en)?|gegevens(?:model(?:len)?)?|(?:kern|hoofd)?entiteiten|dane|danych|encje|encji|veri(?: modeli)?|varlıklar|(?:nyckel|kärn)?entiteter|tabeller|dữ liệu|mô hình(?: dữ liệu)?|thực thể)/i),
  /数据|數據|资料|資料|模型|实体|實體|字段|数据库|數據庫|데이터|모델|엔티티|필드|データ|モデル|エンティティ|フィールド|テーブル|테이블|(?<!\p{L})(?:[Мм]одел[ьиі]|[Сс]ущност[иь]|[Сс]утност[іи]|[Дд]анны[ех]|[Дд]ан[іи]х?)(?!\p{L})/u,
  EUROPEAN_MODEL,
  inScript(AR_HE_FA_TH_LETTER, MODEL_WORDS_AR_HE_FA_TH),
);
const PAGE_WORDS = either(
  latinWords(/(?:screens?|pages?|views?|ui|ux|user interface|user experience|user flows?|web ?app(?:lication)?s?|web client|mobile app|routes|routing|navigation|front[- ]?end|sitemap|site map|wireframes?|pantallas?|páginas?|vistas?|telas?|écrans?|vues?|ecrãs?|seiten|bildschirme?|ansichten|(?:benutzer|benutzungs|bedien)?oberflächen?|masken(?:übersicht)?|pagine|schermate?|schermi|interfaccia utente|schermen|scherm|pagina's|weergaven|gebruikersinterface|användargränssnitt|interfaz de usuario|halaman|layar|tampilan|flussi utente|flusso utente|flujos? de usuario|fluxos? de usu[aá]rio|parcours utilisateurs?|(?:nutzer|benutzer)fl[uü]sse|gebruikersstromen|alur pengguna|ekran(?:y|ów|lar|ları)?|strony|widoki?|interfejs(?: użytkownika)?|sayfalar(?:ı)?|kullanıcı akış(?:ı|ları)|arayüz(?:ler)?|skärm(?:ar|bilder)?|sidor|vyer|användarflöden?|màn hình|giao diện(?: người dùng)?|luồng người dùng)/i),
  /页面|頁面|画面|畫面|界面|屏幕|路由|前端|화면|페이지|라우트|프론트엔드|ページ|スクリーン|ルート|フロントエンド|(?<!\p{L})(?:страниц|экран|сторінк|екран)\p{L}*|(?<!\p{L})[Ии]нтерфейс\p{L}* пользовател/u,
  EUROPEAN_PAGE,
  inScript(AR_HE_FA_TH_LETTER, PAGE_WORDS_AR_HE_FA_TH),
);
/**
 * A heading that names a UI made of screens without being a screens heading: "Dashboard", "Admin
 * console", "Customer portal", "Back office", "Tableau de bord", "Painel", or its design ("Design",
 * "User interaction and design", "Mockups"; not a system's, an API's or a database's design). Its section is no part
 * of an API-titled parent's endpoints, and a list of labelled routes under it lists its screens.
 */
export const UI_HEADING = /(?<!\p{L})(?:dashboards?|portal|console|back[- ]?office|admin (?:panel|area)|tableau de bord|painel|panel de control|cruscotto|dasbor|(?<!(?:system|technical|tech|api|database|data|schema|backend|back-end|architecture|software|solution|service|detailed|high-level|low-level|protocol|security|test|db) )designs?|mock-?ups?|user interaction)(?!\p{L})/iu;
const OUT_OF_SCOPE = either(
  latinWords(/(?:out[- ]of[- ]scope|not part of (?:the|this|our)|non[- ]?goals?|no[- ]?gos?|not in scope|not in this (?:spec(?:ification)?|document|doc|prd|release|version|phase|cycle|iteration|slice|sprint|milestone|increment|epic|project|cut|round|sow|statement of work|contract|engagement|proposal|quote|budget)|won'?t have|won'?t do|will not|not now|cut (?:from|for)|deprecated|legacy|future (?:work|scope|enhancements?|considerations?|phases?|ideas|features|releases?|versions?|iterations?)|later phases?|stretch goals?|not for (?:the )?(?:demo|launch|v1|mvp|beta|pilot|first release)|not (?:included|planned)|not (?:in |for |part of )?(?:the )?mvp|exclusions?|excluded|removed|obsolete|parking lot|icebox|parked|deferred|post[- ]mvp|not building|won'?t build|will not build|do not build|don'?t build|not doing|alternatives? (?:considered|rejected)|options rejected|(?:rejected|discarded) (?:alternatives?|options|approaches)|considered alternatives|alternatives|fuera del? alcance|no[- ]objetivos|fora d[oe] escopo|fora d[oe] âmbito|zurückgestellt|não[- ]objetivos|hors (?:du )?périmètre|hors (?:champ|scope)|non[- ]objectifs|außerhalb des umfangs|nicht im umfang|nicht[- ]ziele|non[- ]obiettivi|fuori (?:da(?:llo|lla|l|i|gli|ll')\s?)?(?:ambito|perimetro|scopo|scope)|non rientra(?:no)?|resta(?:no)? fuori|(?:lo que )?no entra(?:n)?|queda(?:n)? fuera|o que não entra|fica(?:m)? de fora|ce qui n'entre pas|non previst[oi]|sviluppi futuri|buiten (?:de )?(?:scope|reikwijdte)|niet in scope|poza zakresem|nie w zakresie|wycofane|przestarzał[aey]|kapsam dışı(?:nda)?|kullanımdan kaldırıl(?:dı|an)|utanför (?:omfånget|scope)|ej i scope|föråldrad|utfasad|di luar (?:cakupan|lingkup)|bukan (?:mvp|cakupan|prioritas)|abgrenzungskriterien|abgrenzung(?:en)?|ngoài phạm vi|không thuộc phạm vi|không nằm trong phạm vi|ngừng hỗ trợ|phương án (?:đã )?(?:bị )?loại(?: bỏ)?|giai đoạn sau|(?:phát triển )?(?:trong )?tương lai|không (?:làm|thực hiện)(?: trong (?:phiên bản|giai đoạn) này)?)/i),
  /未来扩展|未來擴展|非本期|本期不|不在本期|不在范围|不在範圍|范围之外|範圍之外|非目标|非目標|暂不|暫不|已弃用|已棄用|향후|범위 외|범위 밖|제외|MVP 이후|(?:지금|이번에?(?:는)?) 안 (?:함|한다|해요|합니다)|対象外|範囲外|スコープ外|将来|廃止/,
  EUROPEAN_OUT_OF_SCOPE,
  inScript(AR_HE_FA_TH_LETTER, OUT_OF_SCOPE_AR_HE_FA_TH),
);

/**
 * A heading or label that names how the product behaves ("Behaviour", "Behavior changes", "How it should
 * behave", "Verhalten", "Comportamiento"): its items say what the product does, as requirements do. The behaviour as it is
 * today ("Current behaviour", "Comportamiento actual") or the users' ("User behaviour") is none.
 */
const BEHAVIOUR_TERMS = "how (?:it|the (?:app|system|product|feature|tool|service|api)) (?:should|must|will) behave|(?<!(?:current|actual|existing|observed|old|today's|present|users?|users'|customers?|buyers?|consumers?|aktuelles|bisheriges|huidig|huidige)\\s)(?:behaviou?rs?|verhalten|gedrag|perilaku)|(?:comportamiento|comportamento|comportement)(?!\\s+(?:actual|atual|attuale|actuel|(?:de|dos|des|degli|del)\\s+(?:los\\s+)?(?:usuarios|utilisateurs|utenti|usu[aá]rios)))";
const BEHAVIOUR_TERMS_CJK = '[Пп]оведение(?!\\s+пользовател)|系统行为|系統行為|预期行为|預期行為|挙動|振る舞い|동작 방식';
/**
 * Words that name requirements or acceptance criteria (same languages), and the words that name
 * rules, constraints or policies. Both make a heading's items rules; only the first make a label's
 * (`**Acceptance criteria**`): templates write "Rules:" over what the author is to do.
 */
const REQUIREMENT_TERMS = `requirements?|business rules?|acceptance(?: criteria| tests?| checklist)?|definition of done|(?<=^[^A-Za-z]*)(?:(?:we're|we are|it's|it is) )?done when|requisitos?|requerimientos?|criterios de aceptaci[oó]n|crit[eé]rios de aceita[cç][aã]o|exigences?|crit[eè]res d'acceptation|anforderungen|(?:qualitäts|funktions|sicherheits|leistungs|nutzer|benutzer|fach|geschäfts|nichtfunktionale|funktionale)anforderungen|produktfunktionen|produktleistungen|akzeptanzkriterien|persyaratan|kebutuhan|kriteria penerimaan|requisiti|criteri di accettazione|eisen|vereisten|acceptatiecriteria|wymagania(?: funkcjonalne| niefunkcjonalne)?|wymaganie|kryteria akceptacji|gereksinimler|gereksinim|kabul kriterleri|krav|kravspecifikation|acceptanskriterier|yêu cầu(?: chức năng| phi chức năng)?|tiêu chí (?:chấp nhận|nghiệm thu)|${BEHAVIOUR_TERMS}`;
const REQUIREMENT_TERMS_CJK = `[Тт]ребовани[яй]|[Вв]имог[иа]|[Кк]ритерии при[её]мки|需求|验收标准|驗收標準|要件|受け入れ基準|受入基準|요구사항|요구 사항|인수 조건|수락 기준|${BEHAVIOUR_TERMS_CJK}`;
const RULE_TERMS = 'rules|business logic|domain logic|constraints|invariants|correctness properties|error handling|edge cases|error cases|failure modes|error scenarios|policies|validations?|limits|quotas|restrictions|reglas|regras|r[eè]gles|regeln|aturan|regole|logica di business|vincoli|regels|bedrijfsregels|bedrijfslogica|logique métier|lógica de negocio|lógica de negócio|geschäftslogik|reguły(?: biznesowe)?|zasady|kurallar|kuralları|iş kuralları|regler|affärsregler|quy tắc(?: nghiệp vụ)?|ràng buộc|quy định nghiệp vụ';
const RULE_TERMS_CJK = '[Пп]равила|[Оо]граничения|要求|规则|規則|ルール|ポリシー|규칙|정책';
/** Abbreviations of acceptance criteria and requirements, as the whole label (`AC:`, `ACs`, `DoD` in capitals only; `reqs`, `Func reqs`): "AC units" is none. */
const REQUIREMENT_ABBREVIATIONS = /^\s*(?:ACs?|DoD|(?:(?:[Nn]on-?)?[Ff]unc(?:tional)? )?(?:[Rr]eqs|REQS)\.?)\s*$/;

/** Headings of requirement, acceptance-criteria and business-rule lists. */
const RULE_WORDS = either(
  latinWords(new RegExp(`(?:${REQUIREMENT_TERMS}|${RULE_TERMS})`, 'i')),
  new RegExp(`${REQUIREMENT_TERMS_CJK}|${RULE_TERMS_CJK}`),
  REQUIREMENT_ABBREVIATIONS,
  EUROPEAN_RULES,
  inScript(AR_HE_FA_TH_LETTER, RULE_WORDS_AR_HE_FA_TH),
);

/*
 * A heading that is only a goals, background or motivation heading, or one of the state of things
 * today ("Current behaviour", "As-is", "Situación actual") (with a number, an emoji, a
 * qualifier such as "Product" or a companion such as "& Success"): "2. Goals", "🎯 Objectives",
 * "Background & Motivation", "Ziele", "Objetivos", "目标". A heading that only holds the word
 * ("Goal tracking", "Savings goals") names a feature.
 */
const GOALS_HEADING = /^[^\p{L}]*(?:(?:product|business|project|our|key|main|primary|high[- ]level)\s+)?(?:goals?|objectives?|aims|vision|motivation|background|problem(?: statement)?|purpose|why(?: now| this(?: matters)?| it matters)?\??|current (?:behaviou?r|state|situation|process|flow)|as[- ]is(?: state| process)?|status quo|ist-zustand|aktuelles verhalten|situaci[oó]n actual|comportamiento actual|situa[cç][aã]o atual|comportamento atual|situation actuelle|comportement actuel|situazione attuale|huidige situatie|huidig gedrag|ziele?|zielsetzung|hintergrund|objetivos?|metas|antecedentes|motivaci[oó]n|objectifs?|contexte|obiettivi|premessa|contesto|doelen|doelstellingen|aanleiding|achtergrond|cele?|tło|hedefler|amaç|mål|syfte|bakgrund|mục tiêu|bối cảnh|目标|目標|背景|愿景|目的|목표|배경)(?:\s*(?:&|and|\/|,|y|und|et|e)\s*(?:success(?: metrics| criteria)?|metrics|kpis?|non[- ]?goals?|objectives?|motivation|context|goals?|background|vision|scope))?\s*[:：]?$/iu;

/**
 * A paragraph that opens with a run-in goals or background heading (`**Problem.** Residents renew
 * permits in person…`, `**Background:** …`, `__Motivation__ —`): it states the problem, not rules.
 */
export function opensWithGoalsLabel(line: string): boolean {
  const m = RUN_IN_LABEL.exec(line);
  return m !== null && GOALS_HEADING.test(m[1]!.trim());
}
const RUN_IN_LABEL = /^\s*(?:\*\*|__)([^*_\n]{2,40}?)[.:：—–-]?\s*(?:\*\*|__)\s*[.:：—–-]?\s/;

/** A heading that says its items bind nothing: "Notes for the agent (not requirements)", "Team checklist, not acceptance criteria". */
const NOT_REQUIREMENTS = /\bnot (?:a |an |the )?(?:product |functional |formal |binding )?(?:requirements?|acceptance criteria|specs?|normative|part of (?:the|this) (?:spec|prd|scope))\b/i;

/** Notes to the PRD's author: "Notes for authors", "How to use this template", "Template guidance", "Hinweise für Autoren". */
const AUTHOR_NOTES_HEADING = /\b(?:(?:notes?|guidance|guidelines?|instructions?|tips|hints)\s+(?:for|to)\s+(?:the\s+)?(?:authors?|writers?|editors?|contributors?)|how to (?:use|fill(?: in| out)?|write|complete) (?:this|the) (?:template|document|prd|spec)|template (?:guidance|instructions|notes|usage)|hinweise für (?:autoren|autorinnen|verfasser)|ausfüllhinweise|(?:instrucciones|notas|gu[ií]a) para (?:el |los )?(?:autor(?:es)?|redactor(?:es)?)|(?:notes|consignes|instructions) (?:pour|aux) (?:les )?(?:auteurs?|r[ée]dacteurs?)|about this (?:document|prd|spec)|(?:notes?|remarks) on (?:this|the) document|hinweise zum dokument|zu diesem dokument|à propos de ce document|acerca de este documento|sobre (?:este|o) documento|over dit document)\b/i;
/**
 * A heading of questions or of notes that bind nothing: "Open questions", "FAQ", "Q&A",
 * "Non-normative notes", "Discussion", "Preguntas abiertas", "Offene Fragen", "待确认问题",
 * "未解決事項". What is said there is asked or discussed, not required.
 */
/** A glossary: its items define terms ("**Processor** — a company that … must follow its instructions"), they state no requirement. */
const GLOSSARY_HEADING = /^[^\p{L}]*(?:glossary|glossary of terms|definitions|terminology|terms(?: and definitions)?|glosario|glossário|glossaire|glossar|begriffe|begriffsdefinitionen|glossario|woordenlijst|glosarium|istilah|słownik(?: pojęć)?|sözlük|ordlista|thuật ngữ|bảng thuật ngữ|глоссарий|термины(?: и определения)?|术语(?:表)?|術語(?:表)?|名詞解釋|用語(?:集|定義|説明|一覧)?|용어(?: 정의| 정리| 설명| 사전)?)\s*(?:\([^()]*\))?\s*[:：]?$/iu;
/** What may stand before a heading's words: a number, an emoji, or an annex's lettered number (`B.1`, `A.2.3`) (RegExp source). */
const ANNEX_NUMBER = String.raw`[^\p{L}]*(?:[A-Z](?:\.\d+)+\.?\s+)?`;
/** A document's own history or control block ("Revision History", "Change log", "Document control", "Änderungshistorie"): what changed in the document, not what to build. */
const DOCUMENT_HISTORY_HEADING = new RegExp(String.raw`^${ANNEX_NUMBER}(?:(?:document\s+)?(?:revision|version|change|amendment|edit)\s+(?:history|log|record)|revisions?|changelog|change\s*log|document\s+(?:history|control|changes)|historial\s+de\s+(?:revisiones|versiones|cambios)|hist[oó]rico\s+de\s+(?:revisões|versões|alterações)|historique\s+des\s+(?:révisions|versions|modifications)|(?:änderungs|versions|revisions)(?:historie|verlauf|geschichte)|cronologia\s+delle\s+(?:revisioni|versioni)|revisiegeschiedenis|versiegeschiedenis|historia\s+(?:zmian|wersji)|история\s+(?:изменений|версий|редакций)|修订(?:历史|记录)|修訂(?:歷史|記錄)|变更(?:历史|记录)|變更(?:歷史|記錄)|改訂履歴|変更履歴|版数管理|개정\s*이력|변경\s*이력)\s*(?:\([^()]*\))?\s*[:：]?$`, 'iu');
/** A part that tells the document's readers or bidders how to use it ("How to read this annex", "Instructions to bidders", "Submission instructions"): about the document or the tender, not the product. */
const READERS_GUIDE_HEADING = new RegExp(String.raw`^${ANNEX_NUMBER}(?:how to (?:read|use|navigate|respond to|answer) (?:this|the) (?:document|annex|appendix|specification|spec|srs|prd|section|tender|rfp|rfq|itt)|reading guide|guide to this document|instructions? (?:to|for) (?:bidders|tenderers|suppliers|respondents|vendors|proposers)|(?:submission|tender|bid|proposal|response) instructions|(?:bidders'?|tenderers'?) instructions)\s*(?:\([^()]*\))?\s*[:：]?$`, 'iu');
/**
 * A team's own working agreement ("Team definition of done", "Definition of Done (team working
 * agreement)", "Working agreements"): how the team works, not what the product does. A story's own
 * "Definition of done" heads its criteria (REQUIREMENT_TERMS); one the heading gives to the team does not.
 */
const TEAM_AGREEMENT_HEADING = new RegExp(String.raw`^${ANNEX_NUMBER}(?:(?:team(?:'s)?|engineering)\s+definition of (?:done|ready)|definition of (?:done|ready)\s*[(（][^()（）]*\b(?:team|working agreement|engineering)\b[^()（）]*[)）]|(?:team\s+)?working agreements?|team agreements?)\s*[:：]?$`, 'iu');
const DISCUSSION_HEADING = /^[^\p{L}]*(?:(?:open|outstanding|unresolved|pending|remaining)\s+(?:questions?|issues|points|items)|questions?(?:\s*(?:&|and)\s*answers?)?|faqs?|frequently asked questions|q\s*&\s*a|non-normative(?:\s+(?:notes?|sections?|guidance|remarks?|text))?|informative notes?|discussion(?: points)?|preguntas(?:\s+(?:abiertas|frecuentes|pendientes))?|cuestiones abiertas|questions (?:ouvertes|en suspens)|offene (?:fragen|punkte)|häufige fragen|perguntas(?:\s+(?:em aberto|abertas|frequentes))?|pertanyaan(?: terbuka)?|domande(?: aperte| frequenti)?|questioni aperte|(?:open |openstaande )?vragen|veelgestelde vragen|(?:otwarte )?pytania(?: otwarte)?|(?:açık )?sorular|(?:öppna )?frågor|câu hỏi(?: mở| thường gặp)?|vấn đề (?:mở|còn mở)|d[úu]vidas(?: em aberto| abertas| pendentes)?|quest[õo]es (?:em aberto|abertas|pendentes)|dudas(?: abiertas| pendientes)?|points (?:ouverts|en suspens)|punti aperti|offene themen)\s*(?:\([^()]*\))?\s*[:：]?$|^[^\p{L}]*(?:[一二三四五六七八九十]+[、.．]\s*)?(?:待确认|待确定|待澄清|需确认|待定|未决|未解决|开放|常见|待確認|待確定|需確認|未決|未解決|開放|常見)?(?:问题|問題|事項|事项)\s*[:：]?$|^[^\p{L}]*(?:よくある質問|未解決の(?:問題|課題)|미해결 (?:질문|문제)|자주 묻는 질문|질문)\s*[:：]?$|^[^\p{L}]*(?:検討事項|未決事項|確認事項|懸案事項|論点|課題)(?:\s*[・/／、]\s*(?:検討事項|未決事項|確認事項|懸案事項|論点|課題))?(?:管理表|一覧|リスト|表)?\s*[:：]?$/iu;
/**
 * A checklist for reviewing the PRD itself ("Review & Acceptance Checklist", "Quality checklist",
 * "Execution Status"): its items say what the document is to be, not what the product does.
 */
const REVIEW_CHECKLIST = /\b(?:review|quality|readiness|completeness|spec(?:ification)?|requirements?|document)\b.*\bchecklist\b|^[^\p{L}]*execution status\b/iu;
/**
 * A MoSCoW heading (`### Must have`, `Should-haves`, `Nice to have`, `MVP must-haves ✅`, a word or
 * two before it at most, and after it an aside or a release at most: `Must have (v1)`, `Should have for
 * launch`): its items are rules of that level. "What users must have before onboarding" is a sentence.
 */
const MOSCOW_HEADING = /^[^\p{L}]*(?:[\p{L}\p{N}]+\s+){0,2}?(must|should|could|nice)[- ](?:to[- ])?haves?\b(?:[^\p{L}]*$|\s*[([—–:|-].*$|\s+(?:for|in|at|by|für|para|pour|per|voor|untuk)\s+[\p{L}\p{N}.]+(?:\s+[\p{L}\p{N}.]+)?[^\p{L}]*$)/iu;
const MOSCOW_LEVELS: Record<string, RuleLevel> = { must: 'must', should: 'should', could: 'may', nice: 'may' };

const HEADING_NUMBER = /^(\d+(?:\.\d+)*)\.?\s/;

/** Does a child heading's number continue its parent's (`5.2` under `5.`)? Unnumbered headings do. */
function continuesNumbering(parent: string, child: string): boolean {
  const p = HEADING_NUMBER.exec(parent);
  const c = HEADING_NUMBER.exec(child);
  return !p || !c || c[1]!.startsWith(`${p[1]}.`);
}

/** A heading that names the document itself rather than a part of it. */
const DOCUMENT_TITLE = /\b(?:documents?|prd|specifications?|spec|documento|dokument)\b|文档|文書|문서/i;
/** DOCUMENT_TITLE's words in Arabic, Hebrew, Persian and Thai: "وثيقة متطلبات المنتج", "מסמך דרישות", "سند نیازمندی‌ها", "เอกสารข้อกำหนด". */
const DOCUMENT_TITLE_AR_HE_FA_TH = /وثيقة|מסמך|سند|เอกสาร/;

/** Labels of requirement and acceptance-criteria lists: RULE_WORDS without the words of rules and policies. */
/** Labels that head a list of rules: the requirement terms, and the English names of a list of constraints (`Validation:`, `Limits:`; a bare `Rules:` heads instructions as often). */
const REQUIREMENT_LABEL_WORDS = either(latinWords(new RegExp(`(?:${REQUIREMENT_TERMS}|validations?(?: rules)?|constraints|invariants|limits)`, 'i')), new RegExp(REQUIREMENT_TERMS_CJK), REQUIREMENT_ABBREVIATIONS, REQUIREMENT_WORDS_AR_HE_FA_TH);

/**
 * Does a short label name a list of requirements or acceptance criteria (`Acceptance criteria`,
 * `Business rules`, `Akzeptanzkriterien`, `核心需求`), and not endpoints, models or pages?
 */
export function namesRules(label: string): boolean {
  return REQUIREMENT_LABEL_WORDS.test(label) && !DOCUMENT_TITLE.test(label) && !DOCUMENT_TITLE_AR_HE_FA_TH.test(label) && !API_WORDS.test(label) && !MODEL_WORDS.test(label) && !PAGE_WORDS.test(label);
}

/**
 * Does a list item's label name the rules listed under it, in the words of business rules (RULE_TERMS:
 * `Rules`, `Constraints`, `Règles`, `Reglas`, `Regeln`, `规则`, `ルール`): `- **Règles :**` over its
 * indented items. Requirements are not named so: `- MVP requirements:` over a list of features is a
 * plan. Nor is a label of endpoints, models or pages (`Validation rules of the API`).
 */
const RULE_LIST_WORDS = either(latinWords(new RegExp(RULE_TERMS, 'i')), new RegExp(RULE_TERMS_CJK));
export function namesRuleList(label: string): boolean {
  return RULE_LIST_WORDS.test(label) && !DOCUMENT_TITLE.test(label) && !DOCUMENT_TITLE_AR_HE_FA_TH.test(label) && !API_WORDS.test(label) && !MODEL_WORDS.test(label) && !PAGE_WORDS.test(label);
}

/**
 * A word pattern bounded by anything but a Latin letter, digit or `_`: `\\b` of a non-Unicode
 * pattern knows ASCII letters only, so `\\bécrans\\b` never matches "Écrans" and `\\bentités?\\b`
 * never matches "Entité". CJK text next to a word still bounds it ("API接口"). For headings and
 * labels: a lookbehind at the start of a pattern is tried at every position of a long text.
 */
/** A pattern or a ScriptPattern: what `either` joins. */
interface Test {
  test(text: string): boolean;
}

function latinWords(words: RegExp): RegExp {
  return new RegExp(`(?<![A-Za-z0-9_\\u00C0-\\u024F\\u1E00-\\u1EFF])${words.source}(?![A-Za-z0-9_\\u00C0-\\u024F\\u1E00-\\u1EFF])`, words.flags);
}

function either(...tests: Test[]): Test {
  return { test: (s) => tests.some((t) => t.test(s)) };
}

/** Which word sets a heading holds: each heading is tested once, its children reuse the answer. */
interface Topics {
  api: boolean;
  model: boolean;
  page: boolean;
  /** Names a UI (UI_HEADING). */
  ui?: boolean;
}

/**
 * What a list item that is only a label is about (`- Data models:`, `- **Key screens**:`): the
 * items nested under it are read as a section of that topic would read them. Undefined for any
 * other item, and for a label of several topics.
 */
export function labelTopic(item: string): 'model' | 'page' | undefined {
  const m = TOPIC_LABEL.exec(item) ?? BARE_TOPIC_LABEL.exec(item);
  if (!m) return undefined;
  const t = topicsOf(m[1]!);
  return t.model && !t.page && !t.api ? 'model' : t.page && !t.model && !t.api ? 'page' : undefined;
}
/**
 * Whether a paragraph that is only a label names screens (`Screens:`, `**Key screens** (mockups
 * attached: `a.png`):`) or models (`Data model (agreed in refinement, see SHOP-111):`, "What the
 * records hold:"): the list right under it is read as a screens or data section would read it. Its
 * parenthetical asides are no part of the label. Undefined for any other line, a list item's
 * among them (`labelTopic` reads those).
 */
export function paragraphTopic(line: string): 'model' | 'page' | undefined {
  if (!line.includes(':') && !line.includes('：') && !line.includes('**') && !line.includes('__')) return undefined;
  const bare = line.includes('(') ? line.replace(/[ \t]*\([^()\n]*\)/g, '') : line;
  const m = PARAGRAPH_LABEL.exec(bare) ?? BOLD_PARAGRAPH_LABEL.exec(bare);
  if (!m || LIST_START.test(line)) return undefined;
  const t = topicsOf(m[1]!);
  return t.model && !t.page && !t.api ? 'model' : t.page && !t.model && !t.api ? 'page' : undefined;
}
/**
 * Whether a paragraph that is only a label (`**Data**`, `Data model:`, `**Entities**:`) names models
 * and nothing else: the list right under it lists models as a data section's would.
 */
export function namesModelsLabel(line: string): boolean {
  const m = MODEL_LABEL.exec(line);
  if (!m) return false;
  const t = topicsOf((m[1] ?? m[2])!);
  return t.model && !t.page && !t.api;
}
/** A paragraph that is only a short label, bold or ending in a colon. */
const MODEL_LABEL = /^[ \t]*(?:(?:\*\*|__)([^:：*_`\n]{2,40}?)[:：]?(?:\*\*|__)[ \t]*[:：]?|([^:：*_`\n]{2,40}?)[ \t]*[:：])[ \t]*$/;
/** A paragraph that is only a short label and its colon. */
const PARAGRAPH_LABEL = /^[ \t]*(?:\*\*|__)?([^:：*_`\n]{2,40}?)(?:\*\*|__)?[ \t]*[:：][ \t]*(?:\*\*|__)?[ \t]*$/;
/** A paragraph that is only a bold label: `**Admin UI**`. */
const BOLD_PARAGRAPH_LABEL = /^[ \t]*(?:\*\*|__)([^:：*_`\n]{2,40}?)(?:\*\*|__)[ \t]*$/;
/** A bold label paragraph, then a list (a blank line between them or not). */
const BOLD_LABEL_THEN_LIST = /^([ \t]*(?:\*\*|__)[^:：*_`\n]{2,40}?(?:\*\*|__)[ \t]*)\r?\n(?:[ \t]*\r?\n)?[ \t]*(?:[-*+]|\d+[.)])[ \t]/gm;
const LIST_START = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]/;
/** A line ending with a colon, then a list item (a blank line between them or not): a paragraph label may head the list. */
const LABEL_THEN_LIST = /^([^\n]{2,120}?[:：](?:\*\*|__)?[ \t]*)\r?\n(?:[ \t]*\r?\n)?[ \t]*(?:[-*+]|\d+[.)])[ \t]/gm;

/** A list item that is only a short label and its colon. */
const TOPIC_LABEL = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]+(?:\*\*|__)?([^:：*_`\n]{2,40}?)(?:\*\*|__)?[ \t]*[:：][ \t]*(?:\*\*|__)?[ \t]*$/;
/** An outline's label item without a colon: one to three words (`- Data`, `- Key screens`). */
const BARE_TOPIC_LABEL = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]+(?:\*\*|__)?(\p{L}+(?:[ \t]\p{L}+){0,2})(?:\*\*|__)?[ \t]*$/u;
/** BARE_TOPIC_LABEL's line, then an item nested under it. */
const BARE_LABEL_THEN_NESTED = /^([ \t]*(?:[-*+]|\d+[.)])[ \t]+(?:\*\*|__)?\p{L}+(?:[ \t]\p{L}+){0,2}(?:\*\*|__)?[ \t]*)\r?\n[ \t]+(?:[-*+]|\d+[.)])[ \t]/gmu;
/** A label item's line, then an item nested under it. */
const TOPIC_LABEL_THEN_NESTED = /^([ \t]*(?:[-*+]|\d+[.)])[ \t]+[^\n:：]{2,50}[:：](?:\*\*|__)?[ \t]*)\r?\n[ \t]+(?:[-*+]|\d+[.)])[ \t]/gm;

/** A sentence that ends on the screens the list after it names: "so the customer side needs basically 3 screens:", "Las pantallas:". */
export const LEADS_TO_SCREENS = /(?<![\p{L}])(?:screens|pages|views|pantallas|páginas|telas|écrans|seiten|bildschirme|ansichten|schermate|pagine|schermen|halaman)[ \t]*[:：][ \t]*$|(?:画面|页面|頁面|화면)[ \t]*[:：][ \t]*$/iu;

/** Cheap test for a section body: does a label item about models or pages have items nested under it, or a label paragraph (or a bold one) a list under it? */
export function mayContainTopicLabel(body: string): boolean {
  if ((body.includes('**\n') || body.includes('__\n') || body.includes('**\r\n'))) {
    for (const m of body.matchAll(BOLD_LABEL_THEN_LIST)) if (paragraphTopic(m[1]!)) return true;
  }
  if (body.includes('\n ') || body.includes('\n\t')) {
    for (const m of body.matchAll(BARE_LABEL_THEN_NESTED)) if (labelTopic(m[1]!)) return true;
  }
  if (!body.includes(':\n') && !body.includes(':\r\n') && !body.includes('：')) return false;
  for (const m of body.matchAll(TOPIC_LABEL_THEN_NESTED)) if (labelTopic(m[1]!)) return true;
  for (const m of body.matchAll(LABEL_THEN_LIST)) if (paragraphTopic(m[1]!) || LEADS_TO_SCREENS.test(m[1]!)) return true;
  return false;
}

/** A toggle at the left margin with its summary (`<details>` then `<summary>Data</summary>`, as Notion exports a toggle heading): the summary in group 1. */
const TOGGLE_AT_MARGIN = /^<details>[ \t]*(?:\r?\n)?[ \t]*<summary>([^<>\n]*)<\/summary>/gm;

/**
 * Where an out-of-scope section's toggle headings start: the offset in `body` of the first toggle at
 * the left margin whose summary names a part of the spec alone (data, API, screens; an aside in parentheses aside) and not something put
 * off. A founder's Notion page sets its toggles (`🗂️ Data`, `🔌 API`, `📱 Screens`) right after a
 * "Not now" list, with no heading between: a toggle heading ends that list's section as a heading
 * would. A summary naming a feature (`Payments v2`) or a "later" toggle stays out of scope.
 */
export function toggleHeadingStart(body: string): number | undefined {
  if (!body.includes('<summary>')) return undefined;
  for (const m of body.matchAll(TOGGLE_AT_MARGIN)) {
    const summary = m[1]!;
    // The part's name alone, as a heading gives it (`Data`, `API`, `Screens`); an aside may follow in parentheses.
    const name = summary.replace(/\([^()]*\)/g, ' ');
    if ((name.match(/\p{L}+/gu)?.length ?? 0) > 2) continue;
    const t = topicsOf(name);
    if (!t.api && !t.model && !t.page) continue;
    const asides = summary.match(/(?<=\()[^()]*(?=\))/g) ?? [];
    if (!namesOutOfScope(summary) && !LINE_OUT_OF_SCOPE.test(summary) && !asides.some(namesOutOfScope)) return m.index;
  }
  return undefined;
}

/**
 * A toggle at the left margin (`<details>`, `<details open>`) with its summary on that line or the
 * next, tags inside the summary allowed (`<summary><strong>API</strong> (click to expand)</summary>`):
 * the summary in group 1.
 */
const TOGGLE_SECTION = /^<details(?:[ \t][^<>\n]*)?>[ \t]*(?:\r?\n[ \t]*)?<summary[^<>\n]*>((?:(?!<\/summary>)[^\n]){1,200})<\/summary>/gm;
/** The line that closes a toggle. */
const TOGGLE_CLOSE = /^[ \t]*<\/details>[ \t]*\r?$/gm;

/** A part of a section body, from `start` to `end`, and the context it is read in. */
export interface TogglePart {
  start: number;
  end: number;
  ctx: SectionContext;
}

/**
 * A section body cut at the toggles at its left margin, each read as a subsection under its summary: a
 * living document folds its parts into `<details>` (`<summary>Data model</summary>`, `<summary>Phase 2
 * (not for launch)</summary>`), the summary a heading in all but name. What stands outside the toggles
 * keeps the section's context. Undefined when the body has no such toggle.
 */
export function toggleParts(body: string, ctx: SectionContext): TogglePart[] | undefined {
  if (!body.includes('<details')) return undefined;
  const parts: TogglePart[] = [];
  let at = 0;
  for (const m of body.matchAll(TOGGLE_SECTION)) {
    if (m.index < at) continue;
    if (m.index > at) parts.push({ start: at, end: m.index, ctx });
    TOGGLE_CLOSE.lastIndex = m.index + m[0].length;
    const close = TOGGLE_CLOSE.exec(body);
    const end = close ? close.index + close[0].length : body.length;
    parts.push({ start: m.index, end, ctx: toggleContext(ctx, m[1]!.replace(/<[^<>]*>/g, '').trim()) });
    at = end;
  }
  if (parts.length === 0) return undefined;
  if (at < body.length) parts.push({ start: at, end: body.length, ctx });
  return parts;
}

/** The context of a toggle titled `title` in a section with context `parent`, as sectionContexts gives a subsection's. */
function toggleContext(parent: SectionContext, title: string): SectionContext {
  const words = titleWords(title);
  const self = words.topics;
  const heading = headingWords(title);
  const own = !words.review && (words.moscow !== null || words.rules);
  const rules = (own || (parent.rules && !heading.discussion)) && !words.review && !self.api && !self.model && !self.page;
  return {
    ...parent,
    trail: [...parent.trail, title],
    api: self.api || (parent.api && !self.page && !self.ui),
    model: self.model || (parent.model && !self.api),
    page: self.page || (parent.page && !self.api && !self.model),
    rules,
    outOfScope: parent.outOfScope || words.outOfScope || SECOND_PHASE.test(title) || LINE_OUT_OF_SCOPE.test(title),
    noRules: !rules && (heading.discussion || words.authorNotes || words.review || (!!parent.noRules && !own)),
    ruleLevel: !rules ? undefined : words.moscow ? MOSCOW_LEVELS[words.moscow[1]!.toLowerCase()] : own ? undefined : parent.ruleLevel,
  };
}

function topicsOf(title: string): Topics {
  return { api: API_WORDS.test(title), model: MODEL_WORDS.test(title), page: PAGE_WORDS.test(title), ui: UI_HEADING.test(title) };
}

const NO_TOPICS: Topics = { api: false, model: false, page: false };

/** What the words of a section title say, wherever the section stands in the outline. */
export interface TitleWords {
  topics: Topics;
  /** A heading that names an endpoint (`### GET /api/legacy/items`) is judged by its words, not its path. */
  outOfScope: boolean;
  /** A MoSCoW heading's match ("have" is in every one: most titles are tested no further). */
  moscow: RegExpExecArray | null;
  /** Names requirements, acceptance criteria or rules, and not the document itself. */
  rules: boolean;
  /** A note to the PRD's author (14 characters at least in every one: most titles are tested no further). */
  authorNotes: boolean;
  /** A checklist for reviewing the document (REVIEW_CHECKLIST): no rules, even under a requirements heading. */
  review: boolean;
  /** Labels itself one requirement (LABELLED_REQUIREMENT): a rules section whatever its topic words. */
  requirement: boolean;
}

/**
 * A heading that labels itself one requirement, then names it: OpenSpec's `### Requirement: Card
 * payment on the hosted invoice page`, Kiro's `### Requirement 3: Owner portal`, `Requirement 2.1 —
 * Export API`. Its scenarios are rules though its name holds a page's, an API's or a model's word.
 */
const LABELLED_REQUIREMENT = /^\s*requirement(?:[ \t]+[A-Za-z]{0,4}-?\d[\w.-]*)?[ \t]*[:：—–][ \t]*\S/i;

/** Does a heading or a label (`**Out of scope**`, `No-gos:`) say that what it heads is out of scope, given up or for later? */
export function namesOutOfScope(title: string): boolean {
  return (OUT_OF_SCOPE.test(title) && OUT_OF_SCOPE.test(proseOf(title))) || DROPPED_STATUS.test(title) || LATER_HEADING.test(title) || NOT_BUILT_HEADING.test(proseOf(title)) || (title.includes('~~') && STRUCK_HEADING.test(title)) || CALLS_OUT_HEADING.test(title);
}

/**
 * A heading of the calls the product makes to another system, whose endpoints are that system's:
 * "What Vetrelay calls on Pawsure", "Calls to Stripe", "Outbound requests", "Partner APIs", "APIs we
 * call", "External systems", "Genutzte Fremdschnittstellen", "Servicios externos", "外部依赖". Not "External API" alone: a product may name its own public API so.
 */
const CALLS_OUT_HEADING = /\bwhat [\p{L}\p{N}-]+ calls\b|\bcalls (?:to|on|into) (?:the )?\p{Lu}|\b(?:outgoing|outbound) (?:calls|requests|api calls|integrations?)\b|\b(?:partner|third[- ]party) (?:apis|endpoints|api endpoints|services|systems)\b|\b(?:apis|endpoints|services) we (?:call|use|consume)\b|\bexternal (?:systems|services)\b|fremdschnittstellen|fremdsysteme|genutzte (?:externe )?(?:schnittstellen|dienste)|(?:servicios|sistemas|serviços|services|systèmes|servizi|sistemi) extern(?:os|as|es|i)\b|外部依赖|外部依賴|外部服务|外部服務|外部サービス|外部システム|외부 (?:연동|서비스|시스템)/iu;

/** A heading struck through as a whole (`### ~~`/buy/group`: Group licences~~`): what it names was taken out of the document. */
const STRUCK_HEADING = /^[^\p{L}\p{N}`~]*~~[^~]+~~\s*$/u;

/**
 * A heading that says what it lists is there to be read, not built: a change request's "Existing system
 * (for context only — no change)", "Current endpoints (unchanged)", an integration spec's "Interfaces
 * consumed from the ERP (not built by this project)", a sprint backlog's "Moved out of the sprint".
 * "Unchanged" and "no change" only open the heading or an aside: "Skip the save when the form is
 * unchanged" names a feature. "Not built" says by whom or where: "What is not built yet" lists work to do.
 */
const NOT_BUILT_HEADING = /\bfor (?:context|reference|information) only\b|(?:^[^\p{L}]*|[([—–:]\s*|\s-\s*)(?:unchanged|no changes?)(?![\p{L}])|\bnot (?:being )?built (?:by|here|in|as part of)\b|\bconsumed from\b|\b(?:moved|taken|pulled) out of (?:the |this |our )?(?:sprint|release|scope|iteration|milestone|mvp)\b/iu;

function titleWords(title: string): TitleWords {
  // "(not requirements)": its items are notes, not rules.
  const disclaims = title.includes('not') && NOT_REQUIREMENTS.test(title);
  return {
    topics: topicsOf(title),
    outOfScope: namesOutOfScope(title),
    moscow: title.includes('ave') || title.includes('AVE') ? MOSCOW_HEADING.exec(title) : null,
    rules: RULE_WORDS.test(title) && !DOCUMENT_TITLE.test(title) && !DOCUMENT_TITLE_AR_HE_FA_TH.test(title) && !disclaims && !TEAM_AGREEMENT_HEADING.test(title),
    authorNotes: title.length >= 14 && (AUTHOR_NOTES_HEADING.test(title) || disclaims),
    review: REVIEW_CHECKLIST.test(title),
    requirement: (title.includes('equirement') || title.includes('EQUIREMENT')) && LABELLED_REQUIREMENT.test(title),
  };
}

/** What a whole heading (number included) says: a goals heading, a discussion heading. */
export interface HeadingWords {
  goals: boolean;
  discussion: boolean;
}

/** An annex's label before its title: "Appendix B — ", "Annexe A : ", "Anhang C – ", "Anexo 2. ". */
const ANNEX_LABEL = /^[^\p{L}]*(?:appendix|annex|annexe|anhang|anlage|anexo|ap[ée]ndice|allegato|bijlage|lampiran|za[łl][ąa]cznik|bilaga|приложение|додаток)\s+(?:[A-Z]|\d+|[IVX]+)(?:\.\d+)*\s*[—–:.-]\s*/iu;

function headingWords(full: string): HeadingWords {
  // "Annexe B — Glossaire" is a glossary as "Glossaire" is.
  const heading = full.replace(ANNEX_LABEL, '');
  return {
    goals: GOALS_HEADING.test(heading) || EUROPEAN_GOALS_HEADING.test(heading),
    discussion: DISCUSSION_HEADING.test(heading) || GLOSSARY_HEADING.test(heading) || EUROPEAN_DISCUSSION_HEADING.test(heading) || EUROPEAN_GLOSSARY_HEADING.test(heading) || DISCUSSION_HEADING_AR_HE_FA_TH.test(heading) ||
      DOCUMENT_HISTORY_HEADING.test(heading) ||
      READERS_GUIDE_HEADING.test(heading) ||
      TEAM_AGREEMENT_HEADING.test(heading),
  };
}

/**
 * What the titles and headings of one document's outline say, each distinct one read once. A
 * watching session hands the last run's to the next (see `sectionContexts`): a save re-reads only
 * the headings it changed.
 */
export interface OutlineWords {
  titles: Map<string, TitleWords>;
  headings: Map<string, HeadingWords>;
}

/**
 * Contexts for every section of a document, in order. Parents are found by heading level. A
 * document repeats its titles ("Overview", "Data", "Acceptance Criteria"): each distinct title and
 * heading is read once per call, or taken from `previous` (what an earlier call on the same
 * document read; none of it is changed). A run's documents repeat them too (a template's
 * headings): `shared`, when given, is read and added to in place of a memo of this call's own.
 * @returns the contexts, and what this call read, to hand to the next as `previous`
 */
export function sectionContexts(doc: PrdDocument, previous?: OutlineWords, shared?: OutlineWords): { contexts: SectionContext[]; words: OutlineWords } {
  const stack: Array<{ level: number; heading: string; trail: string[]; outOfScope: boolean; topics: Topics; rules: boolean; noRules: boolean; ruleLevel: RuleLevel | undefined }> = [];
  const titles = shared?.titles ?? new Map<string, TitleWords>();
  const headings = shared?.headings ?? new Map<string, HeadingWords>();
  // A memo shared by a run's documents outlives each of them: it reads and keeps copies of their headings, not pieces of their text.
  const keep = shared ? detach : undefined;
  const title = doc.sections.find((s) => s.level === 1);
  const contexts = doc.sections.map((section) => {
    while (stack.length > 0 && stack[stack.length - 1]!.level >= section.level && section.level > 0) stack.pop();
    const top = stack.length > 0 ? stack[stack.length - 1]! : undefined;
    const words = carried(titles, previous?.titles, section.title, titleWords, keep);
    // The stack below the parent is the one the parent saw: its trail and scope hold for its children.
    const outOfScope = words.outOfScope || (top !== undefined && top.outOfScope) || droppedByStatus(doc, section);
    const trail = top ? [...top.trail, section.title] : [section.title];
    // The first level-1 heading is the document's title; a later one (API Blueprint's `# Group …`,
    // `# Business rules`) opens a section as a level-2 heading does.
    const level = section.level === 1 && section !== title ? 2 : section.level;
    // The nearest headings decide: "Data" under "API Design" is about models, not endpoints. No
    // pattern spans the " / " between parent and heading, so "near" is either one holding the words.
    const self = words.topics;
    const parent = top ? top.topics : NO_TOPICS;
    // A requirements heading makes its whole subtree a list of rules, unless a child is about
    // structure. The document's title ("# Product Requirements Document") names the whole PRD: it does not.
    // A numbered heading whose number does not continue its parent's ("7.3" under "5. Rules") was
    // added elsewhere in the outline: it does not inherit the parent's rules.
    const moscow = level > 1 ? words.moscow : null;
    const review = section.level > 0 && words.review;
    const ownRules = level > 1 && !review && (moscow !== null || words.rules);
    const heading = section.level > 0 ? carried(headings, previous?.headings, section.heading, headingWords, keep) : undefined;
    // Questions under a requirements heading (`## Requirements` → `### Open questions`) are asked, not required.
    const inheritsRules = top !== undefined && top.rules && continuesNumbering(top.heading, section.heading) && !(heading !== undefined && heading.discussion);
    const rules = (ownRules || inheritsRules) && !review && (words.requirement || (!self.api && !self.model && !self.page));
    // Goals are stated near the top of the outline (level 2 at most); deeper, a "Goals" heading is a feature's.
    const ownNoRules = heading !== undefined && ((level <= 2 && heading.goals) || words.authorNotes || heading.discussion || review);
    const noRules = !rules && (ownNoRules || (top !== undefined && top.noRules && !ownRules));
    const ruleLevel = !rules ? undefined : moscow ? MOSCOW_LEVELS[moscow[1]!.toLowerCase()] : ownRules ? undefined : top?.ruleLevel;
    if (section.level > 0) stack.push({ level: section.level, heading: section.heading, trail, outOfScope, topics: self, rules, noRules, ruleLevel });
    return {
      section,
      label: section.heading,
      trail,
      // A screens heading is about pages even under an API-titled parent (`# Pet Clinic API` → `## Screens`).
      // So is a heading that names a UI (`# Shipments API` → `## Dashboard`).
      api: self.api || (parent.api && !self.page && !self.ui),
      model: self.model || (parent.model && !self.api),
      page: self.page || (parent.page && !self.api && !self.model),
      rules,
      outOfScope,
      noRules,
      ruleLevel,
      lineOffset: section.line - 1,
      // Set by the extraction, which knows the whole document (doc-scope.ts): here, so every context has one shape.
      apiPrefix: undefined,
      ownHosts: undefined,
    };
  });
  return { contexts, words: { titles, headings } };
}

/**
 * A ticket's status line right under its heading says it was given up, as issue trackers export
 * it: `Status: **Canceled** · Reason: …`, `**Status:** Won't do`, `Status: Duplicate of SCH-12`,
 * Azure DevOps' `**State:** Removed`.
 */
const DROPPED_STATUS_LINE = /^(?:[ \t]*\S[^\n]*\n){0,2}?[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?(?:status|state)(?:\*\*|__)?[ \t]*[:：][ \t]*(?:\*\*|__)?[ \t]*(?:canceled|cancelled|won'?t do|wontfix|dropped|descoped|de-scoped|abandoned|duplicate|removed)\b/i;

/** Does the section's body open with a status that says its feature was given up (DROPPED_STATUS_LINE)? */
function droppedByStatus(doc: PrdDocument, section: PrdSection): boolean {
  if (section.level === 0) return false;
  const head = doc.text.slice(section.bodyStart, Math.min(section.end, section.bodyStart + 400));
  return (head.includes('tatus') || head.includes('TATUS') || head.includes('tate') || head.includes('TATE')) && DROPPED_STATUS_LINE.test(head.replace(/\r/g, '').replace(/^(?:[ \t]*\n)+/, ''));
}

/** A roadmap's last column as a heading of its own (`### Later`, `Später`, `Más adelante`, `Later (phase 2)`), or a triage's `### Cut`: what is under it is not for this release. */
const LATER_HEADING = /^[^\p{L}]*(?:later|cut|dropped|someday|someday\/maybe|später|más adelante|más tarde|mais tarde|plus tard|ultérieurement|più avanti|nanti(?: saja| dulu)?|belakangan|(?:na)later|później|sonra|позже|để sau|sau này|以后|以後|後で|今後|나중에)[^\p{L}]*(?:[(（][^()（）\n]*[)）][^\p{L}]*)?$/iu;

/** A heading marked with a status that says its feature was given up: "Tablet view (dropped)", "Kiosk mode [descoped]", "Export — cancelled". */
const DROPPED_STATUS = /[([]\s*(?:dropped|descoped|de-scoped|cancell?ed|abandoned|shelved|cut|won'?t do|wontfix)\s*[)\]]|\s[—–-]\s*(?:dropped|descoped|de-scoped|cancell?ed|abandoned|shelved)\s*$/i;

/**
 * The English words of a line that says what it names is not to be built. A status word denied is no
 * such word, nor one a "whether" clause asks about: "every tool that is not retired", "the non-legacy
 * accounts", "whether it is retired" name what is built.
 */
const LINE_OUT_OF_SCOPE_EN = /\b(?:out[- ]of[- ]scope|(?:there (?:is|are)|there's) no(?=\s*(?:`(?:GET|POST|PUT|PATCH|DELETE)\s|[—–.,;)]))|(?:please )?(?:don't|do not) add (?:one|it|them|this|that)\b|(?:dropped|removed|cut)\b[^.;\n]{1,80}?\bfrom (?:this|the) (?:spec(?:ification)?|scope|release|mvp|v\d|prd|plan|design)\b|leave (?:it|them|this|that) out\b|leave\b[^.;\n]{1,80}?\bout of (?:the )?(?:v\d|mvp|build|beta|pilot|launch|first release|this release)\b|(?:deliberately|intentionally|purposely|on purpose) no\b|not an? (?:separate|new|distinct|real|product) (?:endpoint|route|api|page|screen)|not built|never built|not build\b(?<=, not build)|not (?:being )?(?:built|pursued)|not (?:building|implementing|shipping)|(?:do not|don't|must not) (?:change|modify|extend|touch) (?:it|them|this|that|these)|no new (?:endpoints?|routes?|pages?|screens?|work)|decided:? no\b|not part of|not in scope|(?<!\bnot (?:yet )?|\bnon-|\bwhether (?:it|they) (?:is|are) )(?:legacy|deprecated|obsolete)|no longer|(?:kept|stays?|remains?|left) (?:as[- ]is|unchanged)|goes away|go away|going away|will not be|won't be|excluded(?<=(?:^|[^a-z] |[^ ]|\b(?:is|are|was|were|be|been|being|gets?|got|stays?|remains?|and|or) )excluded)|excluded (?:from|for|in) (?:the |this )?(?:mvp|scope|v\d|release|launch|first|initial|current)|not (?:being )?(?:carried over|ported|migrated)|not (?:porting|migrating)|removed in|(?<!\bnot (?:yet )?|\bnon-|\bwhether (?:it|they) (?:is|are) )(?:sunset|retired)|non[- ]goal|deferred|(?:is|are|stays?|remains?|was|were) (?:parked|on hold)|post[- ]mvp|not (?:in|for) (?:the )?mvp|not for (?:the )?(?:launch|v1|first release|initial release)|(?:in|for|until) (?:a )?(?:later|future) (?:release|phase|version|iteration)|not in (?:this|the(?: (?:first|initial|current))?|our) (?:release|version|phase|iteration|pilot|beta|launch|slice|sprint|milestone)|(?:will not|won't|do not|don't|shall not|must not) (?:build|implement|support|ship|include|provide|expose|port))\b/i;
/**
 * LINE_OUT_OF_SCOPE_EN's words in the other known languages.
 * Without the u flag (several times faster on every line): a word starts at \b and ends before
 * no letter of Latin or Cyrillic script; Cyrillic words, which \b does not know, need no start, nor
 * do Vietnamese words that start with a letter \b does not know (`đã bỏ`: đ only ever starts a syllable).
 * Exported for the test that holds it to the one pattern it is cut from (`byScript`).
 */
export const LINE_OUT_OF_SCOPE_TRANSLATED = byScript(
  'i',
  String.raw`đã (?:bị )?(?:loại )?bỏ(?! qua)|(?:wordt|worden) niet (?:opnieuw )?gebouwd|不再使用|不再支持|不再提供|已下线|已下線|已停用|不采用|不採用|見送り|더 이상 (?:사용|지원)(?:하지|되지) 않|больше не (?:используется|поддерживается)|отказались от|已弃用|已廢棄|已废弃|旧接口|舊接口|非本期|本期不|不在本期|二期|第二期|第二阶段|第二階段|本次不(?:开发|開發|实作|實作|实现|實現|做|纳入|納入)|下一期|次期フェーズ|次フェーズ|今回は?(?:作成|実装|開発|対応)しない|(?:は|を)(?:提供|実装|用意)しない|(?:は|を)(?:提供|実装|用意)しません|不(?:提供|实现|實作)(?:此|该|該)?(?:接口|端点|端點|功能)|제공하지 않|第2期|次期(?:開発|リリース|バージョン)|先不做|后续版本再|後續版本再|下个版本再|下個版本再|추후 (?:개발|도입|검토|지원)|차기 (?:사업|버전|단계)|향후 (?:개발|도입|검토)|MVP 이후|(?:지금|이번에?(?:는)?) 안 (?:함|한다|해요|합니다)|第2フェーズ|フェーズ2|2차 개발|2차 (?:사업|단계|오픈|릴리스)|(?:에서|에서는) 제외(?:한다|된다|함|됨|하며|하고|합니다|됩니다)|不在范围|不在範圍|暂不|暫不|廃止|非推奨|対象外|範囲外|사용 중단|범위 외|범위에서 제외|개발에서 제외|2차 범위|폐지 예정|устарел[аио]?|вне рамок|не входит в (?:рамки|объ[её]м)`,
  // Arabic, Hebrew, Persian and Thai: out of scope, not part of (the project), a second phase, retired.
  String.raw`خارج (?:ال)?نطاق|غير مشمول|ليست? (?:جزءًا|جزءا|ضمن) |المرحلة الثانية|מחוץ ל(?:ה)?(?:תחום|היקף)|(?:אינו|אינה|אינם|אינן|לא) חלק מ|בשלב (?:ה)?(?:שני|הבא)|שלב 2|خارج از (?:محدوده|دامنه)|فاز (?:دوم|۲|2)|مرحله (?:دوم|بعد)|منسوخ|นอกขอบเขต|ไม่อยู่ในขอบเขต|เฟส ?(?:ที่ ?)?2|เลิกใช้`,
  [String.raw`\b(?:`, String.raw`obsolet[oa]s?|obsolète|veraltet|conservée? tel(?:le)? quel(?:le)?|(?:reste|restent|demeure|demeurent) inchangée?s?|bleib(?:t|en) unverändert|(?:se mantiene|se mantienen|permanece|permanecen) (?:sin cambios|igual)|blijf(?:t|en) ongewijzigd|pozostaj[eą] bez zmian|en desuso|no (?:incluir|se incluye|se incluyen|incluid[oa]s?) en (?:el|la|este|esta) (?:mvp|versión|entrega|fase|alcance)|deprecad[oa]s?|descontinuad[oa]s?|fuera (?:de|del) alcance|fora do escopo|hors (?:du )?(?:périmètre|champ)|déprécié(?:e|s|es)?|außerhalb des umfangs|nicht im umfang|deprecat[oaie]|fuori (?:ambito|perimetro|scopo)|non (?:è )?previst[oaie]|verrà rimoss[oa]|verouderd|buiten (?:de )?scope|niet in scope|maakt geen deel uit|nicht (?:mehr )?(?:verwendet|genutzt|benötigt)|nicht teil (?:dieses|des) (?:projekts|vorhabens)|nicht in (?:diesem|dem|der) (?:ersten )?(?:release|version|phase|mvp|ausbaustufe|stufe|sprint)|(?:ficam|fica|quedan|queda) exclu[ií]d[oa]s?|exclu[ií]d[oa]s? (?:d[oa] (?:presente|âmbito|escopo)|de(?:l| la| esta)? (?:entrega|alcance|versión|fase))|(?:em|numa|para|en|para una|a) fase posterior|nicht bestandteil|n'est pas concerné(?:e|s)?|ne (?:fait|font) pas partie|(?:est |sont )?report(?:é|ée|és|ées) (?:à|a|au|en) (?:la |une )?(?:phase|version|étape|lot|prochaine|plus tard)|entfällt (?:in|ab|für|im|bis) (?:der |dieser )?(?:version|v\d|phase|release|stufe|ausbaustufe|mvp)|ne sont pas concerné(?:e|s)?|pas concerné(?:e|s)? par|no forma parte|ya no se usa|non fa parte|não faz parte|(?:rota|api|endpoint) antiga|(?:ruta|api|endpoint) (?:antigua|viej[oa])|no (?:hay que|hace falta|se va a|vamos a) migrar(?:l[oa]s?)?|no se migra(?:n|rá|rán)?|não (?:será|serão|vai ser|vão ser|precisa ser|precisam ser) migrad[oa]s?|ne (?:sera|seront) pas migré(?:e|s|es)?|(?:wird|werden) nicht migriert|tidak (?:perlu )?dimigrasi|(?:vai|vão|irá|irão) ser (?:desligad|desativad|descontinuad)[oa]s?|não mexer|ditunda dulu|(?:fase|versi|tahap) (?:berikutnya|selanjutnya)|tidak termasuk (?:dalam )?(?:mvp|cakupan|rilis ini|versi ini)|bukan (?:bagian dari )?mvp|fora d[oe] âmbito|(?:fica|ficam) para (?:a |uma )?(?:próxima|segunda|outra) (?:fase|versão|etapa)|(?:queda|quedan) para (?:la |una )?(?:próxima|siguiente|segunda|otra) (?:fase|versión|etapa)|no entra(?:n)? en (?:esta|la primera) (?:versión|fase|entrega)|(?:dans|pour) une (?:phase|version|étape) ultérieure|report(?:é|ée|és|ées) à plus tard|zurückgestellt|(?:in|für) (?:eine|einer) spätere(?:n)? (?:version|ausbaustufe|phase|stufe)|ditunda (?:ke|sampai|hingga) (?:fase|versi|rilis|tahap)|di luar cakupan|usang|poza zakresem|nie (?:jest )?w zakresie|przestarzał[aey]?|wycofan[aey]|kapsam dışı(?:nda)?|kullanımdan kaldırıl(?:dı|an|acak)|artık kullanılmıyor|utanför (?:omfånget|scope)|inte i scope|föråldrad|utfasad|(?:est|sont|a été|ont été|sera|seront) abandonné(?:e|s|es)?|(?:puis|mais|avons) (?:abandonn|écart)é(?:e|s|es)?|(?:valutat|considerat|esaminat)[oaie] e (?:poi )?scartat[oaie]|stat[oaie] (?:scartat|abbandonat)[oaie]|dismess[oaie]|(?:evaluad|considerad|avaliad)[oa]s? (?:y|e) (?:luego |depois )?descartad[oa]s?|(?:fue|fueron|ha sido|han sido|foi|foram|está|estão|será|serão) (?:descartad|abandonad)[oa]s?|(?:geprüft|erwogen|evaluiert|diskutiert|bewertet) und verworfen|(?:wurde|wurden) verworfen|(?:tidak|sudah tidak) (?:lagi )?(?:digunakan|dipakai|didukung) lagi|tidak lagi (?:digunakan|dipakai|didukung)|(?:dievaluasi|dipertimbangkan) (?:dan|lalu|tetapi) (?:ditolak|dibatalkan)|ngoài phạm vi|không (?:thuộc|nằm trong) phạm vi|ngừng (?:hỗ trợ|sử dụng)|không còn (?:được )?(?:sử dụng|dùng|hỗ trợ)|không dùng nữa|(?:bị|sẽ bị) (?:gỡ|loại) bỏ|lỗi thời`, String.raw`)(?![A-Za-z\u00C0-\u024F\u0400-\u04FF\u1E00-\u1EFF0-9])`],
  // Swedish, Czech, Ukrainian and Greek.
  String.raw`застарі(?:лий|ла|ле|лі|лих)|переносити (?:його|її|їх) не потрібно|не потрібно (?:його |її |їх )?переносити|у цій версії не реалізу\S*|εκτός (?:πεδίου|εύρους)|δεν (?:θα )?υλοποι(?:είται|ηθεί)|καταργ(?:είται|ήθηκε|ημένο|ημένη)`,
  [String.raw`\b(?:`, String.raw`avvecklas|avvecklad|ska inte återskapas|ingår inte|mimo rozsah|není součástí|zastaral(?:ý|á|é)`, String.raw`)(?![A-Za-z\u00C0-\u024F\u0400-\u04FF\u1E00-\u1EFF0-9])`],
);
const LINE_OUT_OF_SCOPE_WORDS = either(LINE_OUT_OF_SCOPE_EN, LINE_OUT_OF_SCOPE_TRANSLATED);

/**
 * A second phase, where the line puts what it names off to, in the known languages ("is phase 2", a
 * tag at the line's end: "…, phase 2.", "… (phase 2)",
 * "— друга фаза", "во второй фазе", "queda para una segunda fase", "ikinci fazda", "→ fase 2", "queda para la fase 2",
 * "reporté à la phase 2"); English's later
 * phase is LINE_OUT_OF_SCOPE_EN's. Tested only on a line that holds a word for a phase.
 */
const SECOND_PHASE = /(?<![A-Za-z\u00C0-\u024F\u0400-\u04FF])(?:(?:is|are|for|until|to) (?:a )?(?:phase (?:2|two|ii)|second phase)(?![A-Za-z0-9])|(?:[,;—–(→]|->) ?(?:phase|fase) (?:2|two|ii|dua)\)?[.;]?\s*$|(?:para|pour|per|voor|untuk|ke|à|a) (?:la |a |o |une |de )?(?:fase|phase) (?:2|dos|dois|deux|due|twee|dua)(?![A-Za-z0-9])|(?:für|in|ab) phase (?:2|zwei|ii)(?![A-Za-z0-9])|segunda fase|tweede fase|zweiten phase|(?:deuxième|seconde) phase|drugiej fazie|druga faza|ikinci (?:faz|aşama)(?:da|de|a|ya)?|andra fasen?|втор(?:ой|ую) фаз[еуы]|втором этапе|друг(?:а|ій|у) фаз[аіу]|другому етапі)(?![A-Za-z\u00C0-\u024F\u0400-\u04FF])/i;

/** Code spans and paths or URLs: names, not prose (`/api/legacy/items` says nothing about scope). */
const NAMES = /`[^`\n]*`|(?<![\p{L}\p{N}_.])\/[^\s`'"),;]*/gu;

/** Values in parentheses joined by bars, as a field's type lists them: `(available | on_loan | retired)`. */
const VALUE_LIST = /\(\s*[\p{L}\p{N}_-]+(?:\s*\|\s*[\p{L}\p{N}_-]+)+\s*\)/gu;

/** The prose of a text: its code spans, paths and URLs blanked out, and the values a field may take (`retired` there says nothing of scope). */
export function proseOf(text: string): string {
  const named = text.includes('`') || text.includes('/') ? text.replace(NAMES, ' ') : text;
  return named.includes('|') && named.includes('(') ? named.replace(VALUE_LIST, ' ') : named;
}

/**
 * A question asks whether to build what it names, it does not ask for it: "Should a GET request to
 * `/api/export` be paginated?", "Should users log in at `/sso` instead?". Its prose (code spans and
 * paths blanked, so `/items?page=2` is no question) ends with a question mark.
 */
/** A marker the PRD leaves for a question still open (Spec Kit): `[NEEDS CLARIFICATION: email, Teams or both?]`. */
export const CLARIFICATION = /\[(?:NEEDS CLARIFICATION|TBD|TBC|TODO|OPEN QUESTION)\b[^\]]*\]/gi;
/** CLARIFICATION as a plain test, without its global state. */
const HAS_CLARIFICATION = new RegExp(CLARIFICATION.source, 'i');

/** A Greek question: Greek letters, then the Greek question mark (U+037E) or the semicolon it is typed as, at the end. */
export const GREEK_QUESTION = /[\u0370-\u03ff\u1f00-\u1fff][^;\u037e]*[;\u037e]["”'’»]?\s*$/u;

/**
 * A Thai question, which ends in a particle rather than a mark: "…ได้หรือไม่", "…ไหม", "…หรือเปล่า", "…ใช่ไหม",
 * maybe before an aside.
 */
const THAI_QUESTION_END = /(?:หรือไม่|ไหม|หรือเปล่า|มั้ย)[\s.*_]*(?:\([^()]*\)[\s.]*)?$/;
/** Does a text end as a Thai question does (THAI_QUESTION_END)? */
export function endsAsThaiQuestion(text: string): boolean {
  return (text.includes('ไม') || text.includes('เปล่า') || text.includes('มั้ย')) && THAI_QUESTION_END.test(text);
}

export function isQuestion(line: string): boolean {
  // Arabic and Persian write their own question mark (؟).
  if (line.includes('؟')) return isQuestion(line.replace(/؟/g, '?'));
  if (!line.includes('?') && !line.includes('？')) return endsAsThaiQuestion(line) || ((line.includes(';') || line.includes('\u037e')) && GREEK_QUESTION.test(proseOf(line)));
  // A clarification marker asks about a requirement; the line still states it.
  if (line.includes('[') && HAS_CLARIFICATION.test(line)) return isQuestion(line.replace(CLARIFICATION, '').trimEnd());
  // A question may end with an aside: "是否应该支持券叠加使用？（待运营确认）", "Paginate? (ask ops)", or with the first
  // sentence of a longer one, cut at its stop: "リセットすべきか？（現場は累積のまま、品質保証課はリセットを希望。".
  if (/[?？][)\]*_\s]*(?:[(（][^()（）]*(?:[)）][\s.。]*)?)?$/.test(proseOf(line))) return true;
  // A path that ends the line with a bare "?" holds no query: "Should the page live at /dash?".
  const end = line.replace(/[)\]*_`\s]+$/, '');
  const last = end.slice(end.lastIndexOf(' ') + 1).replace(/^[`(*_]+/, '');
  return last.startsWith('/') && last.indexOf('?') === last.length - 1;
}

/**
 * A line that says what it names is not to be built (any language, as for headings). Only its
 * prose counts: "GET /api/old (legacy, out of scope)" is out, `GET /api/legacy/items` is not.
 */
export const LINE_OUT_OF_SCOPE = {
  // The words first: most lines have none, and then nothing is rewritten.
  test: (line: string): boolean =>
    (LINE_OUT_OF_SCOPE_WORDS.test(line) && LINE_OUT_OF_SCOPE_WORDS.test(proseOf(line))) ||
    ((line.includes('fas') || line.includes('faz') || line.includes('phase') || line.includes('фаз') || line.includes('этап') || line.includes('етап')) && SECOND_PHASE.test(proseOf(line))) ||
    ((line.includes('removed') || line.includes('retired') || line.includes('dropped')) && REMOVED_NAME.test(line)) ||
    ((line.includes('ndpoint') || line.includes('oute') || line.includes('API')) && (line.includes('emov') || line.includes('etir') || line.includes('rop')) && REMOVE_ENDPOINTS.test(proseOf(line))) ||
    ((line.includes('Remov') || line.includes('Retir') || line.includes('Drop')) && REMOVED_LABEL.test(line)) ||
    (line.includes('~~') && STRUCK_NAME.test(line)) ||
    (line.includes('changed') && UNCHANGED.test(proseOf(line))),
};
/** What this work leaves as it is: "The `GET /api/search` endpoint is unchanged by this feature", "The admin pages are not changed by this project". */
const UNCHANGED = /\b(?:(?:is|are|stays?|remains?) unchanged|(?:(?:is|are|will be) not|will not be|won't be|isn't|aren't) changed) (?:by|in|for) (?:this|the)\b/i;
/** A changelog's item that opens with what was taken away: "- **Removed** `POST /api/v1/x` — superseded by …", "Dropped: `/beta`". */
const REMOVED_LABEL = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?(?:Removed|Retired|Dropped)(?:\*\*|__)?\s*[:：—–-]?\s*(?=`|\/|(?:GET|POST|PUT|PATCH|DELETE)\s)/;
/** A route or name struck through (`~~`DELETE /api/x`~~`, `~~/beta~~`, `~~Print view `/x/print`~~`): deleted from the document, kept only as a record. */
const STRUCK_NAME = /~~[^~`\n]{0,60}?(?:`[^`~\n]*`|(?:(?:GET|POST|PUT|PATCH|DELETE)\s+)?(?<![\p{L}\p{N}])\/[^\s~]*)[^~\n]{0,40}~~/u;
/**
 * A route or endpoint the line says is taken away: the name right before "is removed" (`` `POST
 * /api/v1/search/save` is removed by this design ``), or a few words after it that say what it names
 * ("the `/referrals` endpoints in the old mock-ups are dropped"), or a pronoun after it ("had `POST /x`; it was
 * dropped in review"), or "Remove the security-question endpoints".
 * "The item is removed from the cart", "a DELETE removes the endpoint" and "remove an endpoint" (what
 * a call does to one record) name no route to take away: they say what a call does.
 */
const REMOVED_NAME = /(?:`|\/[\w{}:.-]*)(?:[^\S\n]+(?:endpoints?|routes?|pages?|screens?|APIs?)(?:[^\S\n]+[\w-]+){0,4})?(?:[^\S\n]*[;,][^\S\n]*(?:it|which|this|that))?[^\S\n]+(?:is|are|was|were|will be|gets?|got|has been|have been)[^\S\n]+(?:now[^\S\n]+|then[^\S\n]+|later[^\S\n]+)?(?:removed|retired|dropped)\b/;
const REMOVE_ENDPOINTS = /\b(?:(?:[Rr]emov(?:e|ing)|[Rr]etir(?:e|ing)|[Dd]rop(?:ping)?)[^\S\n]+(?!(?:an?|one|any|each)[^\S\n])(?:the[^\S\n]+|all[^\S\n]+|old[^\S\n]+)*(?:[\w-]+[^\S\n]+){0,3}(?:endpoints?|routes?|APIs?)|(?:[Rr]emoves|[Rr]etires|[Dd]rops)[^\S\n]+(?:the[^\S\n]+|all[^\S\n]+|old[^\S\n]+)*(?:[\w-]+[^\S\n]+){0,3}(?:endpoints|routes|APIs))\b/;
/**
 * A table cell that is only a status saying the row's route is gone or given up: `Removed`, `Retired`,
 * `Cut` (a Notion database's), `⛔ Dropped — replaced by S-02`, Confluence's `(x) Rejected — audit trail must be kept`,
 * or given up along with a feature: `cut with online payment`.
 */
export const REMOVED_STATUS = /^[^\p{L}\p{N}]*(?:\([x!/]\)\s*)?(?:(?:removed|retired|dropped|descoped|cut|won'?t do|sunset|sunsetted|discontinued|deleted|not planned|entfernt|eliminado|removido|supprimé|已移除|已删除|削除|삭제)\s*(?:[—–:(-]\s*(?:replaced|superseded|merged|in favou?r of|see|use)\b.*)?|(?:cut|dropped|descoped)\s+(?:(?:along|together)\s+)?with\s.*|(?:rejected|declined|abgelehnt|rechazado|rejeitado|rejeté|已拒绝|却下|거절)\s*(?:[—–:(-]\s*\S.*)?)$/iu;

/** The end of a sentence: its punctuation, then white space or the end of the line. */
const SENTENCE_END = /[.!?。！？](?:\s|$)/g;
/** SENTENCE_END as a plain test, without its global state. */
const ENDS_A_SENTENCE = new RegExp(SENTENCE_END.source);

/**
 * A line without the clauses that say what they name is out of scope, when another clause of it
 * does not: "new `/rewards` and `/points/history`; the `/stamps` route goes away" keeps its first
 * clause. Clauses end at a semicolon; each clause put away is blanked, so what stays keeps its place.
 */
export function inScopeClauses(line: string): string {
  if (!line.includes(';') || !LINE_OUT_OF_SCOPE.test(line)) return line;
  const clauses = line.split(/(?<=;)/);
  const out = clauses.map((c) => LINE_OUT_OF_SCOPE.test(c));
  // A clause that puts away no path of its own speaks of the one before ("`GET /up` is the health check; it is internal only"): the whole line is out.
  if (out.every(Boolean) || !out.some(Boolean) || clauses.some((c, i) => out[i] && !c.includes('/'))) return line;
  return clauses.map((c, i) => (out[i] ? ' '.repeat(c.length) : c)).join('');
}

/** Code marks that name no route: a file path or a word (`legacy/prototype/`), read as a word where a sentence goes on. */
const NAMELESS_CODE = /`(?!\/|(?:GET|POST|PUT|PATCH|DELETE)\b)[^`]*`/g;
/** A line that goes on with a sentence begun above (its first letter lower case) and names nothing before the sentence ends. */
const GOES_ON = /^\s*[a-z][^/`.!?。！？]*(?:[.!?。！？][)\]"'”’]*(?:\s|$)|$)/;

/** A line that opens with a route, maybe after a method: a row of a listing of routes. */
const ROUTE_ROW = /^\s*(?:[-*+]\s+)?(?:(?:GET|POST|PUT|PATCH|DELETE)\s+)?`?\/[\w:{[]/;

/**
 * Which lines of a paragraph or list item say that what they name is out of scope: a line that
 * does (LINE_OUT_OF_SCOPE), the lines its sentence wraps onto ("Out of scope: the booking page\n
 * (`/book/:slug`) and its API (`GET /api/slots`)."), up to the line where that sentence ends, and
 * the lines of a sentence that says so only where it wraps ("Backfills (`POST /x/backfill`) are\n
 * not part of this build."), back to the line where that sentence starts.
 */
/** Where the text after a line's last sentence end starts; 0 when no sentence ends in it. */
function lastSentenceEnd(line: string): number {
  let last = 0;
  for (const m of line.matchAll(SENTENCE_END)) last = m.index! + m[0].length;
  return last;
}

export function outOfScopeLines(lines: readonly string[]): boolean[] {
  const out: boolean[] = [];
  let open = false;
  let previous = '';
  for (const line of lines) {
    // Rows of routes, one a line (`/invoices  monthly invoices (phase 2)` then `/bake-list  bake list`): a row's note ends with its row.
    if (open && line.includes('/') && ROUTE_ROW.test(line) && ROUTE_ROW.test(previous)) open = false;
    previous = line;
    const own = LINE_OUT_OF_SCOPE.test(line);
    out.push(own || open);
    const goesOn = own && !open && out.length > 1 ? GOES_ON.exec(line.includes('`') ? line.replace(NAMELESS_CODE, 'code') : line) : null;
    if (goesOn && LINE_OUT_OF_SCOPE.test(goesOn[0])) {
      for (let j = out.length - 2; j >= 0 && !out[j]; j--) {
        if (!ENDS_A_SENTENCE.test(lines[j]!)) {
          out[j] = true;
          continue;
        }
        // The line the sentence starts on, after another sentence's end: out too when that head names no path.
        const last = lastSentenceEnd(lines[j]!);
        if (last < lines[j]!.trimEnd().length && !lines[j]!.slice(0, last).includes('/')) out[j] = true;
        break;
      }
    }
    if (own) {
      // The sentence still open at the line's end: the text after its last sentence end.
      const last = lastSentenceEnd(line);
      open = last < line.trimEnd().length && LINE_OUT_OF_SCOPE.test(line.slice(last));
    } else if (open) {
      open = !ENDS_A_SENTENCE.test(line);
    }
  }
  return out;
}

/**
 * The lines of a paragraph with the tail of an out-of-scope sentence's last line kept: a line that
 * is out (`outOfScope`) only because such a sentence wrapped onto it ("we\ndon't build a card form,
 * we just listen for their\nwebhook. So we need `POST /api/hooks`") and that goes on after the
 * sentence ends holds a new sentence there: its head is blanked, its tail read. Changes `outOfScope`
 * in place; returns the lines (a new array only when one changed).
 */
export function keepTailsAfterOutOfScope(lines: string[], outOfScope: boolean[]): string[] {
  let out: string[] | undefined;
  for (let i = 1; i < lines.length; i++) {
    if (!outOfScope[i] || !outOfScope[i - 1]) continue;
    const line = lines[i]!;
    const end = ENDS_A_SENTENCE.exec(line);
    if (!end || line.slice(end.index + 1).trim() === '' || LINE_OUT_OF_SCOPE.test(line)) continue;
    out ??= [...lines];
    out[i] = ' '.repeat(end.index + 1) + line.slice(end.index + 1);
    outOfScope[i] = false;
  }
  return out ?? lines;
}
