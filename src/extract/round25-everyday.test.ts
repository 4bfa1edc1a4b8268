/**
 * Round 25, everyday English PM documents: a data model told as paragraphs (a bold entity, then
 * sentences about what "we store" and what each field is), field lists that mark new columns with
 * a symbol, and an example request that names a record by a short prefixed key.
 */
import { describe, expect, it } from 'vitest';
import { apiLines, lines, modelLines } from '../testing/extract.js';

describe('a model told over several sentences', () => {
  it('reads the fields of the sentences after the subject: what we store, what each one has, what a field is', () => {
    const md = lines(
      '# Kennel bookings',
      '',
      '## Data model',
      '',
      'A **Dog** is a pet we look after. We store their `id` (a uuid), their `petName` and their `birthDate` (a date). The `petName` may be null for strays. Each dog has a `visitCount`, a whole number. `isNeutered` is a true/false flag.',
      '',
      'A **Stay** ties a dog to a kennel. It has an `id` (uuid) and the `dogId`. Its `size` is one of `small`, `medium` or `large`. When a stay ends we keep the `endedAt` timestamp, which is null before, and a boolean `paidInFull`.',
    );
    expect(modelLines(md)).toEqual([
      'Dog { id: string; petName: string | null; birthDate: string; visitCount: number; isNeutered: boolean }',
      'Stay { id: string; dogId: string; size: "small" | "medium" | "large"; endedAt: string | null; paidInFull: boolean }',
    ]);
  });

  it('reads values in parentheses, values after "which is", and fields after a colon', () => {
    const md = lines(
      '# Kennel bookings',
      '',
      '## Data model',
      '',
      'A **Walker** is a volunteer. We only need their `id`, `nickName`, `level` (`junior` or `senior`) and the `kennelIds` they cover.',
      '',
      'A **Notice** records each letter we post: its `id`, the `ownerId`, and the `tone`, which is `friendly` or `firm`.',
    );
    expect(modelLines(md)).toEqual([
      'Notice { id: string; ownerId: string; tone: "friendly" | "firm" }',
      'Walker { id: string; nickName: string; level: "junior" | "senior"; kennelIds: string[] }',
    ]);
  });

  it('reads no fields from sentences that do not go on about the model, nor from a paragraph about something else', () => {
    const md = lines(
      '# Kennel bookings',
      '',
      '## Data model',
      '',
      'A **Dog** is a pet we look after. See `docs/dogs.md` for the history. Staff call `GET /api/dogs` to list them. The `/dogs` page shows them.',
      '',
      '## Notes',
      '',
      'A volunteer walks dogs. We run `npm test` and `npm run lint` before a release. The `main` branch is protected.',
    );
    expect(modelLines(md)).toEqual(['Dog {  }']);
  });
});

describe('field lists that mark items', () => {
  it('reads a field whose item starts with a symbol after the bullet', () => {
    const md = lines(
      '# Boards',
      '',
      '## Data',
      '',
      '**Card** (two new columns marked ★):',
      '',
      '- `id`: uuid',
      '- `title`: string',
      '- ★ `rank`: integer, order within the list',
      '- 🆕 `archivedAt`: timestamp, nullable',
    );
    expect(modelLines(md)).toEqual(['Card { id: string; title: string; rank: number; archivedAt: string | null }']);
  });

  it('reads no field from an item of a symbol and words', () => {
    const md = lines('# Boards', '', '## Data', '', '**Card**:', '', '- `id`: uuid', '- `title`: string', '- ★ see the design file for the rest');
    expect(modelLines(md)).toEqual(['Card { id: string; title: string }']);
  });
});

describe('example requests', () => {
  it('reads a request that names a record by a one-letter prefixed key as the endpoint it is an instance of', () => {
    const md = lines(
      '# Garden API',
      '',
      '## Endpoints',
      '',
      '- `POST /v2/gardens/{gardenId}/beds` adds a bed.',
      '',
      '### Example',
      '',
      '```http',
      'POST /v2/gardens/g_4k/beds',
      'Content-Type: application/json',
      '```',
    );
    expect(apiLines(md)).toEqual(['POST /v2/gardens/:gardenId/beds']);
  });

  it('keeps a route segment of words with an underscore and no digit, and a version segment', () => {
    const md = lines('# Garden API', '', '## Endpoints', '', '- `GET /v2/garden_beds`', '- `GET /v2/oauth_v2/callback`');
    expect(apiLines(md)).toEqual(['GET /v2/garden_beds', 'GET /v2/oauth_v2/callback']);
  });
});
