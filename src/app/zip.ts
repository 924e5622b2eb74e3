/**
 * The one ZIP entry of a GDELT 2.0 update file (`20250102031500.export.CSV.zip`), extracted to a
 * file. Reads the end-of-central-directory record, then the first central-directory entry, then
 * streams the entry (stored or deflated) through zlib. A file still being written has no
 * end-of-central-directory record yet: {@link zipEntry} returns undefined and the caller retries.
 *
 * @module
 */
import {closeSync, createReadStream, createWriteStream, fstatSync, openSync, readSync, writeFileSync} from "node:fs";
import {pipeline} from "node:stream/promises";
import {createInflateRaw} from "node:zlib";
import {IssueError} from "../domain/index.js";

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** Offset of the entry's data in the archive. */
  dataOffset: number;
}

const EOCD = 0x06054b50;
const CEN = 0x02014b50;
const LOC = 0x04034b50;

function fail(file: string, message: string): never {
  throw new IssueError([{code: "bad_zip", file, message}]);
}

/** The first entry of a ZIP archive, or undefined when the archive is incomplete (no end record yet). */
export function zipEntry(path: string): ZipEntry | undefined {
  const fd = openSync(path, "r");
  try {
    const size = fstatSync(fd).size;
    if (size < 22) return undefined;
    const tail = Buffer.alloc(Math.min(size, 22 + 65535));
    readSync(fd, tail, 0, tail.length, size - tail.length);
    let eocd = -1;
    for (let i = tail.length - 22; i >= 0; i--)
      if (tail.readUInt32LE(i) === EOCD) {
        eocd = i;
        break;
      }
    if (eocd < 0) return undefined;
    const entries = tail.readUInt16LE(eocd + 10);
    const cdOffset = tail.readUInt32LE(eocd + 16);
    if (entries < 1) fail(path, `Cannot read ZIP archive: it holds no file`);
    const cen = Buffer.alloc(46 + 1024);
    readSync(fd, cen, 0, cen.length, cdOffset);
    if (cen.readUInt32LE(0) !== CEN) fail(path, `Cannot read ZIP archive: no central directory at offset ${cdOffset}`);
    const method = cen.readUInt16LE(10);
    const compressedSize = cen.readUInt32LE(20);
    const uncompressed = cen.readUInt32LE(24);
    const nameLength = cen.readUInt16LE(28);
    const localOffset = cen.readUInt32LE(42);
    const name = cen.toString("utf8", 46, 46 + Math.min(nameLength, 1024));
    if (method !== 0 && method !== 8)
      fail(path, `Cannot read ZIP entry "${name}": compression method ${method}, expected 0 (stored) or 8 (deflate)`);
    const loc = Buffer.alloc(30);
    readSync(fd, loc, 0, 30, localOffset);
    if (loc.readUInt32LE(0) !== LOC)
      fail(path, `Cannot read ZIP entry "${name}": no local header at offset ${localOffset}`);
    const dataOffset = localOffset + 30 + loc.readUInt16LE(26) + loc.readUInt16LE(28);
    return {name, method, compressedSize, size: uncompressed, dataOffset};
  } finally {
    closeSync(fd);
  }
}

/** Writes the entry's bytes to `out`. */
export async function extractZipEntry(path: string, entry: ZipEntry, out: string): Promise<void> {
  if (entry.compressedSize === 0) return writeFileSync(out, "");
  const input = createReadStream(path, {start: entry.dataOffset, end: entry.dataOffset + entry.compressedSize - 1});
  if (entry.method === 0) await pipeline(input, createWriteStream(out));
  else await pipeline(input, createInflateRaw(), createWriteStream(out));
}
