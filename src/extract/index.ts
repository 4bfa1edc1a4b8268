export { createExtractRun, createExtractWatch, extractTasks } from './extract.js';
export { extractWarnings } from './warnings.js';
export type { ExtractOptions, ExtractRun, ExtractWatch, BlockReader } from './extract.js';
export { normalizeApiPath, normalizeRoute, normalizeMethod, findPaths, findMethodPaths, isApiPath, isCanonicalPath, HTTP_METHODS } from './paths.js';
export { normalizeModelName, singularize, titleFromRoute } from './names.js';
export { normalizeFieldType, inferFieldType } from './field-types.js';
export { ruleLevel } from './rules.js';
export { statusCodes } from './bodies.js';
