/**
 * Round 31: a "Base URL:" label whose path is the API's whatever its words (`/booking/v1`), a FAQ's
 * bold question over the paragraphs and list that answer it, and a model named in italics.
 */
import { describe, expect, it } from 'vitest';
import { apiLines, lines, modelLines, pageRoutes } from '../testing/extract.js';

describe('a base URL of any path', () => {
  it('reads the path of "**Base URL:** `https://api.x.co.uk/booking/v1`" for the calls below it', () => {
    const md = lines('# Puzzle', '', '## Conventions', '', '- **Base URL:** `https://api.x.co.uk/booking/v1`. Every path below is relative to it.', '', '## Endpoints', '', '### List venues — `GET /venues`', '', '### Book — `POST /bookings`');
    expect(apiLines(md)).toEqual(['GET /booking/v1/venues', 'POST /booking/v1/bookings']);
  });

  it('reads no base from a web page\'s address, nor from a "Base URL:" label of a host that is no API\'s', () => {
    const md = lines('# Puzzle', '', '## API', '', 'The marketing site is at `https://www.x.co.uk/booking/help`.', '', 'Base URL: `https://docs.x.co.uk/booking` for the guides.', '', '- `GET /venues` — venues');
    expect(apiLines(md)).toEqual(['GET /venues']);
  });
});

describe('a FAQ', () => {
  it('reads the list under "**What pages are there?**" as pages, a paragraph between them', () => {
    const md = lines('# Swapsies (FAQ)', '', '**What pages are there?**', '', 'All volunteer-only, behind the login:', '', '- `/` — dashboard', '- `/items` — the stock list', '', '**What does it cost?**', '', '- `/pricing` — see the sheet');
    expect(pageRoutes(md)).toEqual(['/', '/items']);
  });
});

describe('a model named in italics', () => {
  it('reads "A *DropOff*: `id`, `date`, `bagCount` (number)" as a model', () => {
    expect(modelLines(lines('# X', '', '**What do we store?**', '', 'A *DropOff*: `id`, `date`, `bagCount` (number), `loggedBy` (volunteer email).'))).toEqual(['DropOff { id: string; date: string; bagCount: number; loggedBy: string }']);
  });
});

describe('a statement of work', () => {
  const rows = (...r: string[]) => ['', '| ID | Requirement |', '|---|---|', ...r];
  it('reads the pages a requirement cell lists after "Public pages:", and nothing under "Phase 2 (not in this SOW)"', () => {
    const md = lines('# SOW', '', '#### 4.1 Public website', ...rows('| REQ-106 | Public pages: home `/`, schedule `/schedule`, show page `/shows/:slug`. |'), '', '#### 4.4 Phase 2 (not in this SOW)', ...rows('| REQ-401 | Song requests: `POST /api/v1/requests` and a request form at `/requests`. |'));
    expect(pageRoutes(md)).toEqual(['/', '/schedule', '/shows/:slug']);
    expect(apiLines(md)).toEqual([]);
  });

  it('reads no page from a cell that mentions a route without a pages label', () => {
    const md = lines('# SOW', '', '#### 4.1 Public website', ...rows('| REQ-107 | Audio files are served from `/media` by the streaming host. |'));
    expect(pageRoutes(md)).toEqual([]);
  });
});
