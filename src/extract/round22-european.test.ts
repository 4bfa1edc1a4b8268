/**
 * Misses found by a twenty-second round of reading (held-out PRDs in Swedish, Czech, Ukrainian and
 * Greek): their section, column, type and modal words, `Native (CodeName)` model headings, Swedish
 * prose calls. Each rule has its negative beside it. The text is invented, unlike the probes'.
 */
import { describe, expect, it } from 'vitest';
import { isQuestion } from './context.js';
import { modelNameFromHeading } from './names.js';
import { normalizeFieldType } from './field-types.js';
import { apiLines, lines, modelLines, pageRoutes, ruleRows } from '../testing/extract.js';

describe('a model heading in a Latin-script language with its code name: ### Hus (House)', () => {
  it('names the model by its code name', () => {
    expect(modelNameFromHeading('Hus (House)')).toBe('House');
    expect(modelNameFromHeading('Lékař (Doctor)')).toBe('Doctor');
    expect(modelNameFromHeading('**Συνταγή (Recipe)**')).toBe('Recipe');
    const md = lines('# Stallet', '', '## Datadefinitioner', '', '### Häst (Horse)', '', '| Fält | Typ | Obligatoriskt |', '|---|---|---|', '| `id` | uuid | ja |', '| `name` | text | ja |', '| `nickname` | text | nej |', '');
    expect(modelLines(md)).toEqual(['Horse { id: string; name: string; nickname?: string }']);
  });

  it('keeps a topic with its technology, an acronym or a note in parentheses out of the name', () => {
    expect(modelNameFromHeading('Database (Supabase)')).toBeUndefined();
    expect(modelNameFromHeading('Pages (Blazor)')).not.toBe('Blazor');
    expect(modelNameFromHeading('Payments (Stripe)')).not.toBe('Stripe');
    expect(modelNameFromHeading('Requirements (EARS)')).not.toBe('EARS');
    expect(modelNameFromHeading('Invoice (legacy)')).toBe('Invoice');
    expect(modelNameFromHeading('Order (order)')).toBe('Order');
  });
});

describe('Czech, Ukrainian and Greek section words', () => {
  it('reads the routes under a Czech, a Greek and a Ukrainian screens heading as pages', () => {
    expect(pageRoutes(lines('# Knihovna', '', '## Obrazovky', '', '### 1. Moje výpůjčky – `/vypujcky`', '', 'Seznam výpůjček.', '', '### 2. Detail knihy – `/knihy/:knihaId`', ''))).toEqual(['/knihy/:knihaId', '/vypujcky']);
    expect(pageRoutes(lines('# Βιβλιοθήκη', '', '## Οθόνες', '', '1. Τα βιβλία μου — `/books`', '2. Καρτέλα βιβλίου — `/books/:bookId`', ''))).toEqual(['/books', '/books/:bookId']);
    expect(pageRoutes(lines('# Бібліотека', '', '## Сторінки', '', '| Сторінка | Маршрут |', '|---|---|', '| Каталог | `/catalog` |', '| Мої книги | `/me/books` |', ''))).toEqual(['/catalog', '/me/books']);
  });

  it('takes no web address, file path or API path under a screens heading as a page', () => {
    const md = lines('# Knihovna', '', '## Obrazovky', '', 'Návrhy jsou na https://design.example/knihovna a kód v `apps/web/src/pages/Books.tsx`.', '', 'Data načítá `GET /api/books`.', '');
    expect(pageRoutes(md)).toEqual([]);
  });

  it('reads the items under a Czech rules heading and a Greek requirements heading as rules', () => {
    expect(ruleRows(lines('# Knihovna', '', '## Pravidla', '', '- Čtenář nemá víc než pět výpůjček najednou.', '- Rezervace propadne po třech dnech.', '')).map((r) => r[2])).toEqual(['Čtenář nemá víc než pět výpůjček najednou.', 'Rezervace propadne po třech dnech.']);
    expect(ruleRows(lines('# Βιβλιοθήκη', '', '## Απαιτήσεις', '', '- Ο αναγνώστης δανείζεται έως πέντε βιβλία ταυτόχρονα.', '')).map((r) => r[2])).toEqual(['Ο αναγνώστης δανείζεται έως πέντε βιβλία ταυτόχρονα.']);
  });

  it('takes no item of a Czech, Ukrainian or Greek questions, glossary or goals section as a rule', () => {
    expect(ruleRows(lines('# Knihovna', '', '## Otevřené otázky', '', '- Musí čtenář potvrdit každou rezervaci e-mailem', '', '## Slovník pojmů', '', '- **Výpůjčka**: kniha, kterou čtenář musí vrátit do měsíce.', ''))).toEqual([]);
    expect(ruleRows(lines('# Бібліотека', '', '## Відкриті питання', '', '- Читач повинен підтверджувати кожне бронювання', '', '## Глосарій', '', '- **Бронювання** — книга, яку читач повинен забрати за три дні.', ''))).toEqual([]);
    expect(ruleRows(lines('# Βιβλιοθήκη', '', '## Σκοπός', '', 'Ο αναγνώστης πρέπει σήμερα να έρχεται στη βιβλιοθήκη για κάθε κράτηση.', ''))).toEqual([]);
  });

  it('leaves out a Czech out-of-scope section, and a Swedish line that says a thing is retired and not to be rebuilt', () => {
    expect(apiLines(lines('# Knihovna', '', '## Mimo rozsah', '', '- `GET /api/fines` — pokuty (fáze 2).', ''))).toEqual([]);
    expect(ruleRows(lines('# Biblioteket', '', '## API', '', 'Den gamla rapporten `/rapport.csv` avvecklas och ska inte återskapas.', ''))).toEqual([]);
    expect(ruleRows(lines('# Biblioteket', '', '## API', '', 'Rapporten ska skickas varje måndag.', '')).map((r) => r[2])).toEqual(['Rapporten ska skickas varje måndag.']);
  });
});

