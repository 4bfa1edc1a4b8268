export { main } from './main.js';
export { startCommand, START_HELP } from './start.js';
export { formatError, processIo } from './io.js';
export type { CliIo } from './io.js';
