/**
 * A small, pure, non-cryptographic fingerprint for provenance: 64-bit FNV-1a.
 *
 * @module
 */

const OFFSET = 0xcbf29ce484222325n;
const PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;

/** 64-bit FNV-1a over the UTF-8 bytes of a string, as 16 hex digits. */
export function fnv1a64(text: string): string {
  let h = OFFSET;
  for (const byte of new TextEncoder().encode(text)) h = ((h ^ BigInt(byte)) * PRIME) & MASK;
  return h.toString(16).padStart(16, "0");
}
