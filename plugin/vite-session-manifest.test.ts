import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OrchestrateResult } from '../src/orchestrate.js';
import { tempProject } from '../src/testing/tmp.js';
import type { ApiTask, Manifest } from '../src/types.js';
import { createPrdSession } from './vite-session.js';

const api = (p: string): ApiTask => ({ kind: 'api', path: p, methods: ['GET'], sources: [{ file: 'docs/prd/a.md', line: 1, section: '' }] });

/**
 * The manifest served as `virtual:prd`, after runs whose manifests share tasks or not. The text of
 * manifest.json is made only when the module is loaded (code()), never to decide whether a run
 * changed the manifest: on a dense 1 MB PRD that text is 4 MB.
 */
describe('the session decides whether a run changed virtual:prd without making manifest.json', () => {
  it('same tasks by JSON: no change; one task changed: a change, its text made only when code() asks', async () => {
    const root = tempProject();
    mkdirSync(path.join(root, 'docs/prd'), { recursive: true });
    writeFileSync(path.join(root, 'docs/prd/a.md'), '# A\n');
    const manifests: Manifest[] = [];
    let made = 0;
    const result = (tasks: ApiTask[]): OrchestrateResult => {
      const manifest: Manifest = { version: 1, generator: 'prd-orchestrator', prds: [{ file: 'docs/prd/a.md', tasks: tasks.length }], tasks, conflicts: [], files: ['api.ts', 'manifest.json'] };
      manifests.push(manifest);
      return {
        success: true, durationMs: 1, prds: 1, tasks: tasks.length, filesWritten: [], filesUnchanged: [], filesRemoved: [], drift: [], errors: [], warnings: [], conflicts: [], files: ['docs/prd/a.md'], manifest,
        manifestJson: () => {
          made++;
          return `{"tasks":[\n${tasks.map((t) => JSON.stringify(t)).join(',\n')}\n]}`;
        },
      };
    };
    const runs = [result([api('/a'), api('/b')]), result([api('/a'), api('/b')]), result([api('/a'), api('/c')])];
    const session = createPrdSession({ createOrchestrator: () => ({ run: async () => runs.shift()! }) });
    session.configure({ command: 'build', options: { root }, viteLogger: { info() {}, warn() {}, error() {} } as never, coverage: false, pagePath: false });
    const fail = (e: unknown): never => {
      throw e;
    };
    await session.build(() => {}, fail);
    expect(session.code()).toContain('"/b"');
    expect(made).toBe(1);
    // New task objects with the same JSON: the manifest stands, nothing is made.
    await session.build(() => {}, fail);
    expect(session.api.manifest()).toBe(manifests[0]);
    expect(made).toBe(1);
    // One task changed: a new manifest, its text made when the module is loaded.
    await session.build(() => {}, fail);
    expect(session.api.manifest()).toBe(manifests[2]);
    expect(made).toBe(1);
    expect(session.code()).toContain('"/c"');
    expect(made).toBe(2);
  });
});
