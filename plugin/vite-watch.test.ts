import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempProject } from '../src/testing/tmp.js';
import { emptiedMidSave } from './vite-watch.js';

describe('a PRD read empty in the middle of a save', () => {
  it('is one when the empty file gets its bytes within the window, and none when it stays empty or was never empty', async () => {
    const root = tempProject();
    const saving = path.join(root, 'saving.md');
    const cleared = path.join(root, 'cleared.md');
    const full = path.join(root, 'full.md');
    writeFileSync(saving, '');
    writeFileSync(cleared, '');
    writeFileSync(full, '# Orders\n');
    expect(await emptiedMidSave([full])).toBe(false);
    setTimeout(() => writeFileSync(saving, '# Orders\n\nAPI: GET /api/orders\n'), 30);
    expect(await emptiedMidSave([full, saving])).toBe(true);
    const started = Date.now();
    expect(await emptiedMidSave([cleared])).toBe(false);
    // A file emptied on purpose is waited for the whole window, then taken as it is.
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
  });
});
