import type { FileFacts } from './types.js';
import type { ParsedSource } from './source.js';

/** What a reader gets for one file. */
export interface ReadContext {
  source: ParsedSource;
  /** Where a reader puts what it finds. */
  facts: FileFacts;
  /** Module specifiers the file imports (`express`, `@nestjs/common`, `./orders`). */
  imports: Set<string>;
  /** The project uses Next.js (a `next` dependency or a `next.config.*` file): `pages/` is its pages router. */
  next: boolean;
}

/**
 * One framework's or convention's reader. `mayContain` is a cheap look at the file's path and
 * text that lets most files skip `read`; it may say yes wrongly, never no wrongly.
 */
export interface SourceReader {
  mayContain(file: string, text: string, next: boolean): boolean;
  read(context: ReadContext): void;
}
