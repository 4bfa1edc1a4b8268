export { readTasksAtRevision, createTaskReader } from './read.js';
export type { TaskSet, TaskReader, ReadTasksOptions } from './read.js';
export { diffTasks, changeSource } from './compare.js';
export type { DiffChange, TaskDiff } from './compare.js';
export { diffJson, diffMarkdown, diffText } from './format.js';
export type { DiffSides } from './format.js';
