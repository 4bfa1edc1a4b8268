import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractTasks } from '../extract/extract.js';
import { qaCaseId, taskId } from '../plan/ids.js';
import { mergeTasks } from '../plan/merge.js';
import { parsePrd, readPrd } from '../prd/parse.js';
import { devCorpus, repoRoot } from '../testing/corpus.js';
import type { Task } from '../types.js';
import { qaCases, renderQa } from './qa.js';

/** The QA table as the documented case list says it should read: one row per `qaCases` entry. */
function expectedTable(file: string, tasks: Parameters<typeof qaCases>[1]): string[] {
  const cell = (t: string) => t.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').trim();
  return qaCases(file, tasks).map((c) => `| ${c.id} | ${cell(c.task.id!)} | ${c.kind} | ${cell(c.title)} | ${cell(c.preconditions)} | ${cell(c.steps)} | ${cell(c.expected)} | ${cell(`${c.source.file}:${c.source.line}`)} |`);
}

describe('qa/<prd>.md', () => {
  const dirs = [devCorpus, path.join(repoRoot, 'fixtures/styles'), path.join(repoRoot, 'fixtures/hostile')];
  const files = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.md')).map((f) => path.join(d, f)));

  it.each(files.map((f) => [path.relative(repoRoot, f)]))('lists exactly the QA cases of %s', async (rel) => {
    const file = String(rel);
    const doc = await readPrd(path.join(repoRoot, file), file);
    const { tasks } = mergeTasks(extractTasks(doc));
    const rows = renderQa(file, 'Title', tasks)
      .split('\n')
      .filter((l) => /^\| QA-/.test(l));
    expect(rows).toEqual(expectedTable(file, tasks));
    expect(rows.length).toBe(qaCases(file, tasks).length);
  });

  it('escapes pipes, backslashes and line breaks in cells', () => {
    const md = renderQa('a|b.md', 'T', [{ kind: 'rule', text: 'The system MUST keep a|b and c\\d\nnext line', level: 'must', sources: [{ file: 'a|b.md', line: 3, section: 'S' }] }]);
    const id = taskId({ kind: 'rule', text: 'The system MUST keep a|b and c\\d\nnext line', level: 'must', sources: [] });
    expect(md).toContain(`| ${qaCaseId(id)} | ${id} | rule | MUST: The system MUST keep a\\|b and c\\\\d next line | — | — | The system MUST keep a\\|b and c\\\\d next line | a\\|b.md:3 |`);
  });

  it('lists cases in document order with ids that appending a rule does not change', () => {
    const src = (line: number) => [{ file: 'a.md', line, section: 'S' }];
    const first = mergeTasks([
      { kind: 'rule', text: 'Zebra rules MUST hold.', level: 'must', sources: src(3) },
      { kind: 'rule', text: 'Apples MUST be red.', level: 'must', sources: src(9) },
      { kind: 'api', path: '/api/orders', methods: ['GET', 'POST'], sources: src(5) },
    ]).tasks;
    const before = qaCases('a.md', first);
    expect(before.map((c) => c.title)).toEqual(['MUST: Zebra rules MUST hold.', 'GET /api/orders', 'POST /api/orders', 'MUST: Apples MUST be red.']);
    expect(before.map((c) => c.source.line)).toEqual([3, 5, 5, 9]);
    expect(new Set(before.map((c) => c.id)).size).toBe(4);
    const appended = mergeTasks([...first, { kind: 'rule', text: 'Bananas MUST be yellow.', level: 'must', sources: src(1) }]).tasks;
    const after = qaCases('a.md', appended);
    expect(after.length).toBe(5);
    for (const c of before) expect(after.find((a) => a.expected === c.expected && a.title === c.title)?.id).toBe(c.id);
  });

  describe('case text a QA engineer can run', () => {
    const file = 'docs/prd/bookings.md';
    const at = (line: number) => [{ file, line, section: '5 API' }];
    const tasks: Task[] = [
      { kind: 'api', path: '/api/bookings', methods: ['GET', 'POST'], bodies: { GET: { response: 'Booking[]' }, POST: { request: 'BookingDraft', response: 'Booking' } }, sources: at(3) },
      { kind: 'api', path: '/api/bookings/:id', methods: ['GET', 'DELETE'], sources: at(4) },
      { kind: 'page', route: '/bookings/:bookingId', title: 'Booking detail', sources: at(6) },
      { kind: 'model', name: 'Booking', fields: [{ name: 'id', type: 'string', optional: false }, { name: 'note', type: 'string', optional: true }], sources: at(8) },
      { kind: 'rule', text: 'The API must return 409 Conflict when a booking overlaps another booking.', level: 'must', sources: at(10) },
      { kind: 'rule', text: 'GET /api/bookings/:id returns 404 for an unknown id.', level: 'should', sources: at(11) },
      { kind: 'rule', text: 'WHEN a booking is cancelled THE system SHALL email the guest within 5 minutes.', level: 'must', sources: at(12) },
      { kind: 'rule', text: 'Given a signed-in guest, when they open a booking of another guest, then the system must refuse it.', level: 'must', sources: at(13) },
      { kind: 'rule', id: 'FR-7', text: 'WHILE the venue is closed, IF a guest creates a booking, THEN the system SHALL return 422.', level: 'must', sources: at(14) } as Task,
    ];
    const cases = qaCases(file, tasks);
    const byTitle = (title: string) => cases.find((c) => c.title === title)!;

    it('an endpoint: parameters and body to prepare, the request, status codes and the errors its rules state', () => {
      expect(byTitle('POST /api/bookings')).toMatchObject({
        preconditions: 'a valid BookingDraft body',
        steps: 'Send POST /api/bookings with the BookingDraft as JSON',
        expected: '2xx with Booking; 409: The API must return 409 Conflict when a booking overlaps another booking.; 422: WHILE the venue is closed, IF a guest creates a booking, THEN the system SHALL return 422.',
      });
      expect(byTitle('GET /api/bookings')).toMatchObject({ preconditions: '—', steps: 'Send GET /api/bookings', expected: '2xx with Booking[]' });
      expect(byTitle('GET /api/bookings/:id')).toMatchObject({ preconditions: 'an existing id', expected: '2xx; 404: GET /api/bookings/:id returns 404 for an unknown id.' });
      expect(byTitle('DELETE /api/bookings/:id').expected).toBe('2xx');
      expect(cases.map((c) => c.expected).join('\n')).not.toContain('responds as the PRD describes');
    });

    it('an endpoint: the status codes of its own description, under its heading, on its line or in its table row, next to those of rules', () => {
      const md = [
        '# Bookings',
        '## API',
        '### POST /api/bookings',
        'Creates a booking from a `BookingDraft`. Returns 201 with the booking.',
        'Returns 409 on overlap. Returns 400 when the end is before the start.',
        '',
        '### GET /api/bookings/{id}',
        '404 if not found.',
        '',
        '## Endpoints',
        '- `DELETE /api/bookings/{id}` — cancels a booking; returns 204, or 409 if it has started',
        '- `GET /api/rooms` — lists the rooms',
        '',
        '| Method | Path | Notes |',
        '|--|--|--|',
        '| PUT | /api/guests/{id} | Replaces a guest; 404 if the guest is unknown |',
        '',
        '## Rules',
        '- The API must return 422 Unprocessable Entity when a booking has no room.',
      ].join('\n');
      const file = 'docs/prd/own.md';
      const { tasks: own } = mergeTasks(extractTasks(parsePrd(md, file)));
      const list = qaCases(file, own);
      const expected = (title: string) => list.find((c) => c.title === title)!.expected;
      expect(expected('POST /api/bookings')).toBe('201; 400: Returns 400 when the end is before the start.; 409: Returns 409 on overlap.; 422: The API must return 422 Unprocessable Entity when a booking has no room.');
      expect(expected('GET /api/bookings/:id')).toBe('2xx; 404: 404 if not found.');
      expect(expected('DELETE /api/bookings/:id')).toBe('204; 409: returns 204, or 409 if it has started');
      expect(expected('GET /api/rooms')).toBe('2xx');
      expect(expected('PUT /api/guests/:id')).toBe('2xx; 404: 404 if the guest is unknown');
    });

    it('a rule: its id and level, Given/When/Then and EARS clauses as preconditions, steps and expected result', () => {
      const [ears, gwt, fr] = cases.filter((c) => c.kind === 'rule').slice(2);
      expect(ears).toMatchObject({ title: 'MUST: WHEN a booking is cancelled THE system SHALL email the…', preconditions: '—', steps: 'a booking is cancelled', expected: 'THE system SHALL email the guest within 5 minutes.' });
      expect(gwt).toMatchObject({ preconditions: 'a signed-in guest', steps: 'they open a booking of another guest', expected: 'The system must refuse it.' });
      expect(fr).toMatchObject({ title: 'FR-7 (MUST): WHILE the venue is closed, IF a guest creates a booking…', task: { id: 'FR-7' }, preconditions: 'the venue is closed', steps: 'a guest creates a booking', expected: 'The system SHALL return 422.' });
      expect(cases.filter((c) => c.kind === 'rule')[1]!.title).toBe('SHOULD: GET /api/bookings/:id returns 404 for an unknown id.');
      expect(cases.filter((c) => c.kind === 'rule').map((c) => c.title)).not.toContain('Rule (MUST)');
    });

    it('a rule: a scenario written over several lines or list items splits into preconditions, steps and expected result', () => {
      const md = [
        '# Bookings',
        '## Acceptance criteria',
        'Given a booking at 10:00 in room A',
        'When another user books room A at 10:00',
        'Then the system rejects the second booking with 409',
        '',
        '## More criteria',
        '- Given a signed-in guest',
        '- And an open booking of another guest',
        '- When the guest opens that booking',
        '- Then the system refuses it',
        '- And logs the attempt',
      ].join('\n');
      const file = 'docs/prd/multi.md';
      const ruleCases = qaCases(file, mergeTasks(extractTasks(parsePrd(md, file))).tasks).filter((c) => c.kind === 'rule');
      expect(ruleCases.map(({ preconditions, steps, expected }) => ({ preconditions, steps, expected }))).toEqual([
        { preconditions: 'a booking at 10:00 in room A', steps: 'another user books room A at 10:00', expected: 'The system rejects the second booking with 409' },
        { preconditions: 'a signed-in guest; an open booking of another guest', steps: 'the guest opens that booking', expected: 'The system refuses it and logs the attempt' },
      ]);
    });

    it('a page and a model: what to open or store, and what must be seen', () => {
      expect(byTitle('Page /bookings/:bookingId')).toMatchObject({ preconditions: 'an existing bookingId', steps: 'Open /bookings/:bookingId', expected: 'The "Booking detail" page is shown' });
      expect(byTitle('Model Booking')).toMatchObject({ steps: 'Create a Booking, then read it back', expected: 'Every field comes back with its type: id: string, note?: string' });
      const order = qaCases(file, [{ kind: 'model', name: 'Order', fields: [], sources: at(20) }])[0]!;
      expect(order.steps).toBe('Create an Order, then read it back');
    });

    it('the table has a column for each part', () => {
      const md = renderQa(file, 'Bookings', tasks);
      expect(md).toContain('| ID | Task | Kind | Case | Preconditions | Steps | Expected | PRD line |');
      expect(md).toContain(`| ${byTitle('POST /api/bookings').id} | api:/api/bookings | api | POST /api/bookings | a valid BookingDraft body | Send POST /api/bookings with the BookingDraft as JSON | 2xx with Booking; 409: `);
      expect(md).toContain(`| ${qaCaseId('FR-7')} | FR-7 | rule | FR-7 (MUST): WHILE the venue is closed, IF a guest creates a booking… | the venue is closed | a guest creates a booking | The system SHALL return 422. |`);
    });
  });
});
