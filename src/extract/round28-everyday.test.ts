/**
 * Round 28: a base stated without code marks ("everything is under /api.") and a heading of the calls
 * the product makes to another system ("What Vetrelay calls on Pawsure").
 */
import { describe, expect, it } from 'vitest';
import { apiLines, lines, mergedModels, modelLines } from '../testing/extract.js';

describe('a base stated in plain words', () => {
  it('reads "everything is under /api." as the prefix of the calls listed after it', () => {
    const md = lines('# Plots', '', '**frontend**', '', '- `/gardens/:slug` — a garden', '', '**backend**', '', 'everything is under /api. rough list:', '', '- GET /gardens/:slug/plots — all plots', '- POST /plots/:plotId/offers to offer a plot');
    expect(apiLines(md)).toEqual(['GET /api/gardens/:slug/plots', 'POST /api/plots/:plotId/offers']);
  });

  it('reads no prefix from a plain path that is no API base, nor from a sentence about files', () => {
    const md = lines('# Plots', '', '**notes**', '', 'everything is under /srv/plots on the box. See `/gardens/:slug`.', '', '- GET /gardens/:slug/plots — all plots');
    expect(apiLines(md)).toEqual(['GET /gardens/:slug/plots']);
  });
});

describe('a heading of the calls the product makes', () => {
  it('reads no endpoint of "What Vetrelay calls on Pawsure", "Calls to Stripe" or "Partner APIs"', () => {
    for (const heading of ['What Vetrelay calls on Pawsure', 'Calls to Stripe', 'Partner APIs', 'Outbound requests']) {
      const md = lines('# Vetrelay', '', '## App API', '', '- `POST /api/claims` — submit a claim', '', `## ${heading}`, '', '| Call | When |', '|---|---|', '| `POST /v1/claims` | On submit |', '| `GET /v1/claims/{ref}` | Nightly |');
      expect(apiLines(md)).toEqual(['POST /api/claims']);
    }
  });

  it('still reads the endpoints of "External API" and of a heading that calls nothing', () => {
    const md = lines('# Vetrelay', '', '## External API', '', '| Call | When |', '|---|---|', '| `POST /v1/claims` | On submit |', '', '## How the app calls the backend', '', '- `GET /api/claims` — list');
    expect(apiLines(md)).toEqual(['GET /api/claims', 'POST /v1/claims']);
  });
});

describe('a new table\'s caption', () => {
  const table = ['', '| column | type |', '|---|---|', '| id | uuid |', '| used_on | date, nullable |'];
  it('reads "New table `streak_freezes`:" over a table as that model', () => {
    expect(mergedModels(lines('# X', '', '### Data', '', 'New table `streak_freezes`:', ...table)).map((m) => m.name)).toEqual(['StreakFreeze']);
  });
  it('reads no model from a sentence that goes on after the name', () => {
    expect(mergedModels(lines('# X', '', '### Data', '', 'New table `streak_freezes` is not needed, we reuse the inventory.', ...table)).map((m) => m.name)).toEqual([]);
  });
});

describe('untyped names under a model\'s name line', () => {
  it('reads `- id, garden_id, user_id` and `- household_id` as fields typed from their names', () => {
    const md = lines('# X', '', '## Data', '', 'Garden', '- slug (string, unique)', '- yearly_rent (number, in cents)', '', 'WaitlistEntry', '- id, garden_id, user_id', '- household_id');
    expect(modelLines(md)).toEqual(['Garden { slug: string; yearly_rent: number }', 'WaitlistEntry { id: string; garden_id: string; user_id: string; household_id: string }']);
  });

  it('reads no fields from a list of words that are no code names', () => {
    const md = lines('# X', '', '## Data', '', 'Speed', '- fast, cheap, good', '- simple');
    expect(modelLines(md)).toEqual([]);
  });
});

describe('names in code marks listed in one item, and a call on the other side', () => {
  it('reads `- \\`id\\`, \\`patientId\\`, \\`platform\\` (\\`ios\\` | \\`android\\`)` as fields, the values as a union', () => {
    const md = lines('# X', '', '## Data', '', '**Device**', '- `id`, `patientId`, `pushToken`, `platform` (`ios` | `android`), `lastSeenAt`');
    expect(modelLines(md)).toEqual(['Device { id: string; patientId: string; pushToken: string; platform: "ios" | "android"; lastSeenAt: string }']);
    expect(modelLines(lines('# X', '', '## Data', '', '**Device**', '- `lat`, `lng`: decimal'))).toEqual(['Device { lat: number; lng: number }']);
  });

  it('reads no endpoint of a call "on their side", and still one of ours beside it', () => {
    const md = lines('# X', '', '## API', '', '- `POST /mobile/v3/devices` — register the push token', '', 'Refills go to the pharmacy through the Dispensa partner API (`POST /partner/v1/refill-orders` on their side).');
    expect(apiLines(md)).toEqual(['POST /mobile/v3/devices']);
  });
});

