/**
 * Rules found by a ninth round of reading held-out PRDs: requirements tables whose id column is
 * named with its kind (`要件ID`), rows and items that carry a status saying they are not to be
 * built now (Deferred, Out of scope, Cut, Zurückgestellt, 対象外), and the level a row's cell
 * gives in the PRD's language. Each rule has its negative beside it.
 */
import { describe, expect, it } from 'vitest';
import { apiLines, mergedTasks, ruleRows } from '../testing/extract.js';

const texts = (md: string) => ruleRows(md).map((r) => r[2]);
const ids = (md: string) => ruleRows(md).map((r) => r[0]);

describe('a requirements table', () => {
  it('whose id column names its kind (`要件ID`, `Req. ID`) gives each row its id, the text from the requirement column', () => {
    const md = ['# 備品', '', '## 2. 機能要件', '', '| 要件ID | 区分 | 要件 |', '|---|---|---|', '| REQ-J-01 | 必須 | 社員は備品を検索し、空き状況を確認できること。 |', '| REQ-J-02 | 推奨 | 予約は利用開始日の30日前から受け付けること。 |', ''].join('\n');
    expect(ruleRows(md)).toEqual([
      ['REQ-J-01', 'must', '社員は備品を検索し、空き状況を確認できること。'],
      ['REQ-J-02', 'should', '予約は利用開始日の30日前から受け付けること。'],
    ]);
    const en = ['# Orders', '', '| Req. ID | Description |', '|---|---|', '| OR-1 | Orders over 500 EUR need a second approver. |', ''].join('\n');
    expect(ids(en)).toEqual(['OR-1']);
  });
  it('an id column of something else (`Order ID`) makes no requirements table', () => {
    const md = ['# Orders', '', '## Sample data', '', '| Order ID | Description |', '|---|---|', '| ORD-1 | Two coffees and a bagel for the morning meeting |', ''].join('\n');
    expect(ruleRows(md)).toEqual([]);
  });
  it('takes its level from a cell in the PRD\'s language (`Muss`, `Soll`, `必須`, `推奨`)', () => {
    const md = ['# Stempel', '', '## Anforderungen', '', '| ID | Stufe | Anforderung |', '|---|---|---|', '| ANF-1 | Soll | Korrekturen vergangener Tage innerhalb von 14 Tagen erlauben. |', '| ANF-2 | Kann | Export der Zeiten als CSV-Datei anbieten. |', ''].join('\n');
    expect(ruleRows(md).map((r) => r[1])).toEqual(['should', 'may']);
  });
});

describe('a row marked not to be built now', () => {
  it('Deferred, Out of scope, Zurückgestellt, Fora do escopo, 対象外 in a column of its own: no rule', () => {
    const md = [
      '# Onboarding',
      '',
      '## Requirements matrix',
      '',
      '| ID | Requirement | Priority |',
      '|---|---|---|',
      '| ONB-1 | New hires must sign in with their offer e-mail. | Must |',
      '| ONB-2 | Sync with Slack to auto-invite new hires. | Deferred |',
      '| ONB-3 | Payroll data must be pushed to the vendor automatically. | Out of scope |',
      '| ONB-4 | Urlaubsanträge sollen direkt gestellt werden können. | Zurückgestellt |',
      '| ONB-5 | O pagamento em dinheiro deve ser aceito. | Fora do escopo |',
      '| ONB-6 | 社外の取引先への貸出に対応すること。 | 対象外（次期フェーズ） |',
      '| ONB-7 | Managers must see a weekly summary. | ❌ Cut — too costly |',
      '| ONB-8 | Exports must be signed. | Later (after the pilot) |',
      '',
    ].join('\n');
    expect(ids(md)).toEqual(['ONB-1']);
  });
  it('a status word inside a sentence, or an entity state in a table of statuses, drops nothing', () => {
    const md = [
      '# Orders',
      '',
      '## Business rules',
      '',
      '| ID | Requirement | Priority |',
      '|---|---|---|',
      '| OR-1 | Deferred payments must be settled within 30 days. | Must |',
      '| OR-2 | Orders cut off at 14:00 ship the next day. | Later this year we review it |',
      '',
      '| Status | Meaning |',
      '|---|---|',
      '| Deferred | The payment must be retried the next day. |',
      '',
    ].join('\n');
    expect(texts(md)).toEqual(['Deferred payments must be settled within 30 days.', 'Orders cut off at 14:00 ship the next day.', 'Deferred — The payment must be retried the next day.']);
  });
});

