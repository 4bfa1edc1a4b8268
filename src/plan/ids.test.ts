import { describe, expect, it } from 'vitest';
import { taskId } from './ids.js';

const src = [{ file: 'a.md', line: 1, section: 's' }];

describe('taskId', () => {
  it('derives ids from kind and canonical key, whatever the parameter names', () => {
    expect(taskId({ kind: 'api', path: '/api/orders/:orderId', methods: ['GET'], sources: src })).toBe('api:/api/orders/:p');
    expect(taskId({ kind: 'page', route: '/Orders/:id', title: 'x', sources: src })).toBe('page:/orders/:p');
    expect(taskId({ kind: 'model', name: 'Orders', fields: [], sources: src })).toBe('model:order');
  });
  it('fingerprints rule text with case and white space folded, and keeps an explicit id', () => {
    const a = taskId({ kind: 'rule', text: 'An order  must have a line.', level: 'must', sources: src });
    expect(a).toMatch(/^rule:[0-9a-f]{10}$/);
    expect(taskId({ kind: 'rule', text: 'an order must have a line.', level: 'should', sources: src })).toBe(a);
    expect(taskId({ kind: 'rule', text: 'An order must have two lines.', level: 'must', sources: src })).not.toBe(a);
    expect(taskId({ kind: 'rule', id: 'FR-001', text: 'x', level: 'must', sources: src })).toBe('FR-001');
  });
});
