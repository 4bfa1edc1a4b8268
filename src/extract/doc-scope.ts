import { readBlocksFast, type PrdDocument, type PrdSection } from '../prd/index.js';
import { LINE_OUT_OF_SCOPE, type SectionContext } from './context.js';
import { findMethodPaths, findPaths, normalizeApiPath, type MethodPathMatch } from './paths.js';

/*
 * What a PRD says once for many endpoints: which host is its own API's (a call written to any other
 * host is one the product makes, not one it serves), and the prefix its paths are written relative to.
 */

const METHOD_OR_CURL_URL = /(?:\b(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b[`*\s]*|\bcurl\b[^\n]{0,300}?)https?:\/\/([^\s/`'"<>)\]]+)(\/[^\s`'"<>)\]?#]*)?/g;
/**
 * A line that says which host is the API's: "Base URL: https://…", "The public API host is
 * `https://…`", API Blueprint's `HOST: https://…`; not "the server calls POST https://…".
 */
const HOST_LINE = /\b(?:base[ -]?urls?|api[ -](?:host|server|domain|base(?:[ -]?url)?)|(?:public |production )?host(?:name)?)\b[*_`]*\s*(?:[:=]|is\b|ist\b|est\b|es\b|é\b|adalah\b)\s*[*_`<]*https?:\/\/([^\s/`'"<>)\]]+)/gi;
const LOCAL_HOST = /^(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])(?::\d+)?$/;

/** Is a host (lower case, port kept) a local server's: `localhost:3000`, `127.0.0.1`? */
export function isLocalHost(host: string): boolean {
  return LOCAL_HOST.test(host);
}

/**
 * The hosts of the product's own API, as the PRD writes them: a host that names a base URL or API
 * host, a host called with two paths or more (`curl https://api.billfold.example/v2/invoices`,
 * `…/v2/clients`), a local server, or a host one of whose labels holds a word of the PRD's title
 * (`ingest.plantcare.example` in "PlantCare"). Any other host written with a method is another
 * company's API that the product calls (`POST https://api.stripe.com/v1/payment_intents`).
 * Lower case, port kept.
 */
export function ownApiHosts(doc: PrdDocument): ReadonlySet<string> {
  const own = new Set<string>();
  const text = doc.text;
  if (!text.includes('://')) return own;
  const paths = new Map<string, Set<string>>();
  for (const m of text.matchAll(METHOD_OR_CURL_URL)) {
    const host = m[1]!.toLowerCase();
    let set = paths.get(host);
    if (!set) paths.set(host, (set = new Set()));
    set.add(m[2] ?? '/');
  }
  if (paths.size === 0) return own;
  for (const m of text.matchAll(HOST_LINE)) own.add(m[1]!.toLowerCase());
  const words = titleWords(doc);
  const called = calledSystems(text);
  for (const [host, set] of paths) {
    const labels = host.replace(/:\d+$/, '').split('.');
    const named = (w: string) => labels.some((l) => l.includes(w));
    if (isLocalHost(host) || words.some(named) || (set.size >= 2 && !called.some(named))) own.add(host);
  }
  return own;
}

/**
 * The systems a PRD says it calls or integrates with, lower case: "We call Rotamaster", "Integration
 * with Rotamaster", "Rotamaster's API". A host named after one is that system's, however many of its
 * paths the PRD writes.
 */
const CALLED_SYSTEM = /\b(?:[Ww]e (?:call|query|poll|invoke)|[Ii]ntegrat(?:ion|es?|ing) with|[Cc]alls? (?:out )?to|[Ss]ync(?:s|ed)? (?:from|with))\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}]+)|\b(\p{Lu}[\p{L}\p{N}]+)['’]s\s+(?:API|endpoints?|server|service)\b/gu;
function calledSystems(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(CALLED_SYSTEM)) {
    const name = (m[1] ?? m[2])!.toLowerCase();
    if (name.length >= 4) names.push(name);
  }
  return names;
}

/**
 * The words of four letters or more of the PRD's title (front matter `title`, else its first heading),
 * lower case, letters only. A title that names the product before a dash or a colon ("Portside —
 * shipment tracking for a freight forwarder") has that name's words only: the description after it
 * holds common nouns ("freight") another company's host may hold too.
 */
function titleWords(doc: PrdDocument): string[] {
  const fm = doc.frontmatter?.data.title;
  const title = typeof fm === 'string' ? fm : (doc.sections.find((s) => s.level === 1)?.heading ?? '');
  const words = (t: string) => (t.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => !COMMON_TITLE_WORDS.has(w));
  const cut = /\s[—–-]\s|:\s/.exec(title);
  const named = cut ? words(title.slice(0, cut.index)) : [];
  return named.length > 0 ? named : words(title);
}

/** Title words that name no product ("PRD", "Product Requirements", "API"…). */
const COMMON_TITLE_WORDS = new Set(['product', 'requirements', 'requirement', 'document', 'specification', 'spec', 'draft', 'design', 'feature', 'features', 'service', 'services', 'system', 'platform', 'with', 'from', 'into', 'your', 'release', 'version', 'phase', 'project', 'proposal', 'overview', 'http', 'https', 'rest', 'public', 'internal', 'admin', 'mobile', 'portal', 'dashboard', 'app', 'apps', 'application', 'management', 'tool', 'tools', 'example', 'sample', 'demo', 'test']);

/** A base path named in words, in the known languages (RegExp source: BASE_PATH_WORDS's and BASE_HEADING's). */
const BASE_PATH_CORE = String.raw`\bbase[ -]?path\b|\b(?:ruta|caminho|rota) base\b|\bchemin de base\b|\bbasis-?pfad\b|\b(?:path|jalur) dasar\b|基础路径|基礎路徑|ベースパス|기본 경로`;
/** Words that name a base path itself, whatever the section ("relativ zum Basispfad `/api/v2`"): unlike "relative to" or "prefix", never a folder's. */
const BASE_PATH_WORDS = new RegExp(`${BASE_PATH_CORE}|根路径|根路徑`, 'i');
/**
 * Says the paths near it are written relative to a prefix: "relative to", "Präfix", "préfixe", "base path",
 * "前缀"…, or names the base itself right before it in a known language: "la base `/api/v1`", "ruta base",
 * "chemin de base", "Basispfad", "path dasar", "基础路径", "ベースパス", "기본 경로".
 */
const PREFIX_CUE = new RegExp(String.raw`${BASE_PATH_WORDS.source}|\brelati[vf]\w*|\bpr[eéä]fi(?:x|xe|jo|sso|xo|ks)\w*|\b(?:base|basis|(?:api )?root|ra[ií]z|racine|wurzel(?:pfad)?)(?:\s+(?:de la |da |de l'|der |of the )?api)?(?=\s?:?\s+\x60\/)|前缀|前綴|プレフィックス|接頭辞|配下|から始ま|접두사|접두어|접두 ?경로|앞에(?:는)?[^.。\n]{0,30}붙|프리픽스|\bawalan\b|\x60\s*(?:아래|하위|밑)(?:에|의)|공통 경로|(?:로|으로) 시작|相対パス|相对路径|相對路徑|상대 경로|\x60\s*(?:开头|開頭)`, 'i');
/**
 * A sentence that says it speaks of the API's paths, wherever it stands: "All API paths below are relative to `/api/v1`";
 * "las rutas de la API", "os caminhos da API", "les routes de l'API", "API-Pfade", "jalur API", "API のパス", "API 路徑", "API 경로".
 */
const API_PATHS =
  /\bAPI (?:paths|routes|endpoints|urls)\b|\b(?:endpoint|route) paths\b|\b(?:rutas|rotas|caminhos|chemins|routes|pfade|percorsi|jalur|endpoints?) (?:de la|de l'|del|da|do|des|der|dell'|dari)\s?API\b|\bAPI-?(?:Pfade|Routen|Endpunkte)\b|\b(?:jalur|rute|endpoint) API\b|API\s?(?:の)?(?:パス|ルート|エンドポイント)|API\s?(?:路径|路徑|端点|端點)|API\s?(?:경로|엔드포인트)/i;
/** A URL whose host is an API's: `https://api.example.com`, `https://api-eu.example.com`. */
const API_HOST = /https?:\/\/api[.-]/i;
/** A sentence that opens with a "Base URL" label: `**Base URL:** https://…`, `- Base URL: …`, `API base URL —`. */
const BASE_URL_LABEL = /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?(?:api[ \t]+)?base[ -]?url(?:\*\*|__)?[ \t]*[:：—–](?:\*\*|__)?/i;
const BASE_URL_CUE = /\bbase[ -]?url\b|ベースURL|基础URL|基礎URL|基本URL|베이스 ?URL|기본 ?URL/i;
/**
 * Says where the routes are mounted: "Routers are mounted under `/api/v1`", "all endpoints are served
 * at `/api`". Said of routes, routers or endpoints in the plural: "the JSON API is one plugin mounted at
 * `/api`" speaks of one part, and code beside it may mount others elsewhere. The same in Spanish,
 * Portuguese, French, German and Indonesian: "Todas las rutas cuelgan de `/api`", "Alle Pfade liegen unter `/api/v1`".
 */
const MOUNT_CUE = /\b(?:routes|routers|endpoints|paths|resources|handlers|controllers)\b[^.;:]{0,40}?\b(?:mounted|served|exposed|hosted|live|lives)\s+(?:under|at|below|beneath)\b|\b(?:rutas|rotas|routes|pfade|routen|endpunkte|rute|jalur|endpoints|servicios|serviços)\b[^.;:]{0,40}?(?:\bcuelgan de\b|\bficam (?:sob|em)\b|\bsont (?:servies|exposées|montées) sous\b|\bliegen unter\b|\bberada di bawah\b)/i;
/**
 * Says every path of the API sits under a path, its subject the whole API: "Everything is under `/api/v1`",
 * "All console endpoints sit under `/admin/api`", "All under `/ops/api`", "Internal JSON API under
 * `/api/internal`", "All paths start with `/v2`", "The routes above all live under `/api`"; in Spanish,
 * Portuguese, French, German, Italian, Dutch and Indonesian too ("Todo está bajo `/api`", "Tout est sous
 * `/api`", "Alles liegt unter `/api`", "Tutti gli endpoint sono sotto `/api`"); Spanish, Portuguese and Italian teams call the endpoints services ("Todos los
 * servicios cuelgan de `/api/v1`", "Todos os serviços ficam sob `/api`"). The path comes right after
 * the preposition, in code marks, as a plain path (group 1): "Everything is documented under
 * `https://docs.example.com/api`" names a web site. An API named for another service ("The payments API is
 * under `/v2`", "Stripe's API…") is not the product's: only an API named by an article or a few words that
 * say what kind it is (REST, JSON, internal) counts.
 */
const UNDER_CUE =
  /(?:(?<![\p{L}\p{N}])(?:everything(?=\s+(?:is|lives|sits|goes|hangs|stays|resides|under|below|beneath)\s)|(?:todo|tudo|tout|alles|tutto|semuanya)(?=\s+(?:está|esta|fica|est|liegt|ist|è|sta|ada|berada|bajo|sob|sous|unter|sotto|cuelga|pende)\s))|(?:^|\()\s*(?:all|todo|toutes?|alle|tutt[ie])(?=\s+(?:under|below|beneath|bajo|sob|sous|unter|sotto|onder)\s)|(?<![\p{L}\p{N}])(?:all|every|todas las|todos los|todas as|todos os|toutes les|tous les|alle|tutti gli|tutte le|semua)(?:\s+of)?(?:\s+(?:the|our|its|these|los|las|os|as|les|die|de|gli))?(?:\s+[\p{L}-]+){0,2}?\s+(?:routes?|endpoints?|paths?|urls?|apis?|(?:server\s+)?address(?:es)?|resources|operations|requests|calls|rutas|rotas|chemins|pfade|routen|endpunkte|percorsi|rotte|rute|jalur|servicios|serviços|servizi|dienste|layanan)|(?:^|[,(]|(?<![\p{L}\p{N}])(?:the|our|this|its|an?|la|el|o|die|unsere?|onze|nostra|nuestra|nossa))\s*(?:(?:rest|json|http|https|internal|public|private|admin|mobile|web|graphql|backend|interne?|intern[ao]|pública?|publique|öffentliche)[\s/]+){0,3}api|(?<![\p{L}\p{N}])die\s+(?:(?:rest|http|json|web)-)?schnittstelle|(?<![\p{L}\p{N}])the\s+(?:routes|endpoints|paths)\s+(?:above|below|listed)|^\s*(?:[-*+]\s+)?(?:(?:rest|json|http|internal|public|admin|api)\s+)?(?:routes|endpoints|paths))(?![\p{L}\p{N}])[^.;:`]{0,60}?(?<![\p{L}\p{N}])(?:under|below|beneath|(?:start|begin)s?\s+with|prefixed\s+(?:with|by)|(?:empiezan|comienzan|empieza|comienza)\s+(?:por|con)|come[cç]am\s+(?:com|por)|commencent\s+par|beginnen\s+mit|iniziano\s+(?:con|per)|dimulai\s+dengan|beginnen\s+met|hangs?\s+(?:off|from)|bajo|debajo de|cuelgan? de|sob|sous|unterhalb von|unterhalb|unter|sotto|onder|di bawah|diawali(?: dengan)?)\s+(?:`(\/[A-Za-z0-9._~-]+(?:\/[A-Za-z0-9._~-]+)*)\/?`|(\/(?:api|rest|v\d+)(?:\/[A-Za-z0-9._~-]+)*)\/?(?=[\s.,;:)]|$))/iu;
/**
 * Says, as an instruction, that every path of the API takes a prefix: "prefix everything with `/api/v1`",
 * "Prefix all the routes with `/api`" (group 1).
 */
const PREFIX_ALL = /\bprefix(?:ing)?\s+(?:everything|all(?:\s+(?:the|our|of the))?(?:\s+[\p{L}-]+)?\s+(?:routes|endpoints|paths|urls|calls|requests|apis))\s+with\s+`(\/[A-Za-z0-9._~-]+(?:\/[A-Za-z0-9._~-]+)*)\/?`/iu;
/** A sentence that opens with where the API is mounted, no subject before it: "Mounted under `/yard/api`.", "Served at `/api/v2`." (group 1). */
const MOUNTED_ALONE = /^\s*(?:[-*+]\s+)?(?:mounted|served|exposed|hosted)\s+(?:under|at|below|on)\s+`(\/[A-Za-z0-9._~-]+(?:\/[A-Za-z0-9._~-]+)*)\/?`/i;
/**
 * Says the product's whole back end sits under a path, with one verb at most between: "Todo el backend
 * vive bajo `/api/v1`", "The whole backend lives under `/api`" (group 1). "The backend keeps its files
 * under `/var/data`" says where files are.
 */
const BACKEND_UNDER = /(?<![\p{L}\p{N}])(?:the|our|el|la|o|le|das|der|il|nuestro|nosso|notre|unser)\s+(?:(?:whole|entire|inteiro|entier|gesamte)\s+)?(?:backend|back[- ]end|servidor|serveur|server)\s+(?:\p{L}+\s+)?(?:under|below|beneath|bajo|sob|sous|unter|sotto)\s+`(\/[A-Za-z0-9._~-]+(?:\/[A-Za-z0-9._~-]+)*)\/?`/iu;
/** The cheap test for UNDER_CUE: a preposition or verb it needs. */
const UNDER_WORDS = /under|below|beneath|starts? with|begins? with|prefixed (?:with|by)|(?:empiezan?|comienzan?) (?:por|con)|come[cç]am|commencent|beginnen|iniziano|dimulai|hangs? (?:off|from)|bajo|debajo|cuelga|sob\b|sous|unter|sotto|onder|di bawah|diawali/i;

/** A static path in a code span (`/api/v1`), or a URL with a path (`https://api.x.com/v2`). */
const PREFIX_PATH = /`(?:https?:\/\/[^\s/`]+)?(\/[A-Za-z0-9._~-]+(?:\/[A-Za-z0-9._~-]+)*)\/?`/;
const BASE_URL_PATH = /https?:\/\/(?:<[^<>\s]+>|[^\s/`'"<>)])+(\/[A-Za-z0-9._~-]+(?:\/[A-Za-z0-9._~-]+)*)\/?(?=[\s`'")>.,;]|$)/;

/**
 * The prefix a sentence says paths are written relative to: "the paths below are relative to
 * `/api/v1`", "Alle Endpunkte liegen unter dem Präfix `/api/v1`", "## REST routes (relative to
 * `/rest`)", "Routers are mounted under `/api/v1`", "Base URL: `https://api.example.com/v2`" (a base URL's path, when it is an API's:
 * `/api…`, `/v2`, `/rest`). A sentence that puts what it names out of scope, or asks, says none.
 */
export function declaredPrefix(sentence: string): string | undefined {
  return readPrefix(sentence)?.path;
}

/**
 * declaredPrefix with what the sentence says it holds of: `whole` when it speaks of every path of the
 * API (UNDER_CUE: "Everything is under `/api/v1`", "The routes above live under `/api`"), wherever it
 * stands in its section, before or after the list. Outside a section about the API (`api` false) only a
 * sentence about routes or endpoints says so, not one about paths relative to a folder.
 */
function readPrefix(sentence: string, api = true): { path: string; whole: boolean; except?: string[]; below?: boolean } | undefined {
  if (!sentence.includes('/') || sentence.includes('?')) return undefined;
  const found = cuedPrefix(sentence, api);
  // The scope test last: most sentences name no prefix.
  if (!found || LINE_OUT_OF_SCOPE.test(sentence)) return undefined;
  const except = exemptPaths(sentence);
  // The API's base path named outside the API's sections (an architecture clause, the system's overview) holds for the sections after it.
  const below = BELOW.test(sentence) || (!api && !found.whole && BASE_PATH_WORDS.test(sentence) && NAMES_API.test(sentence));
  return except || below ? { ...found, ...(except ? { except } : {}), ...(below ? { below } : {}) } : found;
}

/** "API" or "REST" as a word of its own, in any language's sentence ("APIのベースパス", "interfaces (API) REST"). */
const NAMES_API = /(?<![A-Za-z])(?:api|rest)(?![A-Za-z])/i;

/** "All routes below …", "the endpoints that follow", "ci-dessous", "a continuación", "de abajo", "abaixo", "nachfolgend", "berikut", "以下", "下文", "下記", "아래": the sentence speaks of the sections after it too. */
const BELOW = /(?<![\p{L}])(?:below|that follow|following|hereafter|ci-dessous|a continuación|(?:de |más )?abajo|abaixo|a seguir|nachfolgend|unten|berikut)(?![\p{L}])|以下|以降|以后|以後|下記|下文|下面|後述|아래|이후/iu;

/** "except", "apart from", "other than", and the same in the languages the cues know: what follows sits outside the prefix. */
const EXCEPT = /(?<![\p{L}])(?:except(?:ing)?|apart from|other than|aside from|save for|but not|sauf|hormis|excepto|salvo|menos|exceto|außer|ausgenommen|kecuali|除了|除外|以外|제외)(?![\p{L}])/iu;

/**
 * The paths a prefix's sentence leaves out of it: "Every route below is mounted under `/v1`, except
 * the health probe, which sits at the root as `/healthz`" (the paths in code marks after the word).
 */
function exemptPaths(sentence: string): string[] | undefined {
  const m = sentence.includes('`') ? EXCEPT.exec(sentence) : null;
  if (!m) return undefined;
  const paths = findPaths(sentence.slice(m.index).replace(/`/g, ' ')).map((p) => p.path);
  return paths.length > 0 ? paths : undefined;
}

/** The prefix a sentence's cue names (see readPrefix), whatever it says of its scope. */
function cuedPrefix(sentence: string, api: boolean): { path: string; whole: boolean } | undefined {
  const under = (sentence.includes('`/') || sentence.includes(' /')) && UNDER_WORDS.test(sentence) ? UNDER_CUE.exec(sentence) ?? BACKEND_UNDER.exec(sentence) : null;
  // "Mounted under `/yard/api`.": in an API section, a sentence with no subject that says where it all is mounted.
  const bare = api && !under ? MOUNTED_ALONE.exec(sentence) : null;
  if (bare) return { path: bare[1]!.replace(/\/+$/, ''), whole: true };
  const all = !under && sentence.includes('refix') ? PREFIX_ALL.exec(sentence) : null;
  if (all) return { path: all[1]!.replace(/\/+$/, ''), whole: true };
  if (under) {
    // A path without code marks only when it reads as an API's base (`/api`, `/v2`, `/rest`): "everything is under /api."
    const path = (under[1] ?? under[2])!.replace(/\/+$/, '');
    return normalizeApiPath(path) === path ? { path, whole: true } : undefined;
  }
  if (((api || API_PATHS.test(sentence) || BASE_PATH_WORDS.test(sentence)) && PREFIX_CUE.test(sentence)) || MOUNT_CUE.test(sentence)) {
    const m = PREFIX_PATH.exec(sentence);
    if (m) return { path: m[1]!.replace(/\/+$/, ''), whole: false };
  }
  if ((api || BASE_URL_LABEL.test(sentence)) && BASE_URL_CUE.test(sentence)) {
    const m = BASE_URL_PATH.exec(sentence.replace(/`/g, ' '));
    // An API's base: `/api…`, `/rest`, a version segment anywhere (`/booking/v1`), or any path of an API's host (`https://api.x.com/booking`) a "Base URL:" label gives.
    if (m && (/^\/(?:api|rest|v\d+)\b/i.test(m[1]!) || /\/(?:api|rest|v\d+(?:\.\d+)?)(?:\/|$)/i.test(m[1]!) || (API_HOST.test(sentence) && BASE_URL_LABEL.test(sentence)))) return { path: m[1]!, whole: false };
  }
  return undefined;
}

/** The cheap test of an API section's body that may state a prefix: a word PREFIX_CUE, MOUNT_CUE, BASE_URL_CUE or UNDER_CUE needs. */
const PREFIX_WORDS = new RegExp(`${UNDER_WORDS.source}|relati|ベース|베이스|基础|基礎|基本|기본|pr[eéä]fi|base|basis|root|ra[ií]z|racine|wurzel|dasar|awalan|根路|プレフィックス|接頭辞|配下|から始ま|프리픽스|접두|붙|공통 경로|시작|아래|하위|开头|開頭|mounted|served|exposed|hosted|live|ficam|servies|exposées|montées|liegen|berada|前缀|前綴|相対パス|相对路径|相對路徑|상대 경로`, 'i');

/**
 * A settings table's key that names the API's base (`| API_BASE | /api/interp |`, `| **Base path** |`,
 * `| api.prefix |`, `| Basis-Pfad |`): the row's value is the base of every path of the API.
 */
const BASE_SETTING = new RegExp(String.raw`[*_\x60]*(?:(?:api|rest)[ _.-]?)?(?:base(?:[ _.-]?(?:path|url|uri))?|prefix|root[ _.-]?path|context[ _.-]?path)(?:[ _.-]?(?:api|url|path))?[*_\x60]*|[*_\x60]*(?:${BASE_PATH_CORE}|${BASE_URL_CUE.source})[*_\x60]*`, 'iu');
/** A settings row whose key is BASE_SETTING: the value cell's path, or a URL's path (group 1 or 2). */
const BASE_SETTING_ROW = new RegExp(String.raw`^[ \t]*\|[ \t]*(?:${BASE_SETTING.source})[ \t]*\|[ \t]*\x60?(?:https?:\/\/[^\s/\x60|]+(\/[A-Za-z0-9._~-]+(?:\/[A-Za-z0-9._~-]+)*)|(\/[A-Za-z0-9._~-]+(?:\/[A-Za-z0-9._~-]+)*))\/?\x60?[ \t]*\|`, 'iu');

const BASE_SETTING_KEY = new RegExp(`^(?:${BASE_SETTING.source})$`, 'iu');

/** Is a table cell a settings key that names the API's base (BASE_SETTING)? Its row gives no endpoint of its own. */
export function isBaseSettingKey(cell: string): boolean {
  return cell.length < 40 && BASE_SETTING_KEY.test(cell.trim());
}

const BASE_SETTING_ROWS = new RegExp(BASE_SETTING_ROW.source, 'imu');

/** Does a section body hold a settings row that names the base (BASE_SETTING_ROW)? */
export function hasSettingsBase(body: string): boolean {
  return body.includes('|') && BASE_SETTING_ROWS.test(body);
}

/** The base a settings row gives (BASE_SETTING_ROW), or undefined. */
export function settingsBase(row: string): string | undefined {
  const m = row.includes('|') ? BASE_SETTING_ROW.exec(row) : null;
  return m ? (m[1] ?? m[2])! : undefined;
}

/**
 * The cheap test of a section not about the API: a path in code marks after words of routes or
 * endpoints (on the same line or the next) or "prefix … with", a base URL, "everything is under /api", or a base path named as such
 * ("relative to the base path `/api/v1`", in a tender's "Interfaces" clause), or "every server address will start with `/api/v1`",
 * or "every address in this section sits under `/api/v2`" (an API's base: a path with an `api`, `rest` or version segment;
 * "every volunteer address is kept under `/data/addresses`" names a folder), or a settings row that names the base (BASE_SETTING).
 */
const MAY_MOUNT = new RegExp(
  String.raw`\b(?:[Rr]outes|[Ee]ndpoints|API)\b[^\x60]{0,80}\x60\/|\b[Bb]ase[ -]?(?:URL|url)\b[^\n\x60]{0,20}\x60?https?:\/\/|\b[Pp]refix(?:ed|ing)?\s[^\n\x60]{0,40}\bwith\s+\x60\/|\b(?:[Ee]verything|[Aa]ll)\b[^\n]{0,60}\b(?:under|below)\s+\x60?\/(?:api|rest|v\d)|(?:${BASE_PATH_CORE})[^\n\x60]{0,20}\x60\/|\b(?:every|all)\b[^.\x60]{0,80}\b(?:start|begin)s?\s+with\s+\x60\/|(?<![\p{L}])(?:every|all|todas?|todos?|toutes?|tous|alle|tutt[ie]|semua)(?![\p{L}])[^\n\x60]{0,80}(?<![\p{L}])(?:under|below|beneath|bajo|sob|sous|unter|sotto|onder)\s+\x60\/(?:[\w.~-]+\/)*(?:api|rest|v\d+)[\/\x60]|^[ \t]*\|[ \t]*(?:${BASE_SETTING.source})[ \t]*\|`,
  'imu',
);

/**
 * The prefix a section's own heading or text declares (`declaredPrefix`), with the document line it
 * holds from: the section's line for its heading, else the line of the sentence's end. Sentences
 * are read across the lines of a paragraph; tables and code are not read. Outside the API's sections
 * (`api` false) the caller reads only a section whose body holds a path in code marks.
 */
export function sectionPrefix(doc: PrdDocument, section: PrdSection, api = true): StatedPrefix | undefined {
  const found = statedPrefix(doc, section, api);
  if (!found) return undefined;
  const body = doc.text.slice(section.bodyStart, section.end);
  if (writtenInFull(body, found.path)) return undefined;
  // "the paths below are relative to `/api/v1`" over the section's own table speaks of that table: only a section that lists no call
  // (in a table, a list or a block; a call named in a sentence is no list) speaks of the sections after it.
  if (found.below && listsCalls(body)) {
    const { below, ...own } = found;
    return own;
  }
  return found;
}

/** A list item or line that opens with a call (`- GET /shifts`, `` - `POST /offers` — … ``, `GET    /shifts` in a block). */
const LISTED_CALL = /^[ \t]*(?:[-*+][ \t]+|\d+[.)][ \t]+)?`?(?:GET|POST|PUT|PATCH|DELETE)[ \t]+`?\//m;
/** A table row with a path in a cell (`| GET | /shifts |`). */
const TABLE_PATH_ROW = /^[ \t]*\|[^\n]*\|[ \t]*`?\/[\w{:[][^\n]*/gm;

/** Does a section body list calls: a LISTED_CALL, or a table row with a path that is no settings row naming the base? */
function listsCalls(body: string): boolean {
  if (LISTED_CALL.test(body)) return true;
  for (const m of body.matchAll(TABLE_PATH_ROW)) if (settingsBase(m[0]) === undefined) return true;
  return false;
}

/**
 * Does a section write its calls with the prefix it states ("base: `/v1`" over `POST /v1/events` …
 * `GET /healthz`)? Then the prefix is a note to the reader, and a call without it (`/healthz`) is
 * written from the root: most of the section's paths already start with it.
 */
export function writtenInFull(body: string, prefix: string): boolean {
  if (!body.includes(`${prefix}/`)) return false;
  const paths = findPaths(body);
  const full = paths.filter((p) => p.path.startsWith(`${prefix}/`)).length;
  return full > 0 && full * 2 > paths.length;
}

/**
 * A stated prefix, the document line it holds from, whether it holds of every path of the API, the
 * paths its sentence leaves out, and whether it speaks of the sections after it (`below`: as a base heading's does).
 */
type StatedPrefix = { path: string; line: number; whole?: boolean; except?: string[]; below?: boolean; fromCode?: boolean };

function heldFrom(found: { path: string; except?: string[]; below?: boolean }, line: number, whole: boolean): StatedPrefix {
  return { path: found.path, line, ...(whole ? { whole: true } : {}), ...(found.except ? { except: found.except } : {}), ...(found.below ? { below: true } : {}) };
}

function statedPrefix(doc: PrdDocument, section: PrdSection, api: boolean): StatedPrefix | undefined {
  if (section.level > 0 && section.heading.includes('/')) {
    const own = readPrefix(section.heading, api);
    if (own) return heldFrom(own, section.line, own.whole);
  }
  const body = doc.text.slice(section.bodyStart, section.end);
  if (!body.includes('/')) return undefined;
  // Under a base heading, a paragraph that is only a URL or a path states the prefix (see isBaseHeading).
  let base: boolean | undefined;
  if (api ? !PREFIX_WORDS.test(body) && !(base = section.level > 0 && isBaseHeading(section.heading)) : !MAY_MOUNT.test(body)) return undefined;
  // Body lines are counted from the line after the heading (a setext heading has two).
  let line = section.line + countLines(doc.text, section.start, section.bodyStart);
  let paragraph = '';
  let fence = false;
  // Each paragraph is read once, at its end: its sentences, across its lines.
  const read = (): { path: string; line: number; whole?: boolean } | undefined => {
    const text = paragraph;
    paragraph = '';
    if (text === '') return undefined;
    if (api && LONE_BASE.test(text) && (base ??= section.level > 0 && isBaseHeading(section.heading))) {
      const found = readPrefix(`${section.heading}: ${text}`, api);
      if (found) return heldFrom(found, line - 1, false);
    }
    for (const sentence of text.split(/(?<=[.!;。])\s+/)) {
      let found = readPrefix(sentence, api);
      // "… bajo el prefijo `/api/v1`; en las tablas de abajo las rutas se escriben sin él": the paragraph's next sentence may say it is for what follows.
      if (found && !found.below && BELOW.test(text)) found = { ...found, below: true };
      if (found) return found.whole ? heldFrom(found, section.line, true) : heldFrom(found, line - 1, false);
    }
    return undefined;
  };
  for (const raw of body.split('\n')) {
    const trimmed = raw.trim();
    if (trimmed.startsWith('```') || trimmed.startsWith('~~~')) fence = !fence;
    if (fence || trimmed === '' || trimmed.startsWith('|') || trimmed.startsWith('```') || trimmed.startsWith('~~~')) {
      const found = read();
      if (found) return found;
      // A settings table's row that names the base (`| API_BASE | /api/interp |`) speaks of every path after it.
      const setting = !fence && trimmed.startsWith('|') ? settingsBase(trimmed) : undefined;
      if (setting) return heldFrom({ path: setting, below: true }, line, false);
    } else paragraph = paragraph ? `${paragraph} ${trimmed}` : trimmed;
    line++;
  }
  return read();
}

/**
 * A heading about the API's base, with no path of its own: "Base path", "Base URL", "API base URL and
 * versioning", "URL prefix". The prefix its section states holds for the sections after it under the
 * same parent ("## Base path" over "All paths below are relative to `/intake/v1`", then "## Endpoints"),
 * where a prefix stated under any other heading holds for its own section and those under it.
 */
/**
 * A line of code that mounts a router at a path, middleware between allowed: Express's
 * `app.use("/ops/api", requireSso, liveOpsRouter)`, Hono's `app.route('/api', api)` (group 2 the
 * path). The last argument names a router (`…Router`, `routes`, `api`): `app.use('/static',
 * express.static('public'))` or `app.use('/health', healthCheck)` mounts none.
 */
const MOUNT_LINE = /^\s*[A-Za-z_$][\w$]*\s*\.\s*(?:use|route|mount)\s*\(\s*(['"`])(\/[^'"`\s]*)\1\s*,(?:[^;\n]*,)?\s*(?:[A-Za-z_$][\w$]*(?:Router|Routes|Api|API)|router|routes|api)\s*\)\s*;?\s*(?:\/\/.*)?$/m;
/** A route declared in code: `router.get('/x', …)`, `@app.post("/x")`. */
const DECLARES_ROUTE = /\.\s*(?:get|post|put|patch|delete|all)\s*\(\s*['"`]\//i;
/** The cheap test for MOUNT_LINE. */
export const MAY_MOUNT_CODE = /\.\s*(?:use|route|mount)\s*\(\s*['"`]\//;

/**
 * The prefix a section's code states by mounting the one router it shows and declaring no route
 * (`app.use("/ops/api", requireSso, liveOpsRouter)` over a table of `/events`, `/offers`): its
 * routes, listed elsewhere in the section or the ones under it, sit under the mount. A block of
 * several mounts, or one that declares routes itself, is left to the code reader.
 */
export function codeMountPrefix(doc: PrdDocument, section: PrdSection): StatedPrefix | undefined {
  const body = doc.text.slice(section.bodyStart, section.end).replace(/\r$/gm, '');
  for (const block of readBlocksFast(body.split('\n'), section.line + countLines(doc.text, section.start, section.bodyStart))) {
    if (block.type !== 'code') continue;
    const paths = new Set(block.value.split('\n').flatMap((l) => MOUNT_LINE.exec(l)?.[2] ?? []));
    if (paths.size === 1 && !DECLARES_ROUTE.test(block.value)) return { path: [...paths][0]!.replace(/\/+$/, ''), line: block.line, fromCode: true };
  }
  return undefined;
}

/** Is a heading about the document's conventions (CONVENTIONS_HEADING)? What it states of paths holds of the API's only when it says so. */
export function isConventionsHeading(heading: string): boolean {
  return heading.length < 60 && CONVENTIONS_HEADING.test(heading);
}

export function isBaseHeading(heading: string): boolean {
  return heading.length < 60 && !heading.includes('/') && (BASE_HEADING.test(heading) || BASE_URL_CUE.test(heading) || CONVENTIONS_HEADING.test(heading));
}
/**
 * A heading of the document's conventions ("Conventions for this doc", "Technical conventions", "Notation",
 * "How to read this document"): a prefix it states holds for the sections after it. In Spanish, Portuguese,
 * French, German, Italian and Indonesian too ("Convenciones técnicas", "Convenções", "Conventions
 * techniques", "Technische Konventionen", "Konvensi teknis", "Cómo leer este documento"), and in
 * Chinese, Japanese and Korean ("文件約定", "表記規則", "本書の読み方", "표기 규칙", "일러두기").
 */
const CONVENTIONS_HEADING =
  /^[^\p{L}]*(?:(?:doc(?:ument)?|api|general|our|technical|technische|allgemeine)\s+)?(?:conventions?|notation|convenciones|convenções|convenzioni|konventionen|konvensi|notación|notação|notazione|notasi|general(?:ities)?|allgemeines|généralités|generalidades|generalità|generalidade|umum)(?:\s+(?:(?:for|in|of|used in)\s+(?:this|the)\s+(?:doc(?:ument)?|spec(?:ification)?|prd|page)|t[eé]ch?ni(?:cas?|cos|ques?|che)|teknis|generales|gerais|générales|generali|umum|(?:del|do|du|dieses|dokumen)\s*(?:documento|document|dokuments|ini)?))?\s*$|^[^\p{L}]*(?:how to read|cómo leer|como ler|comment lire|come leggere|cara membaca) (?:this|the|este|ce|questo|le|el|o|dokumen)\s*(?:doc(?:ument)?|documento|spec(?:ification)?|prd|page|ini)?\s*$|^[^\p{L}]*(?:(?:文件|文檔|文档|技術|技术|API|接口|介面|ドキュメント|文書|技術的な?)\s*)?(?:約定|约定|慣例|惯例|表記(?:規則|ルール)?|記法)\s*$|^[^\p{L}]*(?:本書|この文書|本文書)の読み方\s*$|^[^\p{L}]*(?:(?:문서|기술|API)\s*)?(?:표기\s*(?:규칙|법)|작성\s*규칙|규약|일러두기)\s*$/iu;
const BASE_HEADING = new RegExp(String.raw`${BASE_PATH_CORE}|\b(?:url|path|route|api) prefix\b|\bpr[eéä]fi(?:x|xe|jo|sso|xo|ks)\w*|前缀|前綴|접두사`, 'i');

/** A paragraph that is only a URL or a path, in code marks or not: "`https://api.example.com/v2`". */
const LONE_BASE = /^`?(?:https?:\/\/[^\s/`]+)?\/[^\s`]*`?$/;

function countLines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * `findMethodPaths` of a text, without the calls written to a host that is not the PRD's own
 * (`ownApiHosts`): `POST https://api.stripe.com/v1/payment_intents` is a call the product makes.
 */
export function ourMethodPaths(raw: string, ctx: SectionContext): MethodPathMatch[] {
  const found = findMethodPaths(raw);
  const own = ctx.ownHosts;
  return own && found.some((p) => p.host) ? found.filter((p) => !p.host || own.has(p.host)) : found;
}

/** A sentence that says a route is not under the stated prefix: "lives **outside** the versioned base", "sits outside the `/api/v2` prefix". */
const OUTSIDE_PREFIX = /\boutside\*{0,2}[^\S\n]+(?:of[^\S\n]+)?(?:the[^\S\n]+|that[^\S\n]+|this[^\S\n]+)?(?:[\w`/.-]+[^\S\n]+){0,2}(?:base|prefix|namespace)\b/i;

/** "outside `/api/v1`", "outside of the `/api` base": the path named right after "outside" (group 1). */
const OUTSIDE_PATH = /\boutside\*{0,2}[^\S\n]+(?:of[^\S\n]+)?(?:the[^\S\n]+)?`(\/[^`\s]*)`/i;

/**
 * The context for a paragraph's paths: without the section's prefix when the paragraph says its route
 * lives outside it ("Stripe calls us back: the receiver lives outside the versioned base at `POST /webhooks/stripe`").
 */
export function paragraphPrefix(lines: readonly string[], ctx: SectionContext): SectionContext {
  if (!ctx.apiPrefix || !lines.some((l) => l.includes('outside'))) return ctx;
  const text = lines.join('\n');
  // "the webhook sits outside `/api/v1`": the prefix itself named after "outside".
  const named = text.includes(`\`${ctx.apiPrefix.path}`) && OUTSIDE_PATH.exec(text)?.[1]?.replace(/\/+$/, '') === ctx.apiPrefix.path;
  return named || OUTSIDE_PREFIX.test(text) ? { ...ctx, apiPrefix: undefined } : ctx;
}

/** A path with the prefix its section declares, from the line the declaration holds (see sectionPrefix). */
export function withPrefix(ctx: SectionContext, line: number, path: string): string {
  const prefix = ctx.apiPrefix;
  // A path that holds the prefix further in (`/wms/api/inventory/x` beside `/api/inventory`, under a context path) is written in full.
  if (!prefix || line < prefix.line || path === prefix.path || path.startsWith(`${prefix.path}/`) || path.includes(`${prefix.path}/`) || rootedBeside(prefix.path, path) || prefix.except?.includes(path)) return path;
  return path === '/' ? prefix.path : `${prefix.path}${path}`;
}

/** A version segment of a path: `v2`, `v1.1`. */
const VERSION_SEGMENT = /^v\d+(?:\.\d+)?$/;

/**
 * Is a path written from the root beside a prefix of several segments, not under it? It opens with
 * the prefix's own first segment (`/api/public/hikes` beside `/api/m`), or with a version segment
 * when the prefix holds one (`/v1/recipes` beside `/api/v2`: the other version's route).
 */
function rootedBeside(prefix: string, path: string): boolean {
  const second = prefix.indexOf('/', 1);
  if (second === -1) return VERSION_SEGMENT.test(prefix.slice(1)) && VERSION_SEGMENT.test(firstSegment(path));
  const first = firstSegment(path);
  return first === prefix.slice(1, second) || (VERSION_SEGMENT.test(first) && prefix.split('/').some((s) => VERSION_SEGMENT.test(s)));
}

function firstSegment(path: string): string {
  const end = path.indexOf('/', 1);
  return end === -1 ? path.slice(1) : path.slice(1, end);
}