describe('an item that carries a status', () => {
  it('in brackets at its end or as a label at its start is no rule', () => {
    const md = ['# Board', '', '## Requirements', '', '- Posts must be translatable into the reader\'s language (deferred).', '- [Cut] Weighted votes based on the customer\'s plan.', '- Won\'t have: voters must see a public roadmap.', '- Board slugs must be unique per workspace.', ''].join('\n');
    expect(texts(md)).toEqual(['Board slugs must be unique per workspace.']);
  });
  it('a bracket that only holds other words keeps it', () => {
    const md = ['# Board', '', '## Requirements', '', '- Sessions must end after 30 minutes (cut-off at midnight).', ''].join('\n');
    expect(texts(md)).toEqual(['Sessions must end after 30 minutes (cut-off at midnight).']);
  });
});

describe('a question', () => {
  it('is no rule whatever its form: set in bold over its answer, or written without its mark', () => {
    const md = ['# Book clubs', '', '## Customer FAQ', '', '**Must I finish the book before joining the discussion?**', 'No. Every chapter has its own thread.', '', '**Should I pay anything for clubs?**', 'No, clubs are free. Club owners cannot charge members.', '', '- Should we allow guests to post', ''].join('\n');
    expect(texts(md)).toEqual(['Club owners cannot charge members.']);
  });
  it('a bold sentence that states a rule is still one, and so is the sentence after it', () => {
    const md = ['# Book clubs', '', '## Moderation', '', '**Club owners must be able to remove any post.** A post reported by 3 members is hidden until a moderator reviews it.', ''].join('\n');
    expect(texts(md)).toEqual(['Club owners must be able to remove any post.', 'A post reported by 3 members is hidden until a moderator reviews it.']);
  });
});

describe('the answer to a question', () => {
  it('states a limit of the product even when it addresses the reader or points back', () => {
    const md = ['# Book clubs', '', '## Customer FAQ', '', '**How many clubs can I join?**', 'You can join up to 10 clubs at a time.', '', '**What counts as a spoiler?**', 'Any post for a chapter you have not reached. Those posts stay hidden behind a tap-to-reveal until your reading progress passes that chapter.', ''].join('\n');
    expect(texts(md)).toEqual(['You can join up to 10 clubs at a time.', 'Those posts stay hidden behind a tap-to-reveal until your reading progress passes that chapter.']);
  });
  it('an answer about the writers or about today, and a sentence to the reader outside an answer, are none', () => {
    const md = ['# Book clubs', '', '## Internal FAQ', '', '**How will we scale?**', 'We can host up to 10 clubs per server. You can currently join up to 3 clubs.', '', '## Notes', '', 'You can join up to 10 clubs at a time.', ''].join('\n');
    expect(texts(md)).toEqual([]);
  });
});

describe('a limit with a number', () => {
  it('of several digits is one ("up to 10", "within 30 days", "max 12")', () => {
    const md = ['# Uploads', '', '## Solution', '', '- A report holds up to 50 receipts.', '- A report is archived within 30 days of approval.', '- Reports are exported as PDF.', ''].join('\n');
    expect(texts(md)).toEqual(['A report holds up to 50 receipts.', 'A report is archived within 30 days of approval.']);
  });
  it('under a "Why" heading it is the motivation, not a rule', () => {
    const md = ['# Digests', '', '## Why', '', 'Active users receive up to 80 e-mails a day, most of them mention notices.', ''].join('\n');
    expect(texts(md)).toEqual([]);
  });
});

