/**
 * Types of the `virtual:prd` module served by `prd-orchestrator/vite`.
 * Reference it once: `/// <reference types="prd-orchestrator/virtual" />`, or add
 * `"prd-orchestrator/virtual"` to `compilerOptions.types`.
 */
declare module 'virtual:prd' {
  import type { Manifest } from 'prd-orchestrator';
  /** The manifest of the last run without PRD errors: every task with its sources. */
  export const manifest: Manifest;
  export default manifest;
}
