/**
 * Round 24, enterprise documents: change requests, integration specs and backlogs. Their sections
 * say what is there only to be read (an existing system, interfaces another team builds, stories
 * moved out of the sprint), and name a new entity after the change's id (`### 5.2 CH7 — Shipment (new)`).
 */
import { describe, expect, it } from 'vitest';
import { apiLines, modelLines, pageRoutes, ruleRows } from '../testing/extract.js';

const lines = (...l: string[]) => l.join('\n');

describe('sections that are there to be read, not built', () => {
  it('reads no endpoint or page under a heading marked for context, unchanged, not built here, consumed from or moved out of the sprint', () => {
    const md = lines(
      '# Change request CR-88: courier pickup',
      '',
      '## 2. Current platform (for reference only — no change)',
      '',
      '- `GET /api/parcels` lists parcels; the `/parcels` screen shows them.',
      '',
      '## 3. Current endpoints (unchanged)',
      '',
      '- `DELETE /api/parcels/{parcelId}`',
      '',
      '## 4. APIs consumed from the carrier (not built by this project)',
      '',
      '- `POST /carrier/v1/labels` creates a label.',
      '',
      '## 5. Moved out of the release',
      '',
      '- `POST /api/parcels/{parcelId}/insure` — insurance quote.',
      '',
      '## 6. Changes',
      '',
      '- `POST /api/pickups` books a pickup.',
    );
    expect(apiLines(md)).toEqual(['POST /api/pickups']);
    expect(pageRoutes(md)).toEqual([]);
  });

  it('still reads a section whose words only mention an unchanged form or what is not yet built', () => {
    const md = lines(
      '# Notes',
      '',
      '## Skip the save when the form is unchanged',
      '',
      '- `PUT /api/drafts/{draftId}` is only sent after an edit.',
      '',
      '## What is not built yet',
      '',
      '- `GET /api/drafts` lists drafts.',
    );
    expect(apiLines(md)).toEqual(['GET /api/drafts', 'PUT /api/drafts/:draftId']);
  });
});

describe('ids before a model name', () => {
  it('strips the id of a change or a requirement before the dash', () => {
    const md = lines('# Spec', '', '## DM-3 — Invoice', '', '| Field | Type |', '|---|---|', '| id | uuid |', '| total | integer |');
    expect(modelLines(md)).toEqual(['Invoice { id: string; total: number }']);
  });
});
