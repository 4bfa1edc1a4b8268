/**
 * Misses found by a sixth round of reading: key notation in a model's field list (`PK: cuid`,
 * `FK: employeeId->employeeNumber`), relations written with an arrow, a model's sub-items that list
 * more of its fields, and entities named in code case with only a description. Each rule has its
 * negative beside it.
 */
import { describe, expect, it } from 'vitest';
import { modelLines } from '../testing/extract.js';

const models = modelLines;

describe('key notation in a field list', () => {
  it('reads `PK: cuid` as the id and `FK: a->b` as the field a', () => {
    const md = ['# Training', '', '## Domain model', '', '- **EmployeeNote** (PK: cuid, FK: employeeId->employeeNumber, authorId->User)', '- **Skill** (PK: code, name, validityMonths?)'].join('\n');
    expect(models(md)).toEqual(['EmployeeNote { id: string; employeeId: string; authorId: string }', 'Skill { code: string; name: string; validityMonths?: number }']);
  });
  it('a generated numeric key is a number; `PK` or `FK` alone is no field', () => {
    const md = ['# Shop', '', '## Data model', '', '- **Order** (PK: serial, FK: customerId, total)', '- **Tag** (PK, FK, label, slug)'].join('\n');
    expect(models(md)).toEqual(['Order { id: number; customerId: string; total: number }', 'Tag { label: string; slug: string }']);
  });
  it('a relation to a model is typed with it, a list of them for a plural name', () => {
    const md = ['# Training', '', '## Domain model', '', '- **Employee** (`employeeNumber` PK, name)', '  - `trainings` → TrainingRecord (FK: employeeId -> employeeNumber)', '  - `manager` -> Employee', '  - `skillId` -> Skill'].join('\n');
    expect(models(md)).toEqual(['Employee { employeeNumber: string; name: string; trainings: TrainingRecord[]; manager: Employee; skillId: string }']);
  });
  it('an arrow in prose is no field: "status → shipped" in a sentence stays out', () => {
    const md = ['# Shop', '', '## Data model', '', '- **Order** (id, total)', '  - Moves from `pending` → shipped when the courier scans it'].join('\n');
    expect(models(md)).toEqual(['Order { id: string; total: number }']);
  });
});

describe("a model's sub-items", () => {
  it('add the fields they list in code marks, with their notes', () => {
    const md = [
      '# Training',
      '',
      '## 5. Domain Model (keys & relationships)',
      '',
      '- **TrainingAssignment** (PK: cuid, FK: employeeId->employeeNumber)',
      '  - `targetLevel` (1–4), `dueDate`, `status` (PENDING/IN_PROGRESS/COMPLETED), `notes?`',
      '- **User** (PK: cuid, username unique, role)',
    ].join('\n');
    expect(models(md)).toEqual([
      'TrainingAssignment { id: string; employeeId: string; targetLevel: number; dueDate: string; status: "PENDING" | "IN_PROGRESS" | "COMPLETED"; notes?: string }',
      'User { id: string; username: string; role: string }',
    ]);
  });
  it('a sub-item that is a sentence, or mostly words, adds nothing', () => {
    const md = ['# Shop', '', '## Data model', '', '- **Invoice** (id, total)', '  - `total` is recomputed, then sent to the customer, then archived', '  - Soft-deleted after 30 days, never purged'].join('\n');
    expect(models(md)).toEqual(['Invoice { id: string; total: number }']);
  });
  it('outside a data section, sub-items make no model', () => {
    const md = ['# Shop', '', '## Rollout', '', '- **Phase2** (two weeks)', '  - `flags`, `metrics`'].join('\n');
    expect(models(md)).toEqual([]);
  });
});

describe('entities named in code case with a description', () => {
  it('`**AuditLog**, **UploadLog**: track actions` in a data section are models without fields', () => {
    const md = ['# Training', '', '## Domain model', '', '- **User** (id, username, role)', '- **AuditLog**, **UploadLog**: track actions/imports.', '- **ApiKey**: a secret an admin creates for an integration.'].join('\n');
    expect(models(md)).toEqual(['ApiKey {  }', 'AuditLog {  }', 'UploadLog {  }', 'User { id: string; username: string; role: string }']);
  });
  it('not attribute names, types, one-word labels, or bold names under a model\'s own heading', () => {
    const md = [
      '# Shop',
      '',
      '## Data model',
      '',
      '- **CreatedAt**, **UpdatedAt**: set by the server.',
      '- **OrderTotal**: number',
      '- **Retention**: rows are kept seven years.',
      '',
      '## Order model',
      '',
      '- **ShippingMethod**: how the parcel travels.',
    ].join('\n');
    expect(models(md)).toEqual([]);
  });
});
