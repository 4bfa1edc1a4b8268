import type { ByteReplacement, PrdDocument } from './types.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/**
 * Windows-1252's 0x80–0x9F block (the rest is Latin-1). Node's TextDecoder('windows-1252')
 * decodes as plain Latin-1, which would turn a stray 0x92 into an invisible control character.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function cp1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b);
  return out;
}

export interface Decoded {
  text: string;
  bom: boolean;
  replacements: ByteReplacement[];
}

/** Length of a valid UTF-8 sequence starting at `i`, or 0 when the bytes there are not valid UTF-8. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i]!;
  if (b0 < 0x80) return 1;
  let need: number;
  let min: number;
  if (b0 >= 0xc2 && b0 <= 0xdf) {
    need = 1;
    min = 0x80;
  } else if (b0 >= 0xe0 && b0 <= 0xef) {
    need = 2;
    min = 0x800;
  } else if (b0 >= 0xf0 && b0 <= 0xf4) {
    need = 3;
    min = 0x10000;
  } else return 0;
  let cp = b0 & (0x3f >> need);
  for (let k = 1; k <= need; k++) {
    const b = bytes[i + k];
    if (b === undefined || (b & 0xc0) !== 0x80) return 0;
    cp = (cp << 6) | (b & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
  return need + 1;
}

/**
 * Decode PRD bytes as UTF-8. Bytes that are not valid UTF-8 are read the way a person would read
 * them, as Windows-1252 (a stray 0x92 becomes ’), and listed so edits can map back to bytes.
 * @param bytes raw file content
 * @returns text without BOM, whether a BOM was there, and the replaced byte runs
 */
export function decodePrd(bytes: Uint8Array): Decoded {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: utf8.decode(body), bom, replacements: [] };
  } catch {
    // Fall through to the slow path only for files that really hold invalid bytes.
  }
  const parts: string[] = [];
  const replacements: ByteReplacement[] = [];
  let offset = 0;
  let runStart = 0;
  let i = 0;
  const flush = (end: number) => {
    if (end > runStart) {
      const s = utf8.decode(body.subarray(runStart, end));
      parts.push(s);
      offset += s.length;
    }
  };
  while (i < body.length) {
    const n = sequenceLength(body, i);
    if (n > 0) {
      i += n;
      continue;
    }
    flush(i);
    let j = i + 1;
    while (j < body.length && sequenceLength(body, j) === 0) j++;
    const bad = body.subarray(i, j);
    const s = cp1252(bad);
    parts.push(s);
    replacements.push({ offset, length: s.length, bytes: Array.from(bad) });
    offset += s.length;
    i = j;
    runStart = j;
  }
  flush(body.length);
  return { text: parts.join(''), bom, replacements };
}

/**
 * Map a UTF-16 offset in a document's decoded text back to a byte offset in the original file.
 * @param doc the parsed document (its `bom`, `text` and `replacements`)
 * @param offset UTF-16 offset into `doc.text`
 * @returns byte offset into the original file bytes
 */
export function byteOffset(doc: Pick<PrdDocument, 'bom' | 'text' | 'replacements'>, offset: number): number {
  let bytes = doc.bom ? 3 : 0;
  let from = 0;
  for (const r of doc.replacements) {
    if (r.offset >= offset) break;
    bytes += Buffer.byteLength(doc.text.slice(from, r.offset), 'utf8');
    if (offset < r.offset + r.length) {
      // Inside a replaced run: one decoded char per original byte (Windows-1252 is single-byte).
      return bytes + (offset - r.offset);
    }
    bytes += r.bytes.length;
    from = r.offset + r.length;
  }
  return bytes + Buffer.byteLength(doc.text.slice(from, offset), 'utf8');
}
