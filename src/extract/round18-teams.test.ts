/**
 * Round 18, product teams' habits: an Aha!-style id whose prefix carries a number (`ORB-77-2`), a
 * requirement opened by a bold id and wrapped over lines, a Confluence requirements table whose
 * notes column states the rule, limits written without a keyword, and pages and fields written in
 * prose.
 */
import { describe, expect, it } from 'vitest';
import { apiLines, lines, modelLines, pageRoutes, ruleRows } from '../testing/extract.js';

describe('an id whose prefix holds a number (`ORB-77-2`) and a bold id that opens a wrapped paragraph', () => {
  it('each paragraph is one rule with its id, all its lines together', () => {
    const md = lines(
      '# ORB-77 Shared playlists', '', '## Requirements', '',
      '**ORB-77-1 Invite.** An owner can invite up to five collaborators to a playlist.',
      'Collaborators see the playlist in their library.', '',
      '**ORB-77-2 Ordering.** A track added twice keeps its first position.',
    );
    expect(ruleRows(md)).toEqual([
      ['ORB-77-1', 'must', 'Invite. An owner can invite up to five collaborators to a playlist. Collaborators see the playlist in their library.'],
      ['ORB-77-2', 'must', 'Ordering. A track added twice keeps its first position.'],
    ]);
  });

  it('a date, a version and a bold label without an id are no such id', () => {
    const md = lines(
      '# Shared playlists', '', '## Notes', '',
      '**Release 2024-10-01.** The playlist page was redesigned.',
      'Nothing else changed.', '',
      '**v2-3 build.** It shipped to beta testers.',
      'Feedback was good.',
    );
    expect(ruleRows(md)).toEqual([]);
  });

  it('a paragraph whose later line opens with an id of its own stays a list of id lines', () => {
    const md = lines('# Playlists', '', '## Requirements', '', '**PL-1-1** Owners can rename a playlist.', 'PL-1-2 Renames are logged with the old name.');
    expect(ruleRows(md)).toEqual([
      ['PL-1-1', 'must', 'Owners can rename a playlist.'],
      ['PL-1-2', 'must', 'Renames are logged with the old name.'],
    ]);
  });
});

describe('a requirements table of user stories with a notes column (Confluence\'s template)', () => {
  const table = (notes: string) =>
    lines(
      '# Timesheets', '', '## Requirements', '',
      '| # | Title | User Story | Importance | Notes |', '|---|---|---|---|---|',
      `| TS-01 | Log hours | As a contractor, I want to log my hours per day. | Must Have | ${notes} |`,
    );

  it('a notes cell that is a sentence states the story\'s rule and joins its text', () => {
    expect(ruleRows(table('A day holds no more than 16 logged hours.'))).toEqual([
      ['TS-01', 'must', 'As a contractor, I want to log my hours per day. A day holds no more than 16 logged hours.'],
    ]);
  });

  it('an empty note, a word, a link, a question and a fragment leave the story alone', () => {
    for (const notes of ['', 'Tbd', 'See https://wiki.example.com/ts', 'Do we round to quarter hours?', 'needs design review']) {
      expect(ruleRows(table(notes)), notes).toEqual([['TS-01', 'must', 'As a contractor, I want to log my hours per day.']]);
    }
  });

  it('a notes column beside a requirement that is no story stays out of its text', () => {
    const md = lines(
      '# Timesheets', '', '## Requirements', '',
      '| ID | Requirement | Notes |', '|---|---|---|',
      '| TS-02 | Hours are rounded to the nearest quarter. | Finance asked for this in March. |',
    );
    expect(ruleRows(md)).toEqual([['TS-02', 'must', 'Hours are rounded to the nearest quarter.']]);
  });
});

describe('a limit written without a keyword: "Only X can …", "can <verb> only …", "can be <verb>ed until …"', () => {
  it('each such sentence of a paragraph is a rule', () => {
    const md = lines(
      '# Boards', '', '## Sharing', '',
      'Only workspace owners can archive a board.', '',
      'A guest can join only one board per invite. A comment can be edited until someone replies to it.',
    );
    expect(ruleRows(md)).toEqual([
      [undefined, 'must', 'Only workspace owners can archive a board.'],
      [undefined, 'must', 'A guest can join only one board per invite.'],
      [undefined, 'must', 'A comment can be edited until someone replies to it.'],
    ]);
  });

  it('"only then can we", "only you can", "not only … can", a question and a URL are no such limit', () => {
    const md = lines(
      '# Boards', '', '## Background', '',
      'Only then can we open the beta to every team.', '',
      'Only you can decide what a board is for.', '',
      'Boards are not only lists; people can drag cards between them.', '',
      'Can guests join only one board per invite?', '',
      'Only admins can read https://wiki.example.com/boards/admin-guide',
    );
    expect(ruleRows(md)).toEqual([]);
  });
});

