import { describe, expect, it } from 'vitest';
import * as api from './index.js';

describe('public API', () => {
  it('exports exactly these names (a change here is a change to the package contract)', () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "DEFAULT_OUT_DIR",
        "DEFAULT_PRDS",
        "DEFAULT_ROADMAP",
        "DEFAULT_SOURCES",
        "PrdError",
        "UsageError",
        "byteOffset",
        "coverageJson",
        "coverageMarkdown",
        "coverageReportModel",
        "createCoverageScanner",
        "createOrchestrator",
        "diffTasks",
        "extractTasks",
        "findPrdFiles",
        "formatLlmStats",
        "isPrdError",
        "matchCoverage",
        "mergeTasks",
        "normalizeApiPath",
        "normalizeFieldType",
        "normalizeModelName",
        "normalizeOptions",
        "normalizeRoute",
        "normalizeStartOptions",
        "orchestrate",
        "parsePrd",
        "parseRoadmap",
        "planStart",
        "readPrd",
        "readTasksAtRevision",
        "renderOutputs",
        "resolvePrd",
        "runCli",
        "runCoverage",
        "runStart",
        "startCommand",
        "writeIfChanged",
        "writeOutputs",
      ]
    `);
  });
});
