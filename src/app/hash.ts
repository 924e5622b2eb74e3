import {createHash} from "node:crypto";

/** sha256 hex of a string or bytes: the content hash sources and packs are keyed by. */
export function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/** The HTTP entity tag of a body: a base64url SHA-1 of its bytes, quoted (and weak unless `weak` is false). */
export function entityTag(body: Uint8Array | string, weak = true): string {
  return `${weak ? "W/" : ""}"${createHash("sha1").update(body).digest("base64url")}"`;
}