describe('an SQL column without NOT NULL', () => {
  it('holds null (`T | null`); one with a DEFAULT may be left out; NOT NULL and the key are required', () => {
    const md = lines(
      '# Kennels', '', '## Schema', '', '```sql', 'CREATE TABLE kennels (',
      '  id          uuid PRIMARY KEY,',
      '  name        text NOT NULL,',
      '  vet_id      uuid REFERENCES vets(id),',
      '  capacity    integer DEFAULT 4,',
      '  closed_at   timestamptz',
      ');', '```',
    );
    expect(modelLines(md)).toEqual(['Kennel { id: string; name: string; vet_id: string | null; capacity?: number; closed_at: string | null }']);
  });
});

describe('a design heading ("Design", "User interaction and design") lists its screens as labelled routes', () => {
  const under = (heading: string) => lines('# Kennels', '', `## ${heading}`, '', '- Kennel list: `/kennels`', '- Booking wizard: `/kennels/:id/book`');

  it('each labelled route is a page', () => {
    for (const heading of ['Design', 'User interaction and design', 'Mockups']) {
      expect(pageRoutes(under(heading)), heading).toEqual(['/kennels', '/kennels/:id/book']);
    }
  });

  it('a system, API or database design heading lists no screens, and a web address or a file is none', () => {
    for (const heading of ['System design', 'API design', 'Database design']) {
      expect(pageRoutes(under(heading)), heading).toEqual([]);
    }
    const md = lines('# Kennels', '', '## Design', '', '- Figma: https://www.figma.com/file/abc/kennels', '- Tokens: `design/tokens.json`');
    expect(pageRoutes(md)).toEqual([]);
  });
});

describe('a bold model line in prose: a lead-in after a comma, notes with a semicolon, notes wrapped over lines', () => {
  it('reads every field of the list', () => {
    const md = lines(
      '# Kennels', '', '## Data', '',
      '**Stay**, kept for invoicing: `id` (uuid), `kennelId` (uuid), `tags` (list of',
      'strings, one per need), `size` (optional; one of small / large), `leftAt` (timestamp, null',
      'until pickup).',
    );
    expect(modelLines(md)).toEqual(['Stay { id: string; kennelId: string; tags: string[]; size?: "small" | "large"; leftAt: string | null }']);
  });

  it('a bold label with a comma and a colon before plain words, or a sentence, is no model', () => {
    const md = lines(
      '# Kennels', '', '## Data', '',
      '**Note**, before you start: names, dates and sizes are examples.', '',
      '**Kennel**, as the vets call it, is a room (not a cage).',
    );
    expect(modelLines(md)).toEqual([]);
  });
});

describe('a route struck through with its label, and one put off to phase 2', () => {
  it('is no page', () => {
    const md = lines(
      '# Kennels', '', '## Screens', '',
      '- [ ] Kennel list `/kennels`',
      '- [ ] ~~Printable rota `/kennels/rota/print`~~ dropped',
      '', 'The occupancy report (`/reports/occupancy`) is phase 2 and only listed here for design.',
    );
    expect(pageRoutes(md)).toEqual(['/kennels']);
  });

  it('strike-through elsewhere on the line, a phase-2 plan that is no deferral, and a file path keep their routes', () => {
    const md = lines(
      '# Kennels', '', '## Screens', '',
      '- Kennel list `/kennels` (~~cards~~ table view)',
      '- Rota `/kennels/rota`, built in the same phase 2 sprint as the list',
    );
    expect(pageRoutes(md)).toEqual(['/kennels', '/kennels/rota']);
  });
});

describe('a sentence that says what is not built, wrapped onto a line where the next sentence names an endpoint', () => {
  it('the endpoint after the sentence ends is read', () => {
    const md = lines(
      '# Kennels', '', '## Payments', '',
      'Payment runs through the provider; we',
      "don't build a card form, we only wait for their",
      'callback. So we need one endpoint: the provider calls `POST /api/hooks/payments` when a payment clears.',
    );
    expect(apiLines(md)).toEqual(['POST /api/hooks/payments']);
  });

  it('an endpoint inside the out-of-scope sentence, or after another out-of-scope sentence, stays out', () => {
    const md = lines(
      '# Kennels', '', '## Payments', '',
      "We don't build the refund flow or its",
      'endpoint `POST /api/refunds`. The old `GET /api/invoices` is deprecated.',
    );
    expect(apiLines(md)).toEqual([]);
  });
});

describe('an endpoint the text says this work leaves unchanged', () => {
  it('is no task; one whose response is unchanged while it gains a parameter stays', () => {
    const md = lines(
      '# Kennels', '', '## API', '',
      '- `GET /api/kennels/:id` — gains a `size` filter; the response is unchanged.',
      '', 'The `GET /api/vets` endpoint is unchanged by this release.',
    );
    expect(apiLines(md)).toEqual(['GET /api/kennels/:id']);
  });
});
