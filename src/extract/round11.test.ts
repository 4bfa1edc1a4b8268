/**
 * Misses found by an eleventh round of reading: field tables headed in Russian and Traditional
 * Chinese, full-width commas in type cells. Each rule has its negative beside it.
 */
import { describe, expect, it } from 'vitest';
import { lines, modelLines, ruleRows } from '../testing/extract.js';

describe('field tables headed in Russian and Traditional Chinese', () => {
  it('read `| Поле | Тип | Обязательное |` with да/нет, and `| 欄位 | 型別 | 說明 |`', () => {
    const md = lines(
      '# ТЗ',
      '',
      '## Модель данных',
      '',
      '### Valve (клапан)',
      '',
      '| Поле | Тип | Обязательное |',
      '|------|-----|--------------|',
      '| id | uuid | да |',
      '| state | enum: open, closed | да |',
      '| openedAt | datetime | нет |',
      '',
      '### Fee（規費）',
      '',
      '| 欄位 | 型別 | 說明 |',
      '|------|------|------|',
      '| amount | integer | 金額 |',
      '| paidAt | datetime，可為空 | |',
    );
    expect(modelLines(md)).toEqual(['Fee { amount: number; paidAt: string | null }', 'Valve { id: string; state: "open" | "closed"; openedAt?: string }']);
  });
  it('read no model from a table whose columns are not a field and a type', () => {
    const md = lines('# ТЗ', '', '## Термины', '', '| Термин | Описание |', '|---|---|', '| Зона | участок полива |', '| Клапан | устройство |');
    expect(modelLines(md)).toEqual([]);
  });
  it('still read values a full-width comma separates as an enum', () => {
    const md = lines('# PRD', '', '## Order', '', '| 欄位 | 型別 |', '|---|---|', '| status | draft，paid |');
    expect(modelLines(md)).toEqual(['Order { status: "draft" | "paid" }']);
  });
});

describe('TypeORM entity members with their decorators on the same line', () => {
  const block = (...code: string[]) => lines('# Backend', '', '## Entities', '', '```ts', ...code, '```');
  it('read the member after `@Column({ … })` and `@ManyToOne(() => X, (x) => x.ys)`', () => {
    const md = block(
      '@Entity()',
      'export class Chair {',
      "  @PrimaryGeneratedColumn('uuid') id: string;",
      '  @Column({ default: true }) active: boolean;',
      "  @Column({ type: 'varchar', nullable: true }) note: string | null;",
      '  @ManyToOne(() => Clinic, (c) => c.chairs) clinic: Clinic;',
      '}',
    );
    expect(modelLines(md)).toEqual(['Chair { id: string; active: boolean; note: string | null; clinic: Clinic }']);
  });
  it('read no model from a class-validator DTO with the same member lines but no entity decorator', () => {
    const md = block('export class CreateChairDto {', '  @IsUUID() clinicId: string;', '  @IsOptional() @IsString({ each: true }) tags?: string[];', '}');
    expect(modelLines(md)).toEqual([]);
  });
});

describe('requirement ids in Cyrillic capitals', () => {
  const md = (...items: string[]) => lines('# ТЗ', '', '## Функциональные требования', '', ...items);
  it('read `**ТР-01.**` and `ФТ-2:` as the ids of their rules', () => {
    const rows = ruleRows(md('- **ТР-01.** Система должна хранить показания не менее 2 лет.', '- ФТ-2: Клапан не должен оставаться открытым дольше 45 минут.'));
    expect(rows.map((r) => r[0])).toEqual(['ТР-01', 'ФТ-2']);
  });
  it('take no id from a capitalised word with a number (`Сервер-1`)', () => {
    const rows = ruleRows(md('- Сервер-1 должен перезапускаться каждую ночь.'));
    expect(rows.map((r) => r[0])).toEqual([undefined]);
  });
});

describe("Drizzle text columns with their values (`text('s', { enum: [...] })`)", () => {
  const block = (...code: string[]) => lines('# Backend', '', '## Schema', '', '```ts', ...code, '```');
  it('read the union of the values listed', () => {
    const md = block("export const payouts = pgTable('payouts', {", "  id: uuid('id').primaryKey(),", "  status: text('status', { enum: ['held', 'released'] }).notNull(),", '})');
    expect(modelLines(md)).toEqual(['Payout { id: string; status: "held" | "released" }']);
  });
  it('keep a text column without values a string', () => {
    const md = block("export const payouts = pgTable('payouts', {", "  id: uuid('id').primaryKey(),", "  note: text('note', { mode: 'text' }).notNull(),", '})');
    expect(modelLines(md)).toEqual(['Payout { id: string; note: string }']);
  });
});

describe('a notes column headed Hinweis; "empty while …" notes', () => {
  const table = (...rows: string[]) => lines('# PRD', '', '## Datenmodell', '', '**Versuch**', '', '| Feld | Typ | Hinweis |', '|---|---|---|', ...rows);
  it('read `optional, …` as optional and `leer, solange …` of a date as nullable', () => {
    const md = table('| abgegebenAm | DateTime | leer, solange nicht abgegeben |', '| punkte | Decimal | optional, erst nach Bewertung |');
    expect(modelLines(md)).toEqual(['Versuch { abgegebenAm: string | null; punkte?: number }']);
  });
  it('leave a text field that is empty until … a string', () => {
    const md = table('| kommentar | String | leer, solange nicht bewertet |', '| punkte | Decimal | erst nach Bewertung |');
    expect(modelLines(md)).toEqual(['Versuch { kommentar: string; punkte: number }']);
  });
});

