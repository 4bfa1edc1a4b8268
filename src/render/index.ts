export { renderOutputs, slugFor } from './render.js';
export type { RenderInput, PrdInfo } from './render.js';
export { renderModels, modelIdentifiers } from './models.js';
export { renderApi, operationNames } from './api.js';
export { renderPages } from './pages.js';
export { renderQa, qaCases } from './qa.js';
export type { QaCase } from './qa.js';
export { str, identifier, propertyKey, commentText } from './code.js';
