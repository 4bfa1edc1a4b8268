import type { HttpMethod, ModelField } from '../types.js';
import { bodyType, statusesOf, withStatuses, type ApiBodies } from './bodies.js';
import type { SectionContext } from './context.js';
import { LINE_OUT_OF_SCOPE, REMOVED_STATUS, UI_HEADING } from './context.js';
import { isBaseSettingKey, ourMethodPaths } from './doc-scope.js';
import type { TaskCollector } from './collector.js';
import { inferFieldType, normalizeFieldType, notedType, readFieldNotes, readSideNotes, readTypeText } from './field-types.js';
import { ASCII_FIELD_NAME, ID_FIELD, parseFieldList, splitFieldList } from './fields.js';
import { FIELD_QUALIFIER, captionModelName, isMessagePart, modelNameFromHeading, normalizeModelName } from './names.js';
import { findPaths, isApiPath, methodsIn } from './paths.js';

// Column headers in English and the common words of Spanish, Portuguese, French, German, Polish, Swedish, Turkish, Chinese, Japanese and Korean (and, for screens and endpoints, Indonesian and Russian;
// for field tables, Russian and Traditional Chinese; Vietnamese for all of them).
const H_METHOD = /^(?:http|(?:http )?(?:methods?|verbs?|método|metodo|méthode|methode|方法|请求方法|請求方法|메서드|메소드|メソッド|metoda|metot|yöntem|metod|metode|метод|http-метод|phương thức))$/;
const H_PATH = /^(?:paths?|endpoints?|routes?|urls?|uris?|api|apis|resources?|path ?\/ ?route|route ?\/ ?path|url ?path|rutas?|caminho|rotas?|chemin|pfad|percors[oi]|pad|jalur|rute|путь|маршрут|эндпоинт|đường dẫn|điểm cuối|ścieżka|uç nokta|sökväg|ändpunkt|路径|路徑|接口|端点|경로|엔드포인트|パス|エンドポイント)$/;
const H_FIELD = /^(?:fields?|columns?|attributes?|propert(?:y|ies)|members?|keys?|names?|field names?|column names?|campos?|champs?|nome|nome do campo|nome da coluna|nombre del campo|nombre de campo|nombre de columna|nom du champ|nom de champ|nom de colonne|nama field|nama atribut|attributs?|attribuut|attribuutnaam|eigenschap|atributo|attributo|eigenschaft|felder|feld|feldname|spalten?|spaltenname|attributname|nombre|nom|colonna|veld|veldnaam|kolom|nama kolom|atribut|properti|pole|nazwa pola|alan|alan adı|fält|fältnamn|kolumn|字段|字段名|字段名称|属性|属性名|列|列名|필드|필드명|필드 ?이름|항목|항목명|컬럼|컬럼명|속성|フィールド|フィールド名|カラム|カラム名|項目|項目名|项目|项目名|欄位|欄位名|欄位名稱|屬性|屬性名|поле|атрибут|свойство|столбец|колонка|название поля|имя поля|trường|tên trường|thuộc tính)$/;
/**
 * The column of the names code uses, in a data dictionary that also gives the names people read
 * (`| 項目名 | 物理名 | 型 |`, `| 中文名 | 英文名 |`, `| 논리명 | 물리명 |`, `| Logical name | Physical name |`).
 */
const H_PHYSICAL = /^(?:physical(?: field| column)?(?: names?)?|(?:technical|system|db|database|api)(?: field| column)? names?|db (?:field|column)s?|nombre (?:f[ií]sico|t[eé]cnico)|nome (?:f[ií]sico|t[eé]cnico)|nom (?:physique|technique)|physischer name|technischer name|tên (?:vật lý|kỹ thuật)|物理名(?:称|稱)?|物理(?:項目|カラム|フィールド)名|英語名|英字名|英名|英文名(?:称|稱)?|英文字段名(?:称)?|字段英文名(?:称)?|字段(?:代码|编码|代碼|編碼)|물리(?:명| ?이름| ?컬럼명| ?필드명)|영문(?:명| ?컬럼명| ?필드명)|(?:컬럼|필드) ?영문명)$/;
const H_TYPE = /^(?:(?:data ?|(?:coda|airtable|notion|baserow|field|column|property|attribute|value|sql|db|database|postgres(?:ql)?|mysql|sqlite|prisma|ts|typescript|json|go|java|python) )?types?|datatypes?|formats?|tipos?|tipo de dato|tipo de datos|tipo de dados|type de données|typ|datentyp|feldtyp|tipe|tipe data|tür|tip|veri tipi|datatyp|类型|類型|数据类型|字段类型|타입|유형|자료형|데이터 타입|型|データ型|型別|資料型別|資料類型|тип|тип данных|kiểu|kiểu dữ liệu)$/;
/** A column of free notes about a field ("One of: draft, sent, paid", "Optional"). */
const H_NOTES = /^(?:notes?|descriptions?|comments?|remarks?|what it is|what it means|meaning|purpose|explanation|remarques?|observations?|observaciones|observações|details?|constraints?|validation|(?:allowed |possible |valid )?values|notas?|descripci[oó]n|beschreibung|hinweise?|anmerkung(?:en)?|bemerkung(?:en)?|descrizione|omschrijving|opmerking(?:en)?|toelichting|keterangan|catatan|deskripsi|opis|uwagi|açıklama|notlar|beskrivning|kommentar|備考|说明|説明|설명|비고|說明|備註|备注|описание|примечание|комментарий|ghi chú|mô tả)$/;
const H_REQUIRED = /^(?:(?:required|optional|nullable|mandatory)\??|presence|obligation|null(?:able)?\??|null ?(?:허용|可|許容|允许|允許)(?: ?여부)?|req(?:uired)?\.?|requerido|obligatorio|obligatoire|obrigat[oó]rio|pflicht|pflichtfeld|erforderlich|wymagane|obowiązkowe|zorunlu|gerekli|obligatorisk|krävs|必填|是否必填|必填项|是否必须|必须|必須|必須項目|필수|필수 여부|必要|是否必要|обязательное|обязательно|обязательный|обяз\.?|bắt buộc|wajib|obbligatorio|verplicht)$/;
const H_TITLE = /^(?:screens?|pages?|views?|titles?|names?|page names?|screen names?|pantallas?|páginas?|écrans?|ecrãs?|dialoge?|masken?|seiten?|schermat[ae]|pagin[ae]|schermen|scherm|halaman|layar|ekran|ekrany|strona|widok|sayfa|skärm|sida|vy|страница|страницы|экран|экраны|页面|頁面|名称|画面|畫面|ページ|화면|페이지|이름|màn hình|trang|tên màn hình)$/;
/** A column of screens or pages, not of names in general (`Screen`, `Pantalla`, `Экран`, `화면`). */
const H_SCREEN = /^(?:screens?|pages?|pantallas?|páginas?|écrans?|ecrãs?|dialoge?|masken?|seiten?|schermat[ae]|schermen|scherm|halaman|layar|ekran|ekrany|strona|sayfa|skärm|sida|страница|страницы|экран|экраны|екран|сторінка|页面|頁面|画面|畫面|ページ|화면|페이지|màn hình)$/;
/**
 * The same column headers in Czech, Ukrainian and Greek (and Swedish's and Ukrainian's the lists above
 * lack), joined to them below: `| Πεδίο | Τύπος | Υποχρεωτικό |`, `| Pole | Typ | Povinné | Poznámka |`.
 */