describe('modal words of Czech, Ukrainian and Greek', () => {
  it('reads a sentence with one as a rule of its level', () => {
    expect(ruleRows(lines('# Knihovna', '', '## Výpůjčky', '', 'Čtenář musí vrátit knihu do třiceti dnů.', ''))).toEqual([[undefined, 'must', 'Čtenář musí vrátit knihu do třiceti dnů.']]);
    expect(ruleRows(lines('# Бібліотека', '', '## Позики', '', 'Система повинна надсилати нагадування за день до терміну.', ''))).toEqual([[undefined, 'must', 'Система повинна надсилати нагадування за день до терміну.']]);
    expect(ruleRows(lines('# Βιβλιοθήκη', '', '## Δανεισμός', '', '- ΟΤΑΝ ο αναγνώστης επιστρέφει βιβλίο, ΤΟ ΣΥΣΤΗΜΑ ΘΑ ενημερώνει την κράτηση.', '- Η εφαρμογή θα πρέπει να δείχνει την ημερομηνία επιστροφής.', '')).map((r) => r[1])).toEqual(['must', 'should']);
  });

  it('takes no Greek question, with its question mark or a semicolon, as a rule', () => {
    expect(isQuestion('Πρέπει ο αναγνώστης να βλέπει το ιστορικό του;')).toBe(true);
    expect(isQuestion('Πρέπει ο αναγνώστης να βλέπει το ιστορικό του\u037e')).toBe(true);
    expect(isQuestion('const a = 1;')).toBe(false);
    expect(ruleRows(lines('# Βιβλιοθήκη', '', '## Δανεισμός', '', 'Πρέπει ο αναγνώστης να βλέπει και το ιστορικό του;', ''))).toEqual([]);
  });
});

