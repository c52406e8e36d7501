/**
 * Bytes ↔ base64 text with the platform's atob/btoa, so the same code runs in the
 * browser, in workers and in Node (20+ has both as globals). Used by the files that
 * carry binary numbers inside JSON: a reader's saved model and the position table.
 */

export function bytesToBase64(bytes: Uint8Array): string {
  let s = '';
  // String.fromCharCode takes its arguments on the stack: chunks keep that bounded
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** Decodes base64 text; throws on characters outside the base64 alphabet. */
export function base64ToBytes(text: string): Uint8Array {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
