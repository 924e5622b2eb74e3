/**
 * A small, pure, non-cryptographic fingerprint for provenance: 64-bit FNV-1a.
 *
 * @module
 */

const OFFSET = 0xcbf29ce484222325n;
const PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;

/** 64-bit FNV-1a over the UTF-16 code units of a string (low byte, then high byte), as 16 hex digits. */
export function fnv1a64(text: string): string {
  let h = OFFSET;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h = ((h ^ BigInt(c & 0xff)) * PRIME) & MASK;
    h = ((h ^ BigInt(c >>> 8)) * PRIME) & MASK;
  }
  return h.toString(16).padStart(16, "0");
}
