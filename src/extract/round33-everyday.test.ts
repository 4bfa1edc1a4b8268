/**
 * Round 33: everyday English (a Jira epic's "Data model (agreed in refinement, …):" over bold
 * entities with their fields, a UX researcher's "What the records hold:").
 */
import { describe, expect, it } from 'vitest';
import { apiLines, lines, mergedModels, mergedTasks, modelLines, pageRoutes, ruleRows } from '../testing/extract.js';
import { scoreTasks } from '../testing/score.js';

describe('a label paragraph that names models, outside a data section', () => {
  it('reads the bold entities of the list under "Data model (agreed in refinement, see SHOP-111):" as models', () => {
    const md = lines(
      '# Returns epic',
      '',
      'Data model (agreed in refinement, see SHOP-111):',
      '',
      '- **ReturnRequest**: `id` (uuid), `orderId` (string), `reason`',
      '  (`changed_mind` | `damaged`), `collectionSlotId` (uuid, nullable',
      '  until a slot is picked), `agentNote` (optional string)',
      '- **ReturnLine**: `id`, `returnRequestId`, `quantity` (int)',
    );
    expect(modelLines(md)).toEqual([
      'ReturnLine { id: string; returnRequestId: string; quantity: number }',
      'ReturnRequest { id: string; orderId: string; reason: "changed_mind" | "damaged"; collectionSlotId: string | null; agentNote?: string }',
    ]);
  });

  it('reads "What the records hold:" over `- **Tool** — `id`, …` items', () => {
    const md = lines('# Tool library', '', 'What the records hold:', '', '- **Tool** — `id`, `name`, `active` (yes/no)', '- **Loan** — `id`, `toolId`, `dueBack` (date)');
    expect(modelLines(md)).toEqual(['Loan { id: string; toolId: string; dueBack: string }', 'Tool { id: string; name: string; active: boolean }']);
  });

  it('reads no model from bold items under a label about something else, nor from people under a data-free label', () => {
    expect(mergedModels(lines('# Returns epic', '', 'Decisions (agreed in refinement):', '', '- **Carrier**: `id`, `name` stay on the partner side', '- **Refunds**: `amount`, `currency` come later'))).toEqual([]);
    expect(mergedModels(lines('# Returns epic', '', 'Who we talked to:', '', '- **Dana**: ops lead, returns desk', '- **Lee**: agent, night shift'))).toEqual([]);
  });
});

describe('field notes that list values or name a currency', () => {
  const model = (...items: string[]) => modelLines(lines('# Shop', '', '## Data model', '', ...items))[0];

  it('reads values a bar separates, in code marks or bare, as a union of string literals', () => {
    expect(model('- **Slot**: `id`, `window` (`AM` | `PM`), `size` (small | large)')).toBe('Slot { id: string; window: "AM" | "PM"; size: "small" | "large" }');
  });

  it('reads three bare words or more as the values, and a plural currency as a number', () => {
    expect(model('- **Tool** — `id`, `category` (power, garden, ladders, hand), `deposit` (pounds, 0 if none), `fee` (euros)')).toBe(
      'Tool { id: string; category: "power" | "garden" | "ladders" | "hand"; deposit: number; fee: number }',
    );
  });

  it('keeps a type and null, notes, and two words as they were', () => {
    expect(model('- **Slot**: `id`, `note` (string | null), `code` (unique, indexed, required), `label` (plain, simple)')).toBe('Slot { id: string; note: string | null; code: string; label: string }');
  });
});

describe('a base stated outside an API section', () => {
  it('reads "relative to the base path `/api/v1`" in a tender\'s "Interfaces" clause, over its own table', () => {
    const md = lines(
      '# Annex B',
      '',
      '### 4.3 Interfaces',
      '',
      '4.3.1 The Supplier shall provide a REST/JSON API. Unless stated otherwise, all paths in this',
      'clause are relative to the base path `/api/v1`.',
      '',
      '| ID | Method | Path | Purpose |',
      '|---|---|---|---|',
      '| API-01 | GET | /sites | List sites |',
      '| API-02 | POST | /applications | Apply |',
    );
    expect(apiLines(md)).toEqual(['GET /api/v1/sites', 'POST /api/v1/applications']);
  });

  it('reads an epic\'s "All new endpoints are exposed … under `/api/shop`" over two lines, for the stories after it', () => {
    const md = lines(
      '# Returns epic',
      '',
      'Services: the `returns` service owns everything below. All new endpoints are exposed',
      'through the storefront BFF under `/api/shop`; paths in the stories are written relative to that.',
      '',
      '## Child issues',
      '',
      '### SHOP-112 — Start a return',
      '',
      'Tech notes: `GET /returns/eligibility/:orderId` returns which lines can be returned;',
      '`POST /returns` creates the request.',
    );
    expect(apiLines(md)).toEqual(['GET /api/shop/returns/eligibility/:orderId', 'POST /api/shop/returns']);
  });

  it('reads no base from endpoints generated from a file, nor from a folder\'s path', () => {
    const tail = ['', '## Stories', '', 'Tech notes: `POST /returns` creates the request.'];
    expect(apiLines(lines('# Returns epic', '', 'All new endpoints are generated', 'from `/openapi/returns.yaml` by the build.', ...tail))).toEqual(['POST /returns']);
    expect(apiLines(lines('# Returns epic', '', 'Uploads are kept relative to the folder `/var/returns`.', ...tail))).toEqual(['POST /returns']);
  });
});