describe('column headers, type words and enum words of Swedish, Czech, Ukrainian and Greek', () => {
  it('reads a Greek field table with its required column and notes', () => {
    const md = lines('# Βιβλιοθήκη', '', '## Μοντέλο δεδομένων', '', '**Δανεισμός (Loan)**', '', '| Πεδίο | Τύπος | Υποχρεωτικό | Περιγραφή |', '|---|---|---|---|', '| `id` | uuid | ναι | |', '| `dueOn` | ημερομηνία | ναι | |', '| `copies` | ακέραιος | ναι | |', '| `renewed` | λογική τιμή | ναι | |', '| `state` | ένα από: `open`, `closed` | ναι | |', '| `returnedAt` | ημερομηνία και ώρα | ναι | μπορεί να είναι null μέχρι την επιστροφή |', '| `note` | κείμενο | όχι | |', '');
    expect(modelLines(md)).toEqual(['Loan { id: string; dueOn: string; copies: number; renewed: boolean; state: "open" | "closed"; returnedAt: string | null; note?: string }']);
  });

  it('reads Czech and Ukrainian tables with their enum, list and boolean words', () => {
    const cz = lines('# Knihovna', '', '## Datový model', '', '### Kniha (Book)', '', '| Pole | Typ | Povinné | Poznámka |', '|---|---|---|---|', '| `pages` | celé číslo | ano | |', '| `price` | desetinné číslo | ano | |', '| `format` | výčet: `paper`, `ebook` | ano | |', '| `tagIds` | seznam UUID | nepovinné | |', '| `inStock` | ano/ne (boolean) | ano | |', '| `addedAt` | datum a čas | ano | |', '');
    expect(modelLines(cz)).toEqual(['Book { pages: number; price: number; format: "paper" | "ebook"; tagIds?: string[]; inStock: boolean; addedAt: string }']);
    const uk = lines('# Бібліотека', '', '## Словник даних', '', '### Книга (Book)', '', "| Поле | Тип | Обов'язкове | Опис |", '|---|---|---|---|', '| `format` | перелік: `paper`, `ebook` | так | |', '| `authors` | масив рядків | так | |', '| `addedAt` | дата й час | так | |', '| `readerId` | uuid | так | може бути null, доки книгу не видано |', '| `note` | рядок | ні | |', '');
    expect(modelLines(uk)).toEqual(['Book { format: "paper" | "ebook"; authors: string[]; addedAt: string; readerId: string | null; note?: string }']);
  });

  it('reads Swedish list and enum words, and a null note with a dash after it', () => {
    const md = lines('# Stallet', '', '## Datadefinitioner', '', '### Häst (Horse)', '', '| Fält | Typ | Obligatoriskt | Beskrivning |', '|---|---|---|---|', '| `colors` | lista av text | nej | |', '| `gait` | en av `walk`, `trot` | ja | |', '| `soldOn` | datum | ja | kan vara null – null betyder inte såld |', '');
    expect(modelLines(md)).toEqual(['Horse { colors?: string[]; gait: "walk" | "trot"; soldOn: string | null }']);
  });

  it('keeps words that are no type words unknown', () => {
    expect(normalizeFieldType('číslo bytu')).toBe('unknown');
    expect(normalizeFieldType('seznam')).toBe('unknown');
    expect(normalizeFieldType('a b')).toBe('unknown');
  });
});

describe('Swedish prose calls: "ett GET-anrop till /x", "DELETE på /x", "POST på samma sökväg"', () => {
  it('reads the method and the path apart in a Swedish sentence', () => {
    const md = lines('# Stallet', '', '## API', '', 'Appen hämtar hästarna med ett GET-anrop till `/api/horses`. En häst tas bort med DELETE på `/api/horses/{horseId}`.', '', 'Foderlistan läses med GET från `/api/horses/{horseId}/feed` och nya rader läggs till med POST på samma sökväg.', '');
    expect(apiLines(md)).toEqual(['DELETE /api/horses/:horseId', 'GET /api/horses', 'GET /api/horses/:horseId/feed', 'POST /api/horses/:horseId/feed']);
  });

  it('takes no call to another host, and no page a user goes to, as an endpoint', () => {
    const md = lines('# Stallet', '', '## API', '', 'Sms skickas med ett POST-anrop till `https://sms.vendor.example/send`.', '', 'Efter ett POST skickas användaren vidare till `/horses`.', '');
    expect(apiLines(md)).toEqual([]);
  });
});
