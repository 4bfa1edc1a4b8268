import { describe, expect, it } from 'vitest';
import { bareId, qaCaseId, taskId, taskKey } from './ids.js';

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

describe('taskKey', () => {
  it('is the one identity: routes and rules ignore case, models a plural, rules runs of white space', () => {
    expect(taskKey({ kind: 'api', path: '/Orders/:id', methods: ['GET'], sources: src })).toBe(taskKey({ kind: 'api', path: '/orders/:id', methods: ['POST'], sources: src }));
    expect(taskKey({ kind: 'model', name: 'Orders', fields: [], sources: src })).toBe('model order');
    expect(taskKey({ kind: 'rule', text: 'A  user\tMUST log in.', level: 'must', sources: src })).toBe('rule a user must log in.');
    expect(taskKey({ kind: 'page', route: '/orders', title: 'x', sources: src })).not.toBe(taskKey({ kind: 'api', path: '/orders', methods: ['GET'], sources: src }));
  });
  it('compares routes by shape, so one endpoint written with different parameter names is one task', () => {
    expect(taskKey({ kind: 'api', path: '/orders/:id', methods: ['GET'], sources: src })).toBe(taskKey({ kind: 'api', path: '/Orders/{orderId}', methods: ['GET'], sources: src }));
    expect(taskKey({ kind: 'page', route: '/orders/[id]', title: 'x', sources: src })).toBe('page /orders/:p');
    expect(taskKey({ kind: 'rule', id: 'FR-001', text: 'x', level: 'must', sources: src })).toBe('rule FR-001');
  });

  it('gives a requirement id qualified with its PRD the QA case id of the PRD’s own id, and leaves every other id alone', () => {
    expect(bareId('specs/001-albums/spec.md#FR-001')).toBe('FR-001');
    expect(qaCaseId('specs/001-albums/spec.md#FR-001')).toBe(qaCaseId('FR-001'));
    expect(qaCaseId('docs/prd/a.md#2.3')).toBe(qaCaseId('2.3'));
    expect(qaCaseId('FR-001')).not.toBe(qaCaseId('FR-002'));
    for (const id of ['api:/orders/:p', 'page:/orders', 'model:order', 'rule:63b1c74b08', 'REQ-12']) expect(bareId(id)).toBe(id);
  });
});
