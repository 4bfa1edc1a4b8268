/*
 * What a reader of the rendered PRD never sees as the product's content: HTML comments
 * (`<!-- Describe the feature here -->`, the notes of Spec Kit-style templates) and template
 * guidance blocks (`<instruction>…</instruction>`, `<example type="good">…</example>`,
 * `<guidance>`, Task Master-style). Their text is blanked for extraction, not removed: offsets and
 * line numbers stay, and the PRD itself is never changed.
 */

/** Where hidden text may start: most sections have neither mark. */
const MAY_HIDE = /<!--|<(?:instructions?|examples?|guidance|guidelines?)[\s>]/i;
/** A comment anywhere, or a guidance tag at a line start (its name in group 1). */
const OPEN = /<!--|^[ \t]*<(instructions?|examples?|guidance|guidelines?)(?=[\s>])[^>\n]*>/gim;
/** A fence line: inside a fence, `<!--` is code. */
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;

/**
 * The line that opens a quoted earlier message in a mail or comment thread, quoted or not:
 * "On Mon, 3 Mar 2025, Jon <jon@x> wrote:", "> Ana escribió:", "Am 3. März um 17:40 schrieb Jon <jon@x>:"
 * (the name after the verb), "-----Original Message-----".
 */
const REPLY_ATTRIBUTION = /^[ \t]*(?:>[ \t]*)?(?:\S.*\b(?:wrote|writes|escribió|escreveu|a écrit|schrieb|scrisse|schreef|napisał)[ \t]*:|(?:Am|Le|El|Il|Op|Em)[ \t]\S.*[ \t](?:schrieb|a écrit|escribió|ha scritto|schreef|escreveu)[ \t]\S.*:|-{3,}[ \t]*(?:original message|forwarded message|mensaje original|message d'origine|ursprüngliche nachricht)[ \t]*-{3,})[ \t]*$/im;

/** Does a section body hold anything `hideGuidance` would blank? */
export function mayHideGuidance(body: string): boolean {
  return (body.includes('<') && MAY_HIDE.test(body)) || (body.includes('>') && REPLY_ATTRIBUTION.test(body));
}

/**
 * The text with its comments and guidance blocks blanked (every character but line breaks made a
 * space), or undefined when it holds none. A comment ends at `-->`, a block at its closing tag; one
 * that is never closed in the text hides its own line only, so a stray `<!--` does not hide the
 * rest of the PRD.
 */
export function hideGuidance(text: string): string | undefined {
  const blanked = hideComments(text);
  return (text.includes('>') && REPLY_ATTRIBUTION.test(blanked ?? text) ? hideQuotedReplies(blanked ?? text) : undefined) ?? blanked;
}

/**
 * The text with each quoted earlier message blanked: its attribution line ("On …, Jon wrote:") and
 * the run of `>` lines after it. What the thread quotes was said before; the message itself is the
 * spec. A `>` quote without an attribution (a callout, a cited requirement) stays.
 */
function hideQuotedReplies(text: string): string | undefined {
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    if (!REPLY_ATTRIBUTION.test(lines[i]!)) continue;
    let end = i + 1;
    while (end < lines.length && /^[ \t]*>/.test(lines[end]!)) end++;
    if (end === i + 1 && !/^[ \t]*>/.test(lines[i]!)) continue;
    for (let k = i; k < end; k++) lines[k] = lines[k]!.replace(/[^\r]/g, ' ');
    changed = true;
    i = end - 1;
  }
  return changed ? lines.join('\n') : undefined;
}

/** The text with its HTML comments and guidance blocks blanked, or undefined when it holds none. */
function hideComments(text: string): string | undefined {
  if (!text.includes('<') || !MAY_HIDE.test(text)) return undefined;
  const fenced = fencedRanges(text);
  let out = '';
  let done = 0;
  OPEN.lastIndex = 0;
  for (let m = OPEN.exec(text); m; m = OPEN.exec(text)) {
    const start = m.index + (m[1] ? m[0].indexOf('<') : 0);
    if (start < done || fenced.some(([a, b]) => start >= a && start < b)) continue;
    const close = m[1] ? new RegExp(`</${m[1]}\\s*>`, 'i') : /-->/;
    const rest = text.slice(start + m[0].length - (m[1] ? m[0].indexOf('<') : 0));
    const c = close.exec(rest);
    const lineEnd = text.indexOf('\n', start);
    const end = c ? text.length - rest.length + c.index + c[0].length : lineEnd === -1 ? text.length : lineEnd;
    out += text.slice(done, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ');
    done = end;
    OPEN.lastIndex = end;
  }
  return done === 0 ? undefined : out + text.slice(done);
}

/** Offsets [start, end) of the fenced code blocks of a text. */
function fencedRanges(text: string): Array<[number, number]> {
  if (!text.includes('```') && !text.includes('~~~')) return [];
  const ranges: Array<[number, number]> = [];
  let open: { mark: string; at: number } | undefined;
  let at = 0;
  for (const line of text.split('\n')) {
    const f = FENCE.exec(line);
    if (f) {
      if (!open) open = { mark: f[1]!, at };
      else if (f[1]![0] === open.mark[0] && f[1]!.length >= open.mark.length && line.trim() === f[1]) {
        ranges.push([open.at, at + line.length]);
        open = undefined;
      }
    }
    at += line.length + 1;
  }
  if (open) ranges.push([open.at, text.length]);
  return ranges;
}
