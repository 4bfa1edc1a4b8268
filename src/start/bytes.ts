/**
 * PRDs are edited as raw bytes so that every byte outside an edit survives: a BOM, CRLF, and
 * even invalid UTF-8 (which the parser decodes as Windows-1252). A Buffer read as `latin1` maps
 * each byte to one UTF-16 unit, so string offsets in that "raw" string are byte offsets and
 * `Buffer.from(raw, 'latin1')` gives back the exact bytes.
 */

/** Bytes as a string of one char per byte. */
export function bytesToRaw(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/** A raw (one char per byte) string back to bytes. */
export function rawToBytes(raw: string): Buffer {
  return Buffer.from(raw, 'latin1');
}

/** Text to insert into a raw string: its UTF-8 bytes, one char per byte. */
export function utf8ToRaw(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1');
}

/** A raw string decoded as UTF-8 (for display and for searching ASCII markers). */
export function rawToUtf8(raw: string): string {
  return Buffer.from(raw, 'latin1').toString('utf8');
}
