export { writeIfChanged, removeGenerated, resolveInside } from './write-if-changed.js';
export type { WriteOutcome } from './write-if-changed.js';
export { writeOutputs, previousFiles } from './outputs.js';
export type { WriteReport } from './outputs.js';