const H_EUROPEAN = {
  field: /^(?:πεδίο|πεδία|όνομα πεδίου|název pole|назва поля)$/,
  type: /^(?:τύπος|τύπος δεδομένων|datový typ|тип даних)$/,
  notes: /^(?:poznámka|poznámky|popis|опис|примітка|примітки|περιγραφή|σημειώσεις|παρατηρήσεις)$/,
  required: /^(?:obligatoriskt|povinné|povinný|povinná|обов['’]язкове|обов['’]язково|обов['’]язковий|υποχρεωτικό|υποχρεωτικά|υποχρεωτικός)$/,
  title: /^(?:obrazovka|stránka|сторінка|екран|οθόνη|σελίδα)$/,
};
/** A required column's cell that says no, in those languages (`nej`, `ne`, `nepovinné`, `ні`, `όχι`), and one that says yes. */
const NO_CELL_EUROPEAN = /^(?:nej|ne|nepovinné|nepovinný|ні|όχι)$/i;
const YES_CELL_EUROPEAN = /^(?:ano|так|ναι)$/i;
const H_MODEL = /^(?:models?|entit(?:y|ies)|tables?|objects?|resources?|entidad(?:es)?|entidades?|entität(?:en)?|modèles?|modelle?|objetos?|objets?|objekte?|oggett[oi]|modelos?|tablas?|entités?|模型|数据表|資料表|tabellen?|entità|modell[io]|entiteit(?:en)?|entitas|tabel|encja|tabela|varlık|tablo|entitet|tabell|thực thể|bảng|实体|實體|表|모델|엔티티|테이블|エンティティ|テーブル)$/;
/**
 * The fields column beside a model column, maybe with a qualifier: "Fields", "Key attributes",
 * "Attributi principali", "Wichtige Felder", "关键字段", "主要項目".
 */
const H_FIELDS =
  /^(?:(?:key|main|primary|core|important|notable|wichtige|hauptsächliche)\s+)?(?:fields|attributes|columns|properties|campos|atributos|columnas|colunas|propiedades|propriedades|champs|attributs|colonnes|propriétés|felder|spalten|eigenschaften|campi|attributi|colonne|proprietà|velden|attributen|kolommen|eigenschappen|kolom|atribut|properti)(?:\s+(?:principales|principais|principaux|principali|clave|chave|clés?|belangrijkste))?$|^(?:关键|關鍵|主要|核心|主な)?(?:字段|欄位|属性|屬性|項目|项目|フィールド)$|^(?:주요\s*)?(?:필드|속성)$/;

/*
 * The column headers of Arabic, Hebrew, Persian and Thai (Arabic's article ال joined to the word):
 * `| الحقل | النوع | إلزامي |`, `| שדה | סוג | חובה |`, `| فیلد | نوع | اجباری |`, `| ชื่อฟิลด์ | ชนิดข้อมูล | จำเป็น |`.
 */
const H_METHOD_AR_HE_FA_TH = /^(?:(?:ال)?طريقة|שיטה|מתודה|متد|เมธอด)$/;
const H_PATH_AR_HE_FA_TH = /^(?:(?:ال)?مسار|נתיב|مسیر|เส้นทาง|พาธ)$/;
const H_FIELD_AR_HE_FA_TH = /^(?:(?:ال)?حقل|(?:ال)?حقول|اسم (?:ال)?حقل|שדה|שם (?:ה)?שדה|فیلد|نام فیلد|ฟิลด์|ชื่อฟิลด์|เขตข้อมูล)$/;
const H_TYPE_AR_HE_FA_TH = /^(?:(?:ال)?نوع|نوع (?:ال)?بيانات|סוג|סוג (?:ה)?נתונים|טיפוס|نوع داده|ชนิด|ชนิดข้อมูล|ประเภท|ประเภทข้อมูล)$/;
const H_NOTES_AR_HE_FA_TH = /^(?:(?:ال)?ملاحظات|(?:ال)?وصف|הערות|תיאור|توضیحات|یادداشت|คำอธิบาย|หมายเหตุ)$/;
const H_REQUIRED_AR_HE_FA_TH = /^(?:(?:ال)?إلزامي|إجباري|مطلوب|חובה|נדרש|اجباری|الزامی|ضروری|จำเป็น|บังคับ)$/;
const H_SCREEN_AR_HE_FA_TH = /^(?:(?:ال)?شاشة|(?:ال)?صفحة|מסך|עמוד|דף|صفحه|หน้าจอ|หน้า)$/;
const H_MODEL_AR_HE_FA_TH = /^(?:(?:ال)?كيان|ישות|موجودیت|เอนทิตี)$/;
/** Each column's header in English and the known languages, then in those of H_EUROPEAN and of Arabic, Hebrew, Persian and Thai. */
const IS_FIELD_HEADER = { test: (h: string) => H_FIELD.test(h) || H_EUROPEAN.field.test(h) || H_FIELD_AR_HE_FA_TH.test(h) };
const IS_TYPE_HEADER = { test: (h: string) => H_TYPE.test(h) || H_EUROPEAN.type.test(h) || H_TYPE_AR_HE_FA_TH.test(h) };
const IS_NOTES_HEADER = { test: (h: string) => H_NOTES.test(h) || H_EUROPEAN.notes.test(h) || H_NOTES_AR_HE_FA_TH.test(h) };
const IS_REQUIRED_HEADER = { test: (h: string) => H_REQUIRED.test(h) || H_NULL.test(h) || H_EUROPEAN.required.test(h) || H_REQUIRED_AR_HE_FA_TH.test(h) };
const IS_SCREEN_HEADER = { test: (h: string) => H_SCREEN.test(h) || H_EUROPEAN.title.test(h) || H_SCREEN_AR_HE_FA_TH.test(h) };
const IS_MODEL_HEADER = { test: (h: string) => H_MODEL.test(h) || H_MODEL_AR_HE_FA_TH.test(h) };

/** `Subscription field`, `` `Invoice` columns ``: a capitalised name (group 1), then a field word. */
const OWNER_FIELD_HEADER = /^[`*_]*(\p{Lu}[\p{L}\p{N}_]*(?:\s+\p{Lu}[\p{L}\p{N}_]*)?)[`*_]*\s+(?:fields?|columns?|attributes?|propert(?:y|ies))$/u;

/** The model a field column's header names (`Subscription field` → Subscription), or undefined. */
function ownerOfFields(header: string): string | undefined {
  const m = OWNER_FIELD_HEADER.exec(header.trim());
  if (!m || FIELD_QUALIFIER.test(m[1]!) || isMessagePart(m[1]!)) return undefined;
  return modelNameFromHeading(m[1]!);
}

/** A model's name as code writes it, alone in a cell: `PassRequest`, `Visit`. */
const MODEL_CELL = /^[`*]*\p{Lu}[\p{L}\p{N}]*[`*]*$/u;

/**
 * A pair of columns side by side whose cells are, in every row (two at least), a model's name in
 * code case and a list of its fields that has an identifying field (`id, passId, checkedInAt`):
 * an entity table whatever its headers say. The first column of the pair, or -1.
 */
function entityColumns(rows: Array<{ cells: string[] }>): number {
  if (rows.length < 2) return -1;
  const width = rows[0]!.cells.length;
  for (let c = 0; c + 1 < width; c++) {
    const all = rows.every((r) => {
      const name = (r.cells[c] ?? '').trim();
      const list = r.cells[c + 1] ?? '';
      if (!MODEL_CELL.test(name) || !list.includes(',')) return false;
      const fields = parseFieldList(list);
      return fields.length >= 2 && fields.length === splitFieldList(list).filter((x) => x.trim() !== '').length && fields.some((f) => ID_FIELD.test(f.name));
    });
    if (all) return c;
  }
  return -1;
}

/**
 * Does a label name a list of fields ("Fields", "Columns", "Key attributes", "Kolom", "Campos", "字段")?
 * Such a label is no model's name: the list is the fields of the model its heading names.
 */
export function isFieldsLabel(label: string): boolean {
  const l = label.replace(/[*_`:：]/g, '').trim().toLowerCase();
  return H_FIELDS.test(l) || FIELD_WORD.test(l);
}
/** One field, column or attribute in the known languages: the singular of H_FIELDS' words. */
const FIELD_WORD = /^(?:field|column|attribute|property|campo|columna|coluna|atributo|propiedad|propriedade|champ|colonne|attribut|propriété|feld|spalte|eigenschaft|attributo|proprietà|veld|attribuut|eigenschap|kolom|atribut|properti)$/;

/*
 * Header cells made of words: a route or method word, possibly with qualifiers ("Route URL", "URL de
 * la página", "Seiten-URL", "页面路径", "HTTP-Methode", "请求方式"), in the languages the section
 * words know. A word that only means "address" or "way" (地址, 方式) names the column with a qualifier.
 */
const ROUTE_WORDS = new Set(['path', 'paths', 'route', 'routes', 'url', 'urls', 'uri', 'uris', 'endpoint', 'endpoints', 'ruta', 'rutas', 'rota', 'rotas', 'caminho', 'caminhos', 'chemin', 'chemins', 'pfad', 'pfade', 'routen', 'percorso', 'percorsi', 'pad', 'rute', 'ścieżka', 'trasa', 'yol', 'sökväg', 'rutt', 'маршрут', 'путь', '路径', '路徑', '路由', '接口', '端点', '端點', 'パス', 'ルート', '経路', 'エンドポイント', '경로', '라우트', '엔드포인트']);
const ADDRESS_WORDS = new Set(['address', 'alamat', 'адрес', 'dirección', 'direccion', 'endereço', 'adresse', '地址', '주소', 'アドレス']);
const PAGE_NOUNS = ['page', 'screen', 'view', 'página', 'pagina', 'pantalla', 'vista', 'tela', 'écran', 'ecran', 'ecrã', 'vue', 'seite', 'seiten', 'bildschirm', 'ansicht', 'halaman', 'layar', 'strona', 'ekran', 'widok', 'sayfa', 'sida', 'skärm', 'vy', 'страница', 'страницы', 'экран', '页面', '頁面', '界面', 'ページ', '画面', '畫面', '페이지', '화면'];
const ROUTE_QUALIFIERS = new Set(['url', 'uri', 'path', 'route', 'http', 'https', 'api', 'web', 'app', 'frontend', 'request', 'relative', 'full', 'mobile', 'client', 'ui', '请求', '請求', '访问', '訪問', 'リクエスト', 'アクセス', '요청', '접근', ...PAGE_NOUNS]);
/** Names of a screen ("Screen name", "画面名", "Nombre de pantalla"), beside a page word or alone. */
const TITLE_WORDS = new Set(['name', 'title', 'nombre', 'nome', 'nom', 'título', 'titulo', 'titre', 'titel', 'nazwa', 'tytuł', 'ad', 'başlık', 'namn', '名', '名称', '名稱', '标题', '標題', '名前', 'タイトル', '이름', '제목', '명']);
const TITLE_QUALIFIERS = new Set(PAGE_NOUNS);
const NO_WORDS = new Set<string>();
const METHOD_WORDS = new Set(['method', 'methods', 'verb', 'verbs', 'método', 'métodos', 'metodo', 'metodos', 'méthode', 'méthodes', 'methode', 'methoden', 'verbo', 'verbe', 'metoda', 'metot', 'yöntem', 'metod', '方法', '动词', '動詞', 'メソッド', '메서드', '메소드']);
const WAY_WORDS = new Set(['方式', '类型', '類型', '타입', '방식', 'タイプ', '種別']);
const METHOD_QUALIFIERS = new Set(['http', 'request', 'api', '请求', '請求', 'リクエスト', '요청']);
/** Words that join the others: "URL de la página", "Methode der Anfrage", "In-app route". */
const LINKING_WORDS = new Set(['de', 'la', 'del', 'el', 'da', 'do', 'du', 'des', 'der', 'die', 'of', 'the', 'd', 'in']);
/** CJK words of the sets above, longest first: CJK headers have no spaces to split at ("页面路径"). */
const CJK_HEADER_WORDS = [...ROUTE_WORDS, ...TITLE_WORDS, ...ADDRESS_WORDS, ...ROUTE_QUALIFIERS, ...METHOD_WORDS, ...WAY_WORDS, ...METHOD_QUALIFIERS]
  .filter((w) => /^[^\x00-\x7f\u00c0-\u024f]+$/.test(w))
  .sort((a, b) => b.length - a.length);

/** The words of a lower-cased header cell; a CJK run is cut into known words, or kept whole when it cannot be. */
function headerWords(h: string): string[] {
  // Most headers are one plain word.
  if (/^[a-z]+$/.test(h)) return [h];
  const words: string[] = [];
  const spaced = h.replace(/\((e?s)\)/g, '$1').replace(/([a-z\u00c0-\u024f])(?=[^\x00-\x7f\u00c0-\u024f])|([^\x00-\x7f\u00c0-\u024f])(?=[a-z\u00c0-\u024f])/g, '$1$2 ');
  for (const w of spaced.split(/[^\p{L}\p{N}]+/u)) {
    if (w === '') continue;
    if (/^[a-z0-9\u00c0-\u024f]+$/.test(w)) {
      words.push(w);
      continue;
    }
    const parts: string[] = [];
    let rest = w;
    while (rest !== '') {
      const known = CJK_HEADER_WORDS.find((k) => rest.startsWith(k));
      if (!known) break;
      parts.push(known);
      rest = rest.slice(known.length);
    }
    if (rest === '') words.push(...parts);
    else words.push(w);
  }
  return words;
}

/**
 * Is a header made of a head word and qualifiers only? `head` words name the column alone;
 * `weak` words (address, way) name it beside a qualifier.
 */
function namedBy(h: string, head: Set<string>, weak: Set<string>, qualifiers: Set<string>): boolean {
  const words = headerWords(h).filter((w) => !LINKING_WORDS.has(w));
  if (words.length === 0 || words.length > 4) return false;
  const heads = words.filter((w) => head.has(w)).length;
  const weaks = words.filter((w) => weak.has(w)).length;
  const quals = words.filter((w) => !head.has(w) && !weak.has(w) && qualifiers.has(w)).length;
  if (heads + weaks + quals !== words.length) return false;
  return heads > 0 || (weaks > 0 && quals > 0);
}

/** A path column: the listed headers, or route words with qualifiers ("Route URL", "页面路径"). */
const IS_PATH_HEADER = { test: (h: string) => H_PATH.test(h) || H_PATH_AR_HE_FA_TH.test(h) || namedBy(h, ROUTE_WORDS, ADDRESS_WORDS, ROUTE_QUALIFIERS) };
/** A cell that is only "rejected" in a known language: a row's status, or the description of a call that rejects. */
const REJECTED_WORD = /^[^\p{L}\p{N}]*(?:rejected|declined|reject|decline|abgelehnt|ablehnen|rechazado|rechazar|rejeitado|rejeitar|rejeté|rejeter|已拒绝|拒绝|駁回|却下|거절|반려)\s*$/iu;
/** A column headed as a description of the row: `Description`, `Purpose`, `説明`, `概要`, `설명`, `说明`, `Beschreibung`, `Descripción`. */
const DESCRIPTION_HEADER = /^(?:description|desc|purpose|summary|action|beschreibung|zweck|descripci[oó]n|descri[cç][aã]o|objet|but|descrizione|scopo|説明|概要|用途|설명|설명 ?\/ ?용도|说明|描述|說明)$/iu;

/** A cell of two routes or more (in code marks or not) and nothing else but commas or "and" between them. */
const ROUTES_ONLY = /^\s*`?\/[^`\s,、，;]*`?(?:\s*(?:[,、，;]|\band\b|\by\b|\bet\b|\bund\b|\be\b|&)\s*`?\/[^`\s,、，;]*`?)+\s*$/;

/** An address word alone (`Adresse`, `Dirección`, `地址`): a route column under a screens heading. */
const IS_ADDRESS_HEADER = { test: (h: string) => namedBy(h, ADDRESS_WORDS, NO_WORDS, ROUTE_QUALIFIERS) };
/** A method column: the listed headers, or a method word with qualifiers ("HTTP-Methode", "Method(s)", "请求方式"). */
/** A screen's title column: the listed headers, or a name word with page words ("Screen name", "页面名称"). */
const IS_TITLE_HEADER = { test: (h: string) => H_TITLE.test(h) || H_EUROPEAN.title.test(h) || H_SCREEN_AR_HE_FA_TH.test(h) || namedBy(h, TITLE_WORDS, NO_WORDS, TITLE_QUALIFIERS) };
const IS_METHOD_HEADER = { test: (h: string) => H_METHOD.test(h) || H_METHOD_AR_HE_FA_TH.test(h) || namedBy(h, METHOD_WORDS, WAY_WORDS, METHOD_QUALIFIERS) };

const H_ENDPOINT = /^(?:endpoints?|api|apis|接口|端点|엔드포인트|エンドポイント)$/;
const H_REQUEST = /^(?:request(?: body)?|body|payload|input|takes|solicitud|requisição|requête|anfrage|请求|요청|リクエスト)$/;
const H_RESPONSE = /^(?:response(?: body)?|returns?|output|result|respuesta|resposta|réponse|antwort|响应|응답|レスポンス)$/;
const METHOD_LIST = '(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)(?:\\s*[,/|&]\\s*(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS))*';
/** A cell that is a path followed by its methods and nothing else. */
const PATH_THEN_METHODS = new RegExp(`^\\s*(\\/\\S*)\\s+(${METHOD_LIST})\\s*$`);

/** Tested on a trimmed cell: each run of spaces has one place it can go (linear). */
const API_CELL = new RegExp(`^(\\/[^\\s()]+)(?:\\s+(${METHOD_LIST}))?(?:\\s*\\([^()]*\\))?$`);

/**
 * What the methods of a row take and return, from its Request and Response columns, and the status
 * codes its cells state ("409 on overlap" in a Notes column).
 */
function bodiesOf(methods: HttpMethod[], cells: string[], requestCol: number, responseCol: number): ApiBodies | undefined {
  const request = requestCol !== -1 ? bodyType(cells[requestCol] ?? '') : undefined;
  const response = responseCol !== -1 ? bodyType(cells[responseCol] ?? '') : undefined;
  const statuses = statusesOf(cells.join('; '));
  if (!request && !response) return withStatuses(undefined, methods, statuses);
  const bodies: ApiBodies = {};
  for (const m of methods) bodies[m] = { ...(request && m !== 'GET' && m !== 'DELETE' && m !== 'HEAD' ? { request } : {}), ...(response ? { response } : {}) };
  return withStatuses(bodies, methods, statuses);
}

/** A type cell that only points at another model (Notion/Airtable relations, foreign keys). */
const REFERENCE_CELL = /^(?:relation|link(?:ed record)?|lookup|fk|foreign key|references?|ref)(?:\s*(?:→|->|=>|to|:)\s*([\p{L}_][\p{L}\p{N}_ .]{0,64})|\s*\(\s*([\p{L}_][\p{L}\p{N}_.]{0,64})\s*\))?$/iu;

/** A type cell: `uuid`, `varchar(40)`, `enum: a, b`, `string (nullable)`, `string (optional)`, `draft/paid`, `'a' | 'b'`. */
function cellType(cell: string): { type: string; optional: boolean } {
  const notes = readTypeText(cell);
  return { type: notedType(notes) ?? normalizeFieldType(cell), optional: notes.optional };
}


/**
 * The type a description cell opens with, in a table with no type column (`| Field | What it is |`):
 * `uuid`, `integer, in pence`, `` `pending`, `confirmed` or `no_show` ``, `optional, free text`. A cell
 * that opens with words of its own ("the member placing it") gives none.
 */
function describedType(cell: string): { type: string; optional: boolean } | undefined {
  const notes = readFieldNotes(cell);
  const type = notedType(notes);
  return type !== undefined && type !== 'unknown' && !type.startsWith('unknown') ? { type, optional: notes.optional } : undefined;
}

/** Does every non-empty cell of a column (one at least) hold a name as code writes it? */
function codeNameCells(rows: ReadonlyArray<{ cells: string[] }>, c: number): boolean {
  let seen = false;
  for (const row of rows) {
    const cell = (row.cells[c] ?? '').replace(/[`*]/g, '').trim();
    if (cell === '') continue;
    if (!ASCII_FIELD_NAME.test(cell)) return false;
    seen = true;
  }
  return seen;
}

function col(headers: string[], re: { test(h: string): boolean }, not: number[] = []): number {
  return headers.findIndex((h, i) => !not.includes(i) && re.test(h));
}

/**
 * The column headed as paths. Of two so headed (`| 接口 | 方法 | 路径 |`: the first names the call, the
 * second holds its path; `| Endpoint | Method | Path |`), the first whose cells hold paths.
 */
function pathColumn(headers: string[], rows: ReadonlyArray<{ cells: string[] }>, methodCol: number): number {
  const first = col(headers, IS_PATH_HEADER, [methodCol]);
  if (first === -1 || rows.some((r) => (r.cells[first] ?? '').includes('/'))) return first;
  const other = headers.findIndex((h, i) => i > first && i !== methodCol && IS_PATH_HEADER.test(h) && rows.some((r) => (r.cells[i] ?? '').includes('/')));
  return other === -1 ? first : other;
}

/** A route cell that is the home page alone (`/`, `` `/` ``), which `findPaths` does not take for a path. */
function homeRoute(cell: string): '/' | undefined {
  return cell.trim().replace(/`/g, '') === '/' ? '/' : undefined;
}

/** A header naming the old side of a migration table: `Old`, `Before`, `Legacy endpoint`, `Antes`, `Alt`, `旧`, `기존`. */
const OLD_HEADER = /^(?:old|before|previous|current|legacy|deprecated|removed|from|was|replaces|replaced|supersedes|antes|anterior|antiguo|antigo|reemplaza|substitui|ancien(?:ne)?|avant|remplace|alt|vorher|bisher|ersetzt|vecchio|prima|sostituisce|oud|voorheen|vervangt|lama|旧|以前|旧版|기존|이전)(?:\s+(?:endpoints?|routes?|paths?|api|calls?|urls?))?(?:\s*\([^)]*\))?$/iu;
/** A header that is an API version: `v2`, `API v3`, `v1.1`, `v1 route`. */
const VERSION_HEADER = /^(?:api\s+)?v(\d+(?:\.\d+)?)(?:\s+(?:endpoints?|routes?|paths?|api|calls?|urls?))?$/i;
/** A header naming the new side of a migration table, what replaces the others: `Replacement`, `Replaced by`, `Successor`, `Use instead`. */
const REPLACEMENT_HEADER = /^(?:replacement|replaced by|superseded by|successor|use instead|migrate to|reemplazo|reemplazado por|substituto|substitu[íi]do por|remplacement|remplac[ée] par|ersatz|ersetzt durch|sostituto|sostituito da|vervanging|vervangen door|pengganti|替代|替换为|代替|대체)(?:\s+(?:endpoints?|routes?|paths?|api|calls?|urls?))?(?:\s*\([^)]*\))?$/iu;

/**
 * The columns of a migration table that hold what is replaced, not built: headed as the old side
 * (OLD_HEADER) beside another column, every version column but the newest (`| v2 | v3 |`), or
 * every column beside one that names what replaces them (REPLACEMENT_HEADER).
 * Undefined for other tables.
 */
function oldColumns(headers: readonly string[]): Set<number> | undefined {
  if (headers.length < 2) return undefined;
  let old: Set<number> | undefined;
  const versions: Array<[number, number]> = [];
  let replacement = -1;
  headers.forEach((h, i) => {
    if (OLD_HEADER.test(h)) (old ??= new Set()).add(i);
    else if (replacement === -1 && REPLACEMENT_HEADER.test(h)) replacement = i;
    const v = VERSION_HEADER.exec(h);
    if (v) versions.push([i, Number(v[1])]);
  });
  if (versions.length >= 2) {
    const newest = Math.max(...versions.map(([, v]) => v));
    for (const [i, v] of versions) if (v < newest) (old ??= new Set()).add(i);
  }
  // Beside what replaces them, the other columns name what is replaced (`| v1 route | Replacement | Sunset |`).
  if (replacement !== -1) for (let i = 0; i < headers.length; i++) if (i !== replacement) (old ??= new Set()).add(i);
  return old && old.size < headers.length ? old : undefined;
}

/** A method cell that says its row is a page, not a call: `page`, `UI`, `screen`, `view`, `página`, `Seite`, `页面`. */
const UI_KIND_CELL = /^(?:pages?|ui|screens?|views?|web|html|route|páginas?|pantallas?|vistas?|telas?|écrans?|ecrãs?|vues?|seiten?|ansicht|pagin[ae]|schermat[ae]|scherm|halaman|layar|màn hình|trang|страница|экран|页面|頁面|画面|畫面|페이지|화면|ページ)$/iu;

/** A cell that names HTTP methods and nothing else: `GET`, `` `PATCH` ``, `GET, PUT`. */
/**
 * The label cell of a screen's spec sheet that names its address: "URL", "Path", "Route", "경로", "Ruta",
 * "Adresse" (`| 항목 | 내용 |` over `| URL | `/login` |`); not one that names the calls it makes ("API", "호출 API").
 */
function isRouteLabel(cell: string): boolean {
  const label = cell.replace(/[*_`]/g, '').trim().toLowerCase();
  return label.length < 24 && !H_ENDPOINT.test(label) && !label.includes('api') && (IS_PATH_HEADER.test(label) || IS_ADDRESS_HEADER.test(label));
}

/** A screen's title from its heading: without its number or screen id (`SCR-01 로그인`, `3.2 Login`, `S-04: Detail`). */
function screenTitle(heading: string): string | undefined {
  return heading.replace(/^\s*(?:\d+(?:\.\d+)*\.?|[A-Z]{1,6}[-_]?\d+(?:\.\d+)*)\s*[.:：—–-]?\s*/, '').trim() || undefined;
}

const METHOD_CELL = new RegExp(`^${METHOD_LIST}$`, 'i');
const isMethodCell = (cell: string) => METHOD_CELL.test(cell.replace(/[`*]/g, '').trim());

/** The first column (not `not`) whose cells all pass `test`, empty ones aside, with one at least; or -1. */
function cellsColumn(rows: ReadonlyArray<{ cells: string[] }>, width: number, test: (cell: string) => boolean, not = -1): number {
  for (let c = 0; c < width; c++) {
    if (c === not) continue;
    let seen = 0;
    for (const row of rows) {
      const cell = row.cells[c] ?? '';
      if (cell.trim() === '') continue;
      if (!test(cell)) {
        seen = -1;
        break;
      }
      seen++;
    }
    if (seen > 0) return c;
  }
  return -1;
}

/** "legacy" before a noun that is no part of a field (`legacy vessels`, `the legacy CRM`): it describes the world the value comes from. */
const LEGACY_THING = /\blegacy\s+(?!(?:fields?|columns?|attributes?|propert(?:y|ies)|values?|flags?|formats?|names?|only)\b)[A-Za-z]+/gi;

/** Does a field's note say "legacy" only of other things (LEGACY_THING), not that the field itself is out? */
function aboutLegacyThings(cell: string): boolean {
  if (!/legacy/i.test(cell)) return false;
  const rest = cell.replace(LEGACY_THING, ' ');
  return rest !== cell && !LINE_OUT_OF_SCOPE.test(rest) && !REMOVED_STATUS.test(rest);
}

/** A required cell's word, then a note after a comma or in parentheses: `nein, null solange …`, `não (opcional)`. */
const REQUIRED_WITH_NOTE = /^([^,(（]+?)\s*(?:,\s*|[(（])(.+?)[)）]?$/;

/** Yes/no/true/false/✓ cells about whether a field is required. */
function isOptional(cell: string, header: string): boolean {
  // A cell that says it in words says it whatever the header (`| Presence |` … `optional`).
  if (/^(?:optional|required|mandatory)$/i.test(cell.trim())) return /^optional$/i.test(cell.trim());
  const yes = /^(?:y|yes|true|x|✓|✔|✅|☑|●|○|◯|〇|required|optional|nullable|ja|sí|si|oui|sim|ya|wajib|có|是|必須|必填|예|да)$/i.test(cell.trim());
  const no = /^(?:n|no|false|-|–|—|−|－|✗|✘|×|✕|❌|nein|non|não|nao|tidak|không|否|任意|いいえ|아니오|아니요|нет|)$/i.test(cell.trim());
  if (/optional|nullable|null/.test(header) || H_NULL.test(header)) return yes || YES_CELL_EUROPEAN.test(cell.trim()) || YES_CELL_AR_HE_FA_TH.test(cell.trim());
  return no || NO_CELL_EUROPEAN.test(cell.trim()) || NO_CELL_AR_HE_FA_TH.test(cell.trim());
}
/** A column that says whether the value may be null: `NULL`, `Nullable`, `NULL 허용`, `null可`. */
/** A column that says whether the value may be null: `Nullable`, `NULL 허용`, `可為空`, `允许为空`, `是否可空`, `Null erlaubt`. */
const H_NULL = /^(?:null(?:able)?\??|null ?(?:허용|可|許容|允许|允許|erlaubt|zulässig|allowed|autorisé|permitido)(?: ?여부)?|(?:是否)?(?:可為空|可为空|可空)|(?:是否)?(?:允许|允許)(?:为|為)?空(?:值)?)$/;
/** Yes and no in Arabic, Hebrew, Thai and Persian; a no maybe with an aside (`لا (اختياري)`, `خیر (اختیاری)`). */
const YES_CELL_AR_HE_FA_TH = /^(?:نعم|כן|ใช่|بله|آری)$/;
const NO_CELL_AR_HE_FA_TH = /^(?:لا|לא|ไม่|ไม่ใช่|ไม่จำเป็น|خیر|نه)(?:\s*\([^()]*\))?$/;

/**
 * Read a Markdown table by its headers (any column order): endpoints (method + path), fields
 * (field + type, named by a caption line right above or else the heading), entities (model + fields) or screens (title + route).
 * Rows that name something legacy or out of scope are skipped. Other tables still yield
 * `METHOD /path` pairs written in their cells.
 */
export function readTable(header: string[], rows: Array<{ cells: string[]; line: number }>, ctx: SectionContext, out: TaskCollector, caption?: string): void {
  const headers = header.map((c) => c.replace(/[*_`]/g, '').trim().toLowerCase());
  let methodCol = col(headers, IS_METHOD_HEADER);
  const named = pathColumn(headers, rows, methodCol);
  // Under a screens heading, or beside a column of screens, an address word alone names the route column (`| Écran | Adresse |`).
  let pathCol = named === -1 && !ctx.api && (ctx.page || col(headers, IS_SCREEN_HEADER) !== -1) ? col(headers, IS_ADDRESS_HEADER, [methodCol]) : named;
  if (pathCol === -1) {
    // Headers in words the tables don't know (`| Verbe | Ressource |`): a column whose every cell
    // is HTTP methods is the method column, and a column whose every cell holds one path, its paths.
    const byCells = methodCol !== -1 ? methodCol : cellsColumn(rows, headers.length, isMethodCell);
    const paths = byCells !== -1 ? cellsColumn(rows, headers.length, (cell) => findPaths(cell).length === 1, byCells) : -1;
    if (paths !== -1) [methodCol, pathCol] = [byCells, paths];
  }
  const namedModelCol = col(headers, IS_MODEL_HEADER);
  // A fields column lists fields of the row's model: only beside a model column.
  const namedFieldsCol = namedModelCol !== -1 ? col(headers, H_FIELDS) : -1;
  const typeCol = col(headers, IS_TYPE_HEADER);
  let fieldCol = col(headers, IS_FIELD_HEADER, [namedModelCol, namedFieldsCol]);
  // A data dictionary's two name columns: the one whose cells are names as code writes them (`ownerId`, not `飼い主ID`).
  if (fieldCol === -1 || !codeNameCells(rows, fieldCol)) {
    const physical = headers.findIndex((h, i) => i !== fieldCol && i !== typeCol && (H_PHYSICAL.test(h) || (fieldCol !== -1 && IS_FIELD_HEADER.test(h))) && codeNameCells(rows, i));
    if (physical !== -1) fieldCol = physical;
  }
  // `| Subscription field | Type |`: a field column whose header names the model its rows belong to.
  let ownerModel: string | undefined;
  if (fieldCol === -1 && namedModelCol === -1 && typeCol !== -1) {
    fieldCol = header.findIndex((h, i) => i !== typeCol && (ownerModel = ownerOfFields(h)) !== undefined);
    if (fieldCol === -1) ownerModel = undefined;
  }
  // Headers in a language the extractor does not know (`| Сущность | Поля |`): a model and a fields column by what their cells hold.
  const shaped = namedFieldsCol === -1 && fieldCol === -1 && typeCol === -1 && methodCol === -1 && pathCol === -1 ? entityColumns(rows) : -1;
  const modelCol = shaped !== -1 ? shaped : namedModelCol;
  const fieldsCol = shaped !== -1 ? shaped + 1 : namedFieldsCol;
  const requiredCol = col(headers, IS_REQUIRED_HEADER);
  // `| Pflicht | NULL |`: beside a required column, a column of its own says whether the value may be null.
  const nullCol = requiredCol !== -1 && !H_NULL.test(headers[requiredCol]!) ? headers.findIndex((h, i) => i !== requiredCol && H_NULL.test(h)) : -1;
  const notesCol = fieldCol !== -1 ? col(headers, IS_NOTES_HEADER, [fieldCol, typeCol]) : -1;
  const titleCol = col(headers, IS_TITLE_HEADER, [pathCol]);
  const requestCol = col(headers, H_REQUEST);
  const responseCol = col(headers, H_RESPONSE);

  // Each model's fields in row order, with the set of their names: a repeated row is looked up, not searched for.
  const fieldRows = new Map<string, { line: number; fields: ModelField[]; lines: number[]; names: Set<string> }>();
  // The model a field table without a model column describes: the same for every row.
  // A caption naming a part of a call ("Request body:") makes the table a call's, not the heading's model.
  const tableModel = ownerModel ?? (fieldCol !== -1 && modelCol === -1 && !(caption !== undefined && isMessagePart(caption)) ? ((caption !== undefined ? captionModelName(caption) : undefined) ?? modelNameFromHeading(ctx.section.title)) : undefined);
  // A migration table (`| v2 | v3 |`, `| Old | New |`): the old side's endpoints are not to be built.
  const oldCols = oldColumns(headers);
  // The model a fields table's model column last named: a row whose model cell is empty belongs to it (the cell spans the rows in the writer's mind).
  let spanned: string | undefined;
  for (const row of rows) {
    const { cells, line } = row;
    // A model cell that says its model is gone leaves out the rows it spans.
    const modelCell = modelCol !== -1 && fieldCol !== -1 ? (cells[modelCol] ?? '').trim() : '';
    if (modelCell !== '') spanned = LINE_OUT_OF_SCOPE.test(modelCell) || REMOVED_STATUS.test(modelCell) ? '' : modelCell;
    // A fields table's type cell may list the values of an enum (`active / retired`): values, not a status of the row.
    // In an endpoints table, a description that is the one word of what the call does (`| POST | /loans/{id}/reject | 却下 |`) gives no row up.
    if (cells.some((c, i) => (LINE_OUT_OF_SCOPE.test(c) || (REMOVED_STATUS.test(c) && !(methodCol !== -1 && pathCol !== -1 && REJECTED_WORD.test(c) && DESCRIPTION_HEADER.test(headers[i] ?? '')))) && !(i === typeCol && fieldCol !== -1 && cellType(c).type.includes('"')) && !(fieldCol !== -1 && i !== fieldCol && aboutLegacyThings(c)))) continue;
    if (pathCol !== -1 && methodCol !== -1) {
      const cell = cells[pathCol] ?? '';
      const paths = findPaths(cell, (cells[methodCol] ?? '').trim() !== '');
      // A path cell may name its methods after the path (`/api/orders` POST): they count too.
      const after = paths.length === 1 ? PATH_THEN_METHODS.exec(cell.replace(/`/g, ' ')) : null;
      const methods = [...new Set([...methodsIn(cells[methodCol] ?? ''), ...(after ? methodsIn(after[2]!) : [])])];
      if (paths[0] && methods.length > 0) out.api(ctx, line, paths[0].path, methods, bodiesOf(methods, cells, requestCol, responseCol));
      // An endpoints table row whose method cell is empty: an endpoint without a method.
      else if (paths[0] && (cells[methodCol] ?? '').trim() === '') out.endpoint(ctx, line, paths[0].path);
      // A routes table's row whose "method" says it is a page (`| /e/:slug | page | … |`).
      else if (UI_KIND_CELL.test((cells[methodCol] ?? '').replace(/[`*_]/g, '').trim())) {
        const path = paths[0]?.path ?? homeRoute(cell);
        if (path && !isApiPath(path)) out.page(ctx, line, path, titleCol !== -1 ? cells[titleCol] : undefined);
      }
      continue;
    }
    if (pathCol !== -1) {
      const cell = cells[pathCol] ?? '';
      const pairs = ourMethodPaths(cell, ctx);
      for (const p of pairs) out.api(ctx, line, p.path, p.methods, bodiesOf(p.methods, cells, requestCol, responseCol));
      if (pairs.length > 0) continue;
      // `` `/api/v1/bookings` POST ``: the method after the path in one cell.
      const after = PATH_THEN_METHODS.exec(cell.replace(/`/g, ' '));
      const trailing = after ? findPaths(after[1]!) : [];
      if (after && trailing.length === 1) {
        const methods = methodsIn(after[2]!);
        out.api(ctx, line, trailing[0]!.path, methods, bodiesOf(methods, cells, requestCol, responseCol));
        continue;
      }
      // A table whose name column is headed as screens (`| Screen | Path |`) lists pages, even in an API document.
      const screens = titleCol !== -1 && PAGE_NOUNS.some((n) => headers[titleCol] === n || headers[titleCol] === `${n}s`);
      if ((ctx.api && !screens) || H_ENDPOINT.test(headers[pathCol]!)) {
        const path = findPaths(cell)[0]?.path;
        if (path) out.endpoint(ctx, line, path);
        continue;
      }
      // Under a heading that names a UI ("Dashboard", "Web console"), a routes table without a title column (`| Route | Purpose |`) lists its screens.
      const path = findPaths(cell)[0]?.path ?? homeRoute(cell);
      if (path && !isApiPath(path) && (ctx.page || titleCol !== -1 || UI_HEADING.test(ctx.section.title)) && (!ctx.api || screens)) {
        const title = titleCol !== -1 ? cells[titleCol] : undefined;
        out.page(ctx, line, path, title);
        // `` `/admin/items/new`、`/admin/items/:id/edit` ``: a cell of routes only, a comma or "and" between them, is a screen at each.
        if (ROUTES_ONLY.test(cell)) for (const p of findPaths(cell).slice(1)) if (!isApiPath(p.path)) out.page(ctx, line, p.path, title);
        // A screens table's other cells may name the calls each screen makes (`| Orders | /orders | GET /api/orders |`).
        for (let c = 0; c < cells.length; c++) {
          if (c === pathCol || c === titleCol || !cells[c]!.includes('/')) continue;
          for (const p of ourMethodPaths(cells[c]!, ctx)) out.api(ctx, line, p.path, p.methods);
        }
      }
      continue;
    }
    if (fieldCol !== -1 && (typeCol !== -1 || ctx.model)) {
      const modelName = modelCol !== -1 ? spanned : tableModel;
      const name = (cells[fieldCol] ?? '').replace(/[`*]/g, '').trim();
      if (!modelName || !/^[\p{L}_$][\p{L}\p{N}_$]*\??$/u.test(name)) continue;
      const bare = name.replace(/\?$/, '');
      const rawType = typeCol !== -1 ? (cells[typeCol] ?? '') : '';
      // "Relation → Workspace", "FK → Driver", "Link to Member": a reference; the field's name says its type (`workspaceId` → string).
      const reference = REFERENCE_CELL.exec(rawType.replace(/[`*]/g, '').trim());
      // A field named after the thing, not its key (`salon`, not `salonId`): the model it points at is its type.
      // `Relation → Boards`, `Relation (Users)`: the model, named in the singular as models are.
      const pointed = reference ? (reference[1] ?? reference[2])?.trim() : undefined;
      const target = pointed !== undefined && !ID_FIELD.test(bare) && !/(?:Id|ID)s$|_ids$|^ids$/.test(bare) && /^\p{Lu}[\p{L}\p{N}]*$/u.test(pointed) ? normalizeModelName(pointed) : undefined;
      const many = target !== undefined && /[^s]s$/.test(bare) && !/[^s]s$/.test(target);
      const written = target !== undefined ? { type: many ? `${target}[]` : target, optional: false } : rawType.trim() && !reference ? cellType(rawType) : typeCol === -1 && notesCol !== -1 ? describedType(cells[notesCol] ?? '') : undefined;
      const noted = notesCol !== -1 ? readSideNotes(cells[notesCol] ?? '', written?.type, rawType) : undefined;
      // A "Nullable" column says the value may be null (`T | null`), not that the field may be left out.
      // A required cell may add a note after its word (`não (opcional)`, `nein, null solange …`, `sim, nulo até …`, or only `nullable`):
      // the word says whether the field is required, a note that the value may be null makes it `T | null`, not optional.
      const requiredCell = requiredCol !== -1 ? (cells[requiredCol] ?? '').replace(/`/g, '').trim() : '';
      const requiredNote = REQUIRED_WITH_NOTE.exec(requiredCell);
      const requiredNull = requiredCell.toLowerCase().includes('nul') && readSideNotes(requiredNote ? requiredNote[2]! : requiredCell, undefined).nullable;
      const flagged = requiredCol !== -1 && !requiredNull && isOptional(requiredNote ? requiredNote[1]! : requiredCell, headers[requiredCol]!);
      // …unless its cell says "optional" in words: then the field may be left out.
      const nullableCol = flagged && H_NULL.test(headers[requiredCol]!) && !/^optional$/i.test((cells[requiredCol] ?? '').trim());
      const optional = name.endsWith('?') || !!written?.optional || !!noted?.optional || (flagged && !nullableCol && !noted?.nullable);
      let type = noted?.type ?? written?.type;
      const nullYes = nullCol !== -1 && isOptional((cells[nullCol] ?? '').replace(/`/g, '').trim(), headers[nullCol]!);
      if (type !== undefined && (noted?.nullable || nullableCol || requiredNull || nullYes) && type !== 'unknown' && !type.endsWith('| null')) type = `${type} | null`;
      const field: ModelField = type !== undefined ? { name: bare, type, optional } : { name: bare, type: nullableCol ? `${inferFieldType(bare)} | null` : inferFieldType(bare), optional, inferred: true };
      const entry = fieldRows.get(modelName) ?? { line, fields: [], lines: [], names: new Set<string>() };
      if (!entry.names.has(field.name)) {
        entry.names.add(field.name);
        entry.fields.push(field);
        entry.lines.push(line);
      }
      fieldRows.set(modelName, entry);
      continue;
    }
    if (modelCol !== -1 && fieldsCol !== -1) {
      const name = (cells[modelCol] ?? '').replace(/[`*]/g, '').trim();
      if (/^[\p{L}][\p{L}\p{N}_ -]{0,63}$/u.test(name)) out.model(ctx, line, name, parseFieldList(cells[fieldsCol] ?? ''));
      continue;
    }
    // A screen's spec sheet under a screens heading: a row labelled as its address (`| URL | `/login` |`) is the screen's route.
    if (ctx.page && !ctx.api && cells.length === 2 && cells[1]!.includes('/') && !cells[1]!.includes('://') && isRouteLabel(cells[0]!)) {
      const path = findPaths(cells[1]!.replace(/`/g, ' '))[0]?.path;
      if (path && !isApiPath(path) && methodsIn(cells[1]!).length === 0) {
        out.page(ctx, line, path, screenTitle(ctx.section.title));
        continue;
      }
    }
    // A settings row that names the base (`| API_BASE | /api/interp |`) states the prefix of the paths (see settingsBase), no endpoint.
    if (cells.length >= 2 && isBaseSettingKey(cells[0]!)) continue;
    for (let c = 0; c < cells.length; c++) {
      if (oldCols?.has(c)) continue;
      const cell = cells[c]!;
      const pairs = ourMethodPaths(cell, ctx);
      for (const p of pairs) out.api(ctx, line, p.path, p.methods);
      // A cell that is an API path and nothing else (a method and a note in parentheses may follow):
      // `/api/v1/bookings` POST (p95) in a targets table.
      const only = pairs.length === 0 ? API_CELL.exec(cell.replace(/`/g, ' ').trim()) : null;
      const path = only ? findPaths(only[1]!)[0]?.path : undefined;
      // `/api` or `/api/v1` alone is the prefix of every endpoint, not one of them.
      if (!only || !path || !isApiPath(path) || path.split('/').every((s) => /^(?:|api|rest|v\d+)$/i.test(s))) continue;
      const methods = methodsIn(only[2] ?? '');
      if (methods.length > 0) out.api(ctx, line, path, methods);
      else out.endpoint(ctx, line, path);
    }
  }
  for (const [name, { line, fields, lines }] of fieldRows) out.model(ctx, line, name, fields, lines);
}
