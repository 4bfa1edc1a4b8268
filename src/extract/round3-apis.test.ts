import { describe, expect, it } from 'vitest';
import { mergeTasks } from '../plan/merge.js';
import { parsePrd } from '../prd/parse.js';
import type { Task } from '../types.js';
import { extractTasks } from './extract.js';

/** Extraction round 3, APIs and pages: styles of PRD no fixture had (Notion, Jira, RFC, German), and what must stay alone. */
const tasks = (md: string): Task[] => mergeTasks(extractTasks(parsePrd(md, 'x.md'))).tasks;
const apis = (md: string) =>
  tasks(md)
    .flatMap((t) => (t.kind === 'api' ? (t.methods.length > 0 ? t.methods.map((m) => `${m} ${t.path}`) : [`? ${t.path}`]) : []))
    .sort();
const pages = (md: string) =>
  tasks(md)
    .flatMap((t) => (t.kind === 'page' ? [t.route] : []))
    .sort();

describe('method and path on labelled lines of their own (Notion, Confluence)', () => {
  it.each([
    ['**Method:** `POST`\n**Path:** `/api/refunds`\n**Auth:** agent token', 'POST /api/refunds'],
    ['**Path:** `/api/refunds/{id}`\n**Method:** PATCH', 'PATCH /api/refunds/:id'],
    ['- Method: DELETE\n- Endpoint: /api/refunds/:id', 'DELETE /api/refunds/:id'],
    ['HTTP method: GET\n\nURL: `/api/refunds`', 'GET /api/refunds'],
    ['Methode: PUT\nPfad: /api/mitglieder/{id}', 'PUT /api/mitglieder/:id'],
    ['Verb: get\nRoute: /api/refunds/export', 'GET /api/refunds/export'],
    ['**Method:** `GET`, `HEAD`\n**Path:** `/api/files/:id`', 'GET /api/files/:id,HEAD /api/files/:id'],
  ])('pairs %j', (body, want) => {
    expect(apis(`## Create refund\n\n${body}\n`)).toEqual(want.split(','));
  });

  it.each([
    // A URL with a host, a file and an OS path are no endpoints.
    '**Method:** `POST`\n**URL:** https://hooks.example.com/api/refunds',
    '**Method:** `POST`\n**Path:** `src/api/refunds.ts`',
    'Method: GET\nPath: /etc/hosts',
    // Out of scope, and a label that is not a method's.
    '**Method:** `POST`\n**Path:** `/api/refunds-old` (legacy, will not be built)',
    '**Payment method:** card\n**Path:** `/checkout`',
    // Too far apart: a method label and a path several lines later belong to different things.
    'Method: POST\n\nSome text.\n\nMore text.\n\nAnd more.\n\nYet more.\n\nPath: /checkout',
  ])('pairs nothing in %j', (body) => {
    expect(apis(`## Notes\n\n${body}\n`).filter((a) => !a.startsWith('?'))).toEqual([]);
  });
});
