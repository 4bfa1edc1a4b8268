/**
 * Round 26: what spec-driven and AI-tool formats write (Task Master PRDs, OpenSpec changes, PRPs,
 * Claude Code plans, Copilot issues): models listed one a line in a plain block; the columns
 * `ALTER TABLE … ADD COLUMN` adds.
 */
import { describe, expect, it } from 'vitest';
import { modelLines } from '../testing/extract.js';

const lines = (...l: string[]) => l.join('\n');

describe('models listed one a line in a block without a language', () => {
  it('reads each name and the fields after it, a long list going on in the indented lines', () => {
    const md = lines(
      '# Fleet',
      '',
      '## Data models',
      '```',
      'Vehicle        id, vin (17 chars, unique), plate, depotId,',
      '               odometerKm: int, status: active | in_shop | retired',
      'ServiceInterval id, name, everyKm: int, checklist: string[]',
      'WorkOrder      id, vehicleId, closedAt (nullable)',
      '```',
    );
    expect(modelLines(md)).toEqual([
      'ServiceInterval { id: string; name: string; everyKm: number; checklist: string[] }',
      'Vehicle { id: string; vin: string; plate: string; depotId: string; odometerKm: number; status: "active" | "in_shop" | "retired" }',
      'WorkOrder { id: string; vehicleId: string; closedAt: string | null }',
    ]);
  });

  it('reads a name and a colon before the fields', () => {
    const md = lines('# Shop', '', '## Entities', '```', 'Order: id, customerId, total: decimal', 'Customer: id, email', '```');
    expect(modelLines(md)).toEqual(['Customer { id: string; email: string }', 'Order { id: string; customerId: string; total: number }']);
  });

  it('reads no models from lines of prose, a glossary or a command list', () => {
    const md = lines(
      '# Shop',
      '',
      '## Data model',
      '```',
      'Customer       the person who places an order',
      'Order          what the customer buys, with its lines',
      '```',
      '',
      '```',
      'Run   npm test, then npm run lint',
      '```',
    );
    expect(modelLines(md)).toEqual([]);
  });

  it('outside a data section, reads only lists that hold an id and three fields', () => {
    const md = lines(
      '# Shop',
      '',
      '## Notes',
      '```',
      'Colors   red, green',
      'Sizes    small, large',
      '```',
      '',
      '## Design',
      '```',
      'Order    id, customerId, total',
      '```',
    );
    expect(modelLines(md)).toEqual(['Order { id: string; customerId: string; total: number }']);
  });
});

describe('columns an ALTER TABLE adds', () => {
  it('reads the table as a model with the columns it gains, on one line or on the lines after it', () => {
    const md = lines(
      '# Invoicing',
      '',
      '### Data',
      '```sql',
      "ALTER TABLE clients ADD COLUMN reminder_offsets integer[] NOT NULL DEFAULT '{-3,1,7}';",
      'ALTER TABLE clients ADD COLUMN reminders_enabled boolean NOT NULL DEFAULT true;',
      'ALTER TABLE invoices',
      '  ADD COLUMN schedule_id uuid NULL REFERENCES recurring_schedules(id),',
      '  ADD COLUMN IF NOT EXISTS sent_count int NOT NULL DEFAULT 0;',
      '```',
    );
    expect(modelLines(md)).toEqual([
      'Client { reminder_offsets: number[]; reminders_enabled: boolean }',
      'Invoice { schedule_id: string | null; sent_count: number }',
    ]);
  });

  it('reads no field from a clause that adds a constraint or an index, drops or renames a column', () => {
    const md = lines(
      '# Invoicing',
      '',
      '### Migration',
      '```sql',
      'ALTER TABLE invoices ADD CONSTRAINT invoices_number_key UNIQUE (number);',
      'ALTER TABLE invoices DROP COLUMN pdf_link_token;',
      'ALTER TABLE invoices RENAME COLUMN note TO memo;',
      'ALTER TABLE clients ADD FOREIGN KEY (owner_id) REFERENCES users(id);',
      '```',
    );
    expect(modelLines(md)).toEqual([]);
  });
});
