/**
 * Round 25, design documents: an interface of methods only is a service's, not a model; a "Front end"
 * section's route table lists pages.
 */
import { describe, expect, it } from 'vitest';
import { lines, modelLines, pageRoutes } from '../testing/extract.js';

describe('a TypeScript interface of methods only', () => {
  it('is no model; an interface with a property beside its methods still is', () => {
    const md = lines(
      '# Design',
      '',
      '## Components',
      '',
      '```ts',
      'export interface LoanLedger {',
      '  open(memberId: string, kitId: string): Promise<Loan>;',
      '  close(loanId: string, note?: string): Promise<Loan>;',
      '  overdue<T>(now: Date): Promise<T[]>;',
      '}',
      '',
      'export interface Loan {',
      '  id: string;',
      '  dueOn: string;',
      '  renew(days: number): Loan;',
      '}',
      '```',
    );
    expect(modelLines(md)).toEqual(['Loan { id: string; dueOn: string }']);
  });

  it('keeps a property typed as a function as a field, not a method', () => {
    const md = lines('# Design', '', '## Models', '', '```ts', 'interface Hook {', '  onSave: (id: string) => void;', '}', '```');
    expect(modelLines(md)).toHaveLength(1);
    expect(modelLines(md)[0]).toMatch(/^Hook \{ onSave: /);
  });
});

describe('a "Front end" section', () => {
  it('reads its route table as pages', () => {
    const md = lines('# Design', '', '### Front end', '', '| Route | Component |', '|---|---|', '| `/kits` | `KitList` |', '| `/kits/:kitId` | `KitPage` |');
    expect(pageRoutes(md)).toEqual(['/kits', '/kits/:kitId']);
  });

  it('reads no page from an API path or a web URL in the same table', () => {
    const md = lines('# Design', '', '### Front end', '', '| Route | Component |', '|---|---|', '| `/api/kits` | `KitList` |', '| https://kits.example.org/help | — |');
    expect(pageRoutes(md)).toEqual([]);
  });
});

describe('the folders of a file path after a route group', () => {
  it('are no page: `src/app/(staff)/staff/...`', () => {
    const md = lines('# Design', '', '## Pages', '', 'Pages live in `src/app/(members)/me/...` and `src/app/(desk)/desk/...`.', '', '- `/me/loans` — my loans');
    expect(pageRoutes(md)).toEqual(['/me/loans']);
  });

  it('still reads a route after an opening parenthesis or a space', () => {
    const md = lines('# Design', '', '## Pages', '', '- Loans (`/me/loans`)', '- Desk (/desk)');
    expect(pageRoutes(md)).toEqual(['/desk', '/me/loans']);
  });
});

describe('pages a sentence places', () => {
  it('reads "the home is `/x`", "the form is `/x/new`", "a link to `/x/:token`" and "On `/x` the driver …"', () => {
    const md = lines(
      '# Kit library',
      '',
      '## How it works',
      '',
      'The member home is `/kits` and the loan form is `/kits/new`.',
      '',
      '1. When a loan is due, the member gets an email with a link to `/loans/:token`.',
      '2. On `/desk/returns/:loanId` the volunteer checks the kit back in with `POST /api/loans/{loanId}/return`.',
    );
    expect(pageRoutes(md)).toEqual(['/desk/returns/:loanId', '/kits', '/kits/new', '/loans/:token']);
  });

  it('reads no page from an API path, a web URL, a question or a retired route', () => {
    const md = lines(
      '# Kit library',
      '',
      '## How it works',
      '',
      'The loan list is `/api/loans` and the help page is https://kits.example.org/help.',
      '',
      '1. The email carries a link to https://kits.example.org/faq.',
      '2. On `/api/loans` the client sends the member id.',
      '3. Should the loan form be `/kits/borrow`?',
      '4. The old member home is `/home-v1` (retired).',
    );
    expect(pageRoutes(md)).toEqual([]);
  });
});