describe('a limit on what is accepted', () => {
  it('a size over which something is rejected, and the only kinds accepted, are rules', () => {
    const md = ['# Receipts', '', '## Rabbit holes', '', '- **Image size.** Phones produce 8–12 MB photos. Receipts larger than 10 MB are rejected after compression; only JPEG, PNG and PDF are accepted.', ''].join('\n');
    expect(texts(md)).toEqual(['Receipts larger than 10 MB are rejected after compression; only JPEG, PNG and PDF are accepted.']);
  });
  it('a comparison that rejects nothing, or a fact about what is accepted only somewhere, is none', () => {
    const md = ['# Receipts', '', '## Solution', '', 'Phones produce photos larger than 8 MB. The vendor is only one of three we tried.', ''].join('\n');
    expect(texts(md)).toEqual([]);
  });
});

describe('a heading that says its items are not for now', () => {
  it('Shape Up\'s "No-gos", a roadmap\'s "Later", "Cut from v2": no rule, and no page or endpoint, under it', () => {
    const md = ['# Receipts', '', '## No-gos', '', '- No mileage tracking: the screen `/expenses/mileage` and `POST /api/mileage-logs` are out.', '- Reports must support multiple currencies someday.', '', '## Later', '', '- Exports must be signed.', '', '## Cut from v2', '', '- Votes must be weighted by plan.', ''].join('\n');
    expect(mergedTasks(md)).toEqual([]);
  });
  it('a heading that holds the words as a feature\'s name is read as before', () => {
    const md = ['# Receipts', '', '## Later payments', '', '- A later payment must be settled within 30 days.', ''].join('\n');
    expect(texts(md)).toEqual(['A later payment must be settled within 30 days.']);
  });
});

describe('a label or paragraph that says the list with it is given up', () => {
  it('a bold out-of-scope label (a Google Docs heading) or "These were dropped." makes its list no rules', () => {
    const md = ['**Clinic booking**', '', '**3\\. Requirements**', '', '* Patients must be able to book 60 days ahead.', '', '**6\\. Out of scope**', '', '* Video visits must support screen sharing.', '', '**7\\. Sign-off**', '', 'These were discussed in the kickoff and dropped. Nothing here is part of v2.', '', '- Posts must be translatable into the reader\'s language.', '', 'Back in scope:', '', '- Board slugs must be unique per workspace.', ''].join('\n');
    expect(texts(md)).toEqual(['Patients must be able to book 60 days ahead.', 'Board slugs must be unique per workspace.']);
  });
  it('a paragraph about something else that was dropped keeps the list after it', () => {
    const md = ['# Calls', '', '## Requirements', '', 'Calls that were dropped by the carrier are retried.', '', '- Retried calls must keep their original id.', ''].join('\n');
    expect(texts(md)).toEqual(['Retried calls must keep their original id.']);
  });
});

describe('a Japanese requirement', () => {
  it('ends in 〜こと (shall), 〜てはならない (must not) or states a limit (最長, 〜以内, 〜まで); sentences split at 。', () => {
    const md = ['# 備品', '', '## 2. 貸出', '', '- 社員は備品を検索し、空き状況を確認できること。', '- 廃棄済みの備品は貸出・予約の対象にしてはならない。', '- 貸出期間は最長14日とすること。延長は1回まで、7日以内とする。', ''].join('\n');
    expect(ruleRows(md)).toEqual([
      [undefined, 'must', '社員は備品を検索し、空き状況を確認できること。'],
      [undefined, 'must', '廃棄済みの備品は貸出・予約の対象にしてはならない。'],
      [undefined, 'must', '貸出期間は最長14日とすること。'],
      [undefined, 'must', '延長は1回まで、7日以内とする。'],
    ]);
  });
  it('こと inside a sentence, a fragment of a scope list, or the background, is none', () => {
    const md = ['# 備品', '', '## 1.2 背景', '', '所在不明の備品を減らすことが目的である。', '', '## 1.3 対象範囲', '', '- 社員による備品の検索・予約・貸出・返却', '- 返却遅れを減らすことが重要である。', ''].join('\n');
    expect(ruleRows(md)).toEqual([]);
  });
});

