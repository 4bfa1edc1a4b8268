/**
 * Round 26: a task list in YAML or plain text whose items are calls (a PRP's "List of tasks to be
 * completed"), under the prefix its parent line names, and the bare routes under a parent line about
 * templates or pages.
 */
import { describe, expect, it } from 'vitest';
import { apiLines, lines, pageRoutes } from '../testing/extract.js';

const prp = (...block: string[]) => lines('# PRP: Pre-orders', '', '### List of tasks to be completed', '', '```yaml', ...block, '```');

describe('a task list of calls', () => {
  it('reads each call under the prefix its parent line names', () => {
    const md = prp(
      'Task 1:',
      'CREATE app/models/preorder.py:',
      '  - MIRROR pattern from: app/models/plant.py',
      '',
      'Task 2:',
      'CREATE app/routers/preorders.py (mounted with prefix /api in app/main.py):',
      '  - GET    /preorders/batches                 # open batches',
      '  - POST   /preorders/batches/{batch_id}/reservations',
      '  - DELETE /preorders/reservations/{reservation_id}',
      '',
      'Task 3:',
      'CREATE app/routers/hooks.py (same /api prefix):',
      '  - POST /webhooks/stripe   # marks the deposit paid',
    );
    expect(apiLines(md)).toEqual([
      'DELETE /api/preorders/reservations/:reservation_id',
      'GET /api/preorders/batches',
      'POST /api/preorders/batches/:batch_id/reservations',
      'POST /api/webhooks/stripe',
    ]);
  });

  it('reads the bare routes under a parent line about templates as pages, with no prefix', () => {
    const md = prp(
      'Task 2:',
      'CREATE app/routers/preorders.py (prefix="/api"):',
      '  - GET  /preorders/batches',
      '  - GET  /preorders/batches/{batch_id}',
      'Task 4:',
      'CREATE templates (served at the site root, no /api prefix):',
      '  - /preorder                 # open batches',
      '  - /preorder/{batch_id}      # batch detail',
    );
    expect(apiLines(md)).toEqual(['GET /api/preorders/batches', 'GET /api/preorders/batches/:batch_id']);
    expect(pageRoutes(md)).toEqual(['/preorder', '/preorder/:batch_id']);
  });

  it('reads no bare path under a parent line that is not about pages: file paths and folders', () => {
    const md = prp(
      'Task 1:',
      'CREATE app/routers/orders.py:',
      '  - GET  /orders',
      '  - POST /orders',
      'Task 2:',
      'UPDATE static assets:',
      '  - /static/css',
      '  - /static/js',
    );
    expect(apiLines(md)).toEqual(['GET /orders', 'POST /orders']);
    expect(pageRoutes(md)).toEqual([]);
  });

  it('reads no list of one call, and no call marked out of scope or made on another system', () => {
    expect(apiLines(prp('Task 1:', 'CREATE app/routers/x.py:', '  - GET /orders'))).toEqual([]);
    const md = prp(
      'Task 2:',
      'CREATE app/routers/orders.py:',
      '  - GET  /orders',
      '  - POST /orders',
      '  - GET  /orders/legacy-export   # legacy, not carried over',
      'Task 3:',
      "UPDATE app/services/deposits.py (calls Stripe's API):",
      '  - POST /v1/payment_intents',
      '  - POST /v1/refunds',
      'Later (phase 2, out of scope):',
      '  - DELETE /orders/{id}',
    );
    expect(apiLines(md)).toEqual(['GET /orders', 'POST /orders']);
  });

  it('reads nothing from a log or an example payload in a YAML block', () => {
    const md = lines(
      '# Orders',
      '',
      '## Example',
      '',
      '```yaml',
      'requests:',
      '  - method: GET',
      '    path: /orders',
      'log: |',
      '  GET /orders 200 12ms',
      '  POST /orders 201 30ms',
      '```',
    );
    expect(apiLines(md)).toEqual([]);
  });
});
