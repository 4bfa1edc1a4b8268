export { createMergeMemo, mergeTasks, compareSources, type MergeMemo } from './merge.js';
export type { MergeResult } from './merge.js';
export { routeShape } from './route-shape.js';
export { taskId, taskKey, keyWithinKind, modelKey, ruleFingerprint, qaCaseId, bareId } from './ids.js';
export { conflictWarning } from './conflict-warning.js';
