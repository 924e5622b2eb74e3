import {createHash} from "node:crypto";

/** sha256 hex of a string or bytes: the content hash sources and packs are keyed by. */
export function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}
