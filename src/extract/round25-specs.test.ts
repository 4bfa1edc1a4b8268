/**
 * Round 25, spec-driven formats (Kiro, Spec Kit, OpenSpec, Task Master, BMAD, PRP, Cursor rules):
 * object types sketched under bare names in a block without a language; what is kept "for each"
 * thing named with a capital, in a caption over a table or before a list in code marks.
 */
import { describe, expect, it } from 'vitest';
import { apiLines, lines, mergedModels, modelLines, pageRoutes } from '../testing/extract.js';

describe('object types under bare names in a block without a language', () => {
  it('reads each as a model, one per line or spread over lines', () => {
    const md = lines(
      '# Architecture',
      '',
      'Entities:',
      '',
      '```',
      'Voyage {',
      '  id: string',
      '  harbourId: string',
      '  sailsAt: string   // ISO datetime',
      '  state: "booked" | "sailed"',
      '  skipperNote?: string',
      '}',
      '',
      'Harbour { id: string, berths: number }',
      '```',
    );
    expect(modelLines(md)).toEqual([
      'Harbour { id: string; berths: number }',
      'Voyage { id: string; harbourId: string; sailsAt: string; state: "booked" | "sailed"; skipperNote?: string }',
    ]);
  });

  it('leaves settings, example records and code alone', () => {
    const settings = lines('# Setup', '', '```', 'Server {', '  port: 8080', '  host: "0.0.0.0"', '}', '```');
    const example = lines('# Usage', '', '```', 'Voyage {', '  id: "v-1",', '  berths: 4', '}', '```');
    const code = lines('# Notes', '', '```', 'Voyage {', '  id: string', '  sail() { return true }', '}', '```');
    const single = lines('# Notes', '', '```', 'Voyage { id: string }', '```');
    for (const md of [settings, example, code, single]) expect(modelLines(md)).toEqual([]);
  });
});

describe('what is kept "for each" thing', () => {
  it('names the model of the table a caption leads in to', () => {
    const md = lines(
      '# Requirements',
      '',
      '### Requirement 3: Book a berth',
      '',
      'Data to capture for each Booking:',
      '',
      '| Field | Type |',
      '|---|---|',
      '| id | uuid |',
      '| berthNo | integer |',
    );
    expect(modelLines(md)).toEqual(['Booking { id: string; berthNo: number }']);
  });

  it('reads the fields in code marks after the colon, values joined by bars included', () => {
    const md = lines(
      '# Requirements',
      '',
      '#### Acceptance Criteria',
      '',
      '1. THE Harbour SHALL store the following for every Berth: `id` (uuid), `length` (integer), `state` (free | held | closed | retired), `note` (text, optional).',
    );
    expect(modelLines(md)).toEqual(['Berth { id: string; length: number; state: "free" | "held" | "closed" | "retired"; note?: string }']);
  });

  it('needs a capital name, a colon and three fields in code marks', () => {
    const lower = lines('# Requirements', '', 'We record the following for each booking: `id` (uuid), `berthNo` (integer), `at` (date).');
    const two = lines('# Requirements', '', 'We record the following for each Booking: `id` (uuid), `berthNo` (integer).');
    const prose = lines('# Notes', '', 'Send one reminder for each Booking: the skipper gets an email and a text.');
    const payload = lines('# Notes', '', 'Send this for each Booking: `{"id": 1, "berthNo": 4, "at": "2026-05-01"}`.');
    for (const md of [lower, two, prose, payload]) expect(mergedModels(md)).toEqual([]);
  });

  it('still reads a line that takes a route out of scope as out of scope', () => {
    const md = lines('# API', '', '- `GET /api/berths` lists berths (free | held).', '- `GET /api/moorings` is retired (old | new clients).');
    expect(apiLines(md)).toEqual(['GET /api/berths']);
  });
});

describe('a verb of showing, then a route', () => {
  it('is a page: "show … at `/route`", "is displayed at /route"', () => {
    const md = lines(
      '# Requirements',
      '',
      '1. THE Marina SHALL list skippers with `GET /api/skippers` and show one skipper\'s trips at `/admin/skippers/:skipperId`.',
      '2. The tide table is displayed at /tides for every visitor.',
    );
    expect(pageRoutes(md)).toEqual(['/admin/skippers/:skipperId', '/tides']);
    expect(apiLines(md)).toEqual(['GET /api/skippers']);
  });

  it('is no page for a web URL, a file path, an API path or a route out of scope', () => {
    const md = lines(
      '# Notes',
      '',
      '- The status banner is shown at https://status.example.com/marina.',
      '- The server shows its log at /var/log/marina.log.',
      '- The app shows the berth data from `/api/berths`.',
      '- Showing invoices at `/billing` is out of scope for this release.',
    );
    expect(pageRoutes(md)).toEqual([]);
  });
});