describe('bracketed placeholders and notes to the authors are not rules', () => {
  const md = (...body: string[]) => lines('# PRD', '', '## Functional Requirements', '', ...body);
  it('skip an item or paragraph wholly in brackets and a "Guidance for authors:" note', () => {
    const rows = ruleRows(
      md(
        '- [NEEDS CLARIFICATION: Should members be able to dispute a grade after the statement is issued?]',
        '- [NEEDS CLARIFICATION: payment term for spot purchases not specified - 14 or 30 days?]',
        '',
        "[Each feature should describe what it does, why it's important, and how it works.]",
        '',
        "> Guidance for authors: each requirement should be testable and written from the user's point of view.",
      ),
    );
    expect(rows).toEqual([]);
  });
  it('keep a rule that starts with a bracketed id or priority, or only holds a marker', () => {
    const rows = ruleRows(
      md('- [FR-3] Members must only see their own deliveries.', '- [P1] The system must keep scale readings for 7 years.', '- Refunds must be issued within 14 days [NEEDS CLARIFICATION: 14 or 30?].', '', 'Guidance for the picker: the scanner must beep on a wrong item.'),
    );
    expect(rows.map((r) => r[2])).toEqual([
      'Members must only see their own deliveries.',
      'The system must keep scale readings for 7 years.',
      'Refunds must be issued within 14 days [NEEDS CLARIFICATION: 14 or 30?].',
      'Guidance for the picker: the scanner must beep on a wrong item.',
    ]);
  });
});

describe("a story's checklist of criteria written without full stops", () => {
  const md = (...body: string[]) => lines('# Story map', '', '## Release slices', '', '**Register player**', '', ...body);
  it('read each check under "Story: As a …, I …" as a rule, beside `- API:` items', () => {
    const rows = ruleRows(
      md(
        'Story: As the treasurer, I see who has not paid and remind them.',
        '- [ ] Membership fees are tracked per player per season',
        '- [ ] Reminders are sent at most once every 14 days per family',
        '- API: `GET /api/clubs/:clubId/fees`',
      ),
    );
    expect(rows.map((r) => r[2])).toEqual(['Membership fees are tracked per player per season', 'Reminders are sent at most once every 14 days per family']);
  });
  it('read no rule from a checklist without a story above it, nor from tasks or short checks under one', () => {
    expect(ruleRows(md('Release checklist for the autumn slice.', '- [ ] Landing page copy reviewed by the legal team', '- [ ] Membership fees are tracked per player per season'))).toEqual([]);
    expect(ruleRows(md('Story: As a coach, I mark attendance.', '- [ ] Update the attendance docs for coaches', '- [ ] Offline mode', '- [ ] Attendance, reminders, fees, reports'))).toEqual([]);
  });
});

describe('a data section whose items each name a model with its typed fields', () => {
  it('read the items as models, not as fields of a model the heading names ("Data notes")', () => {
    const md = lines('# Map', '', '## Data notes (from the workshop)', '', '- **Player** — id (uuid), firstName (string), birthDate (date)', '- **Team** — id (uuid), name (string), season (string)');
    expect(modelLines(md)).toEqual(['Player { id: string; firstName: string; birthDate: string }', 'Team { id: string; name: string; season: string }']);
  });
  it("still read the heading model's own typed fields", () => {
    const md = lines('# PRD', '', '## Data model', '', '### Player', '', '- id (uuid)', '- firstName (string)', '- birthDate (date)');
    expect(modelLines(md)).toEqual(['Player { id: string; firstName: string; birthDate: string }']);
  });
});

describe('limits without a keyword: "only see", "requires … to be done"', () => {
  const md = (...body: string[]) => lines('# PRD', '', '## Matter register', '', ...body);
  it('read "X only see Y" and "Closing X requires Y to be marked …" items as rules', () => {
    const rows = ruleRows(md('- Records staff see all matters; fee earners only see matters where they are on the team.', '- Closing a matter requires a final bill to be marked as issued.'));
    expect(rows.map((r) => r[2])).toEqual(['Records staff see all matters; fee earners only see matters where they are on the team.', 'Closing a matter requires a final bill to be marked as issued.']);
  });
  it('read no rule from "only" or "requires" in other senses', () => {
    const rows = ruleRows(md('- The pilot only covers the Leeds office this quarter.', '- The migration requires two engineers for a week.'));
    expect(rows).toEqual([]);
  });
});

describe('a glossary states no requirements', () => {
  it('read no rule from the definitions under "Glossary"', () => {
    const md = lines('# PRD', '', '## 10. Glossary', '', '- **Processor** — a company that processes data on behalf of the controller and must follow its written instructions.');
    expect(ruleRows(md)).toEqual([]);
  });
  it('still read rules under a heading that only mentions terms ("Payment terms")', () => {
    const md = lines('# PRD', '', '## Payment terms', '', '- Invoices must be paid within 30 days.');
    expect(ruleRows(md).map((r) => r[2])).toEqual(['Invoices must be paid within 30 days.']);
  });
});
