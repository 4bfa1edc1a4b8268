export { writeIfChanged, writeFileSet, removeGenerated, resolveInside, stageWrite, commitWrites, discardWrites } from './write-if-changed.js';
export type { WriteOutcome, StagedWrite, FileWrite } from './write-if-changed.js';
export { writeOutputs, previousFiles } from './outputs.js';
export type { WriteReport, WriteOutputsOptions } from './outputs.js';
export { createWriteWatch } from './known.js';
export type { WriteWatch } from './known.js';
export { withOutputLock } from './lock.js';
