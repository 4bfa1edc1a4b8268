/** Machine-readable error codes. Hosts may switch on them; messages are for people. */
export type PrdErrorCode =
  | 'ENOENT'
  | 'EISDIR'
  | 'EBINARY'
  | 'EFRONTMATTER'
  | 'EFRONTMATTER_UNCLOSED'
  | 'EFRONTMATTER_TYPE'
  | 'EOUTSIDE'
  | 'ESYMLINK'
  | 'EREAD'
  | 'EUSAGE'
  | 'EROADMAP'
  | 'ELLM'
  | 'EWRITE'
  | 'EMARKER'
  | 'ENOMATCH';

export interface PrdErrorInit {
  file: string;
  line?: number;
  column?: number;
  code: PrdErrorCode;
  /** What was expected and how to fix it; appended to the message. */
  hint?: string;
  cause?: unknown;
}

/** A `PrdError` as plain JSON. */
export interface PrdErrorJson {
  file: string;
  line: number;
  column: number;
  code: string;
  message: string;
}

/**
 * An error in a PRD or its surroundings, with the place it is at.
 * `toString()` gives the `file:line:col message` form every host prints.
 */
export class PrdError extends Error {
  override readonly name = 'PrdError';
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly code: PrdErrorCode;
  readonly hint: string | undefined;

  constructor(message: string, init: PrdErrorInit) {
    super(init.hint ? `${message}. ${init.hint}` : message, init.cause === undefined ? undefined : { cause: init.cause });
    this.file = init.file;
    this.line = init.line ?? 1;
    this.column = init.column ?? 1;
    this.code = init.code;
    this.hint = init.hint;
  }

  /** `file:line:col message` */
  format(): string {
    return `${this.file}:${this.line}:${this.column} ${this.message}`;
  }

  override toString(): string {
    return this.format();
  }

  toJSON(): PrdErrorJson {
    return { file: this.file, line: this.line, column: this.column, code: this.code, message: this.message };
  }

  /** The error `toJSON` described, as it crosses a thread or process boundary (the hint is in the message already). */
  static fromJSON(json: PrdErrorJson): PrdError {
    return new PrdError(json.message, { file: json.file, line: json.line, column: json.column, code: json.code as PrdErrorCode });
  }
}

/** Bad options or arguments (CLI exit 2). Names the option, the value and what is allowed. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export function isPrdError(error: unknown): error is PrdError {
  return error instanceof Error && (error as { name?: string }).name === 'PrdError' && 'file' in error;
}
