import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Task } from '../types.js';
import { TASKS_PER_PIECE, tasksJson } from './json-output.js';

const text = fc.string({ unit: 'binary', maxLength: 20 });
const sources = fc.array(fc.record({ file: text, line: fc.nat(), section: text }), { minLength: 1, maxLength: 3 });
const task: fc.Arbitrary<Task> = fc.oneof(
  fc.record({ kind: fc.constant('api' as const), path: text, methods: fc.subarray(['GET', 'POST', 'DELETE'] as const), sources }),
  fc.record({ kind: fc.constant('model' as const), name: text, fields: fc.array(fc.record({ name: text, type: text, optional: fc.boolean() }), { maxLength: 4 }), sources }),
  fc.record({ kind: fc.constant('page' as const), route: text, title: text, sources }),
  fc.record({ kind: fc.constant('rule' as const), text, level: fc.constantFrom('must' as const, 'should' as const, 'may' as const), sources }),
);

/** The output as text, from its bytes joined: a character split across two pieces would not survive this. */
const bytes = (tasks: readonly Task[]) => Buffer.concat([...tasksJson(tasks)]).toString('utf8');

describe('extract --json output', () => {
  it('is byte for byte JSON.stringify({ tasks }, null, 2) and a newline, for any tasks (quotes, line breaks, any Unicode, empty lists)', () => {
    fc.assert(
      fc.property(fc.array(task, { maxLength: 12 }), (tasks) => {
        expect(bytes(tasks)).toBe(`${JSON.stringify({ tasks }, null, 2)}\n`);
      }),
      { numRuns: 300 },
    );
  });

  it('stays byte for byte the same across the pieces it is cut into (lists of any length, batch boundaries included)', () => {
    fc.assert(
      fc.property(fc.array(task, { minLength: 1, maxLength: 4 }), fc.oneof(fc.nat(2 * TASKS_PER_PIECE + 100), fc.constantFrom(TASKS_PER_PIECE - 1, TASKS_PER_PIECE, TASKS_PER_PIECE + 1, 2 * TASKS_PER_PIECE - 1, 2 * TASKS_PER_PIECE, 2 * TASKS_PER_PIECE + 1)), (base, n) => {
        const tasks = Array.from({ length: n }, (_, i) => base[i % base.length]!);
        expect(bytes(tasks)).toBe(`${JSON.stringify({ tasks }, null, 2)}\n`);
      }),
      { numRuns: 60 },
    );
  });

  it('comes in pieces of bounded size when the task list is large', () => {
    const tasks: Task[] = Array.from({ length: 3 * TASKS_PER_PIECE + 5 }, (_, i) => ({ kind: 'api', path: `/api/r${i}`, methods: ['GET'], sources: [{ file: 'a.md', line: i + 1, section: 'API' }] }));
    const pieces = [...tasksJson(tasks)];
    // Four pieces of tasks, the three separators between them, and the closing lines.
    expect(pieces.length).toBe(8);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(1_000_000);
    expect(Buffer.concat(pieces).toString('utf8')).toBe(`${JSON.stringify({ tasks }, null, 2)}\n`);
  });
});
