export { main, startCommand } from './main.js';
export { formatError, processIo } from './io.js';
export type { CliIo } from './io.js';
