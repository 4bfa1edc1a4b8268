/**
 * Types of the `virtual:prd` module served by `prd-orchestrator/vite`.
 * Reference it once: `/// <reference types="prd-orchestrator/virtual" />`, or add
 * `"prd-orchestrator/virtual"` to `compilerOptions.types`.
 */
declare module 'virtual:prd' {
  import type { CoverageJson, Manifest } from 'prd-orchestrator';
  /** The manifest of the last run without PRD errors: every task with its sources. */
  export const manifest: Manifest;
  export default manifest;
  /**
   * Which tasks the code implements and tests (the `coverage --json` document), updated when a source
   * file or a PRD is saved; null before the first scan or with the plugin option `coverage: false`.
   */
  export const coverage: CoverageJson | null;
}