describe('an endpoints table row marked Cut', () => {
  it('is no endpoint (a Notion database exported with its Status column)', () => {
    const md = ['# Board', '', '## API surface', '', '| Name | Method | Path | Status |', '|---|---|---|---|', '| Get post | GET | `/api/posts/{postId}` | Done |', '| Trending feed | GET | `/api/posts/trending` | Cut |', '| Cut-off report | GET | `/api/reports/cut-off` | Cut-off at 14:00 |', ''].join('\n');
    expect(apiLines(md)).toEqual(['GET /api/posts/:postId', 'GET /api/reports/cut-off']);
  });
});

describe('a question heading', () => {
  it('makes the paragraphs under it its answer; a "Cut" heading gives up what is under it', () => {
    const md = ['# Book clubs', '', '## Reader FAQ', '', '### How many clubs can I join?', '', 'You can join up to 10 clubs at a time.', '', '## Features', '', '### Cut', '', '- Clubs must support audio rooms.', ''].join('\n');
    expect(texts(md)).toEqual(['You can join up to 10 clubs at a time.']);
  });
  it('under a heading that asks nothing, a sentence to the reader stays prose; "Cut-off times" names a feature', () => {
    const md = ['# Book clubs', '', '## Joining', '', 'You can join up to 10 clubs at a time.', '', '## Cut-off times', '', '- Orders placed after 14:00 must ship the next day.', ''].join('\n');
    expect(texts(md)).toEqual(['Orders placed after 14:00 must ship the next day.']);
  });
});

describe('an out-of-scope heading in another language', () => {
  it('Fora do escopo, Nicht im Umfang, Hors champ, スコープ外: nothing under it is a rule', () => {
    const md = ['# Coleta', '', '## Fora do escopo', '', '- O pagamento em dinheiro deve ser aceito.', '', '## Nicht im Umfang', '', '- Urlaubsanträge müssen gestellt werden können.', '', '## スコープ外', '', '- 社外への貸出に対応すること。', '', '## Requisitos', '', '- O morador deve agendar com 24 horas de antecedência.', ''].join('\n');
    expect(texts(md)).toEqual(['O morador deve agendar com 24 horas de antecedência.']);
  });
  it('a heading that only holds a word of them names a feature ("Escopo do pedido")', () => {
    const md = ['# Coleta', '', '## Escopo do pedido', '', '- O pedido deve listar os materiais.', ''].join('\n');
    expect(texts(md)).toEqual(['O pedido deve listar os materiais.']);
  });
});

describe('a status after a dash', () => {
  it('ending an item gives it up ("— **Out of scope**", "– deferred to v2")', () => {
    const md = ['# Portal', '', '## Requirements', '', '- Native mobile app for new hires — **Out of scope**', '- Slack sync must invite new hires – deferred to v2', '- Documents must be scanned - a cut-down copy is kept.', '- Orders placed late must ship the next day — later shipments are grouped.', ''].join('\n');
    expect(texts(md)).toEqual(['Documents must be scanned - a cut-down copy is kept.', 'Orders placed late must ship the next day — later shipments are grouped.']);
  });
});

describe('a question without its mark', () => {
  it('a modal before its subject, or a question word before a modal, asks', () => {
    const md = ['# Board', '', '## Requirements', '', '- Can admins delete posts', '- Should the board be public by default', '- How long must invite links stay valid', '- Users must sign in.', ''].join('\n');
    expect(texts(md)).toEqual(['Users must sign in.']);
  });
  it('a condition with its comma, a fragment without a subject, a clause that names what is listed, are rules', () => {
    const md = ['# Board', '', '## Requirements', '', '- Should the payment fail, the system must retry twice.', '- Must be unique per workspace', '- What the export must contain is listed in the appendix.', ''].join('\n');
    expect(texts(md)).toEqual(['Should the payment fail, the system must retry twice.', 'Must be unique per workspace', 'What the export must contain is listed in the appendix.']);
  });
});