describe('models sketched in braces in a code block with no language', () => {
  it('reads each `Name { a, b: type, … }` entry, over one line or several, as a model, in any section', () => {
    const md = lines('# Route log', '', '## Thread', '', '> Shapes, roughly:', '>', '> ```', '> Route   { id, wall, grade (font scale string), setterId,', '>           strippedOn: date | null, status: "up" | "stripped" }', '> Flag    { id, routeId, note?: string }', '> ```');
    expect(modelLines(md)).toEqual(['Flag { id: string; routeId: string; note?: string }', 'Route { id: string; wall: string; grade: string; setterId: string; strippedOn: string | null; status: "up" | "stripped" }']);
  });

  it('reads nothing from a block with other lines, from a set of words, or from an unclosed brace', () => {
    expect(mergedModels(lines('# X', '', '## Notes', '', '```', 'Route { id, wall }', 'route.save()', '```'))).toEqual([]);
    expect(mergedModels(lines('# X', '', '## Notes', '', '```', 'Roles { admin, editor, viewer }', '```'))).toEqual([]);
    expect(mergedModels(lines('# X', '', '## Notes', '', '```', 'Route { id, wallId,', '  grade', '```'))).toEqual([]);
  });
});

describe('the scorer, on rules', () => {
  it('compares a rule and its expected text without code marks, and still misses a rule that is not there', () => {
    const tasks = mergedTasks(lines('# X', '', '## Rules', '', '- Voting is only allowed while status is `REVEALED`.'));
    const score = scoreTasks(tasks, { apis: [], models: [], pages: [], rules: ['while status is `REVEALED`', 'Closing requires a `summary`'], notRules: ['status is REVEALED'] });
    expect(score.misses).toEqual(['missed rule: Closing requires a `summary`', 'non-rule taken: status is REVEALED']);
  });
});

describe('lines that give a route up in words teams use', () => {
  const api = (line: string) => apiLines(lines('# App', '', '## API', '', '- `GET /api/items`', '', line));

  it('leaves out "I\'d leave `GET /x` … out of v1", "leave it out of the build", "deliberately no `DELETE …`", "wordt niet opnieuw gebouwd"', () => {
    expect(api("Re leaderboard: I'd leave `GET /api/leaderboard` and its page out of v1, for now.")).toEqual(['GET /api/items']);
    expect(api('There is a stub `POST /api/payments` from the hackathon: leave it out of the build.')).toEqual(['GET /api/items']);
    expect(api('There is deliberately no `DELETE /api/items/{id}`; items are archived.')).toEqual(['GET /api/items']);
    expect(api('Het oude endpoint `GET /api/export.csv` wordt niet opnieuw gebouwd.')).toEqual(['GET /api/items']);
  });

  it('keeps a route beside "leave" that gives nothing up', () => {
    expect(api('Members leave reviews with `POST /api/reviews`.')).toEqual(['GET /api/items', 'POST /api/reviews']);
  });
});

describe('a sentence that ends on the screens its list names', () => {
  it('reads the routes listed under "so the customer side needs basically 3 screens:" as pages', () => {
    const md = lines('# suddsy', '', '**Mo [11:42 PM]**', 'so the customer side needs basically 3 screens:', '- `/book` — pick a pickup window', '- `/orders` — list of their stuff', '- `/orders/:orderId` — status of one bag');
    expect(pageRoutes(md)).toEqual(['/book', '/orders', '/orders/:orderId']);
  });

  it('keeps the calls of such a list calls, and reads no page from a list of plain words', () => {
    const md = lines('# suddsy', '', 'The driver screens:', '- `GET /api/stops` — today', '- `POST /api/stops/:id/done`');
    expect(apiLines(md)).toEqual(['GET /api/stops', 'POST /api/stops/:id/done']);
    expect(pageRoutes(md)).toEqual([]);
    expect(pageRoutes(lines('# suddsy', '', 'We sketched three views:', '- a calendar', '- a list'))).toEqual([]);
  });
});

describe('a tender annex about itself, and its questions', () => {
  const rules = (...l: string[]) => ruleRows(lines('# Annex B', '', '## Requirements', '', ...l)).map((r) => r[2]);

  it('reads no rule from "This Annex forms part of … and shall be read together with Annex A", nor from "7.1 *Q: Should the Supplier …?*"', () => {
    expect(rules('1.1 This Annex forms part of the Invitation to Tender and shall be read together with Annex A.', '', '7.1 *Q: Should the Supplier migrate the existing waiting list?*')).toEqual([]);
  });

  it('keeps a rule that reads a record together with another, and one that is part of a process', () => {
    expect(rules('- The invoice must be read together with its lines when exported.', '- Each inspection shall be part of the tenancy record.')).toEqual(['The invoice must be read together with its lines when exported.', 'Each inspection shall be part of the tenancy record.']);
  });
});
