/**
 * Round 24, everyday English in new domains: a heading about the API's base ("## Base path",
 * "## Base URL") whose section states the prefix for the sections after it.
 */
import { describe, expect, it } from 'vitest';
import { apiLines } from '../testing/extract.js';

const lines = (...l: string[]) => l.join('\n');

describe('a base heading states the prefix of the sections after it', () => {
  it('holds a "Base path" section\'s prefix in the sibling endpoint sections after it', () => {
    const md = lines(
      '# Kennel Booking Service',
      '',
      '## Base path',
      '',
      'Every route below is relative to the base path `/kennel/v3` (staging host `https://kennel.example.org`).',
      '',
      '## Endpoints',
      '',
      '| Endpoint | Purpose |',
      '|---|---|',
      '| POST /stays | Book a stay |',
      '| GET /stays/{stayId} | Read a stay |',
      '',
      '## Admin endpoints',
      '',
      '- `DELETE /stays/{stayId}` cancels a stay',
    );
    expect(apiLines(md)).toEqual(['DELETE /kennel/v3/stays/:stayId', 'GET /kennel/v3/stays/:stayId', 'POST /kennel/v3/stays']);
  });

  it('holds a "Base URL" subsection\'s prefix in the subsections after it under the same parent', () => {
    const md = lines(
      '# Greenhouse Sensors',
      '',
      '## API',
      '',
      '### Base URL',
      '',
      '`https://sensors.example.net/api/v2`',
      '',
      '### Readings',
      '',
      '- `GET /readings` lists readings',
      '',
      '## Pages',
      '',
      '- `/dashboard` shows the latest readings',
    );
    expect(apiLines(md)).toEqual(['GET /api/v2/readings']);
  });

  it('keeps a prefix stated under any other heading to its own section', () => {
    const md = lines(
      '# Marina',
      '',
      '## Berth API',
      '',
      'All paths in this section are relative to `/berths`.',
      '',
      '- `GET /{berthId}` reads a berth',
      '',
      '## Fuel API',
      '',
      '- `POST /fuel-orders` orders fuel',
    );
    expect(apiLines(md)).toEqual(['GET /berths/:berthId', 'POST /fuel-orders']);
  });

  it('reads no prefix from a base heading marked legacy or a question, nor from a web site\'s URL', () => {
    const legacy = lines('# Marina', '', '## Legacy base path (out of scope)', '', 'Old routes were relative to `/v1`.', '', '## Endpoints', '', '- `GET /berths` lists berths');
    const question = lines('# Marina', '', '## Base path', '', 'Should every route be relative to `/marina`?', '', '## Endpoints', '', '- `GET /berths` lists berths');
    const site = lines('# Marina', '', '## Base URL', '', 'The guide lives at https://docs.marina.example/guides/start.', '', '## Endpoints', '', '- `GET /berths` lists berths');
    const lone = lines('# Marina', '', '## Base URL', '', '`https://docs.marina.example/guides`', '', '## Endpoints', '', '- `GET /berths` lists berths');
    for (const md of [legacy, question, site, lone]) expect(apiLines(md)).toEqual(['GET /berths']);
  });
});
