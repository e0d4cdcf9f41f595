/**
 * Reading the parts of a zip package (an .xlsx) with node's own zlib: the document properties that say
 * whether ita wrote a file, and the sheets of an agencies table. No workbook model is built and only the
 * parts asked for are inflated. Node only; plain zips (no ZIP64, no encryption, one disk), as Excel,
 * LibreOffice and ita write them. Writing is zip-writer.ts.
 */
import * as zlib from "node:zlib";

const CENTRAL_HEADER = 0x02014b50;
export const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const END_RECORD_LENGTH = 22;
const DEFLATE = 8;
const STORE = 0;

interface Entry {
  readonly method: number;
  readonly compressedSize: number;
  readonly localOffset: number;
}

function malformed(why: string): Error {
  return new Error(`The file is not a zip package ita can read: ${why}`);
}

/** Where the end of central directory record starts: the last signature whose comment length fits. */
function endRecordOf(zip: Buffer): number {
  // The end record is 22 bytes plus a comment of at most 65,535.
  const last = zip.length - END_RECORD_LENGTH;
  for (let at = last; at >= Math.max(0, last - 65535); at -= 1) {
    if (
      zip.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY &&
      at + END_RECORD_LENGTH + zip.readUInt16LE(at + 20) === zip.length
    ) {
      return at;
    }
  }
  throw malformed("no end of central directory");
}

/** The package's entries by name. */
function entriesOf(zip: Buffer): Map<string, Entry> {
  if (zip.length < END_RECORD_LENGTH) throw malformed("too short");
  const end = endRecordOf(zip);
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const entries = new Map<string, Entry>();
  for (let i = 0; i < count; i += 1) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== CENTRAL_HEADER) {
      throw malformed(`no central record ${i + 1}`);
    }
    const nameLength = zip.readUInt16LE(offset + 28);
    entries.set(zip.toString("utf8", offset + 46, offset + 46 + nameLength), {
      method: zip.readUInt16LE(offset + 10),
      compressedSize: zip.readUInt32LE(offset + 20),
      localOffset: zip.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
  }
  return entries;
}

/** A zip package opened for reading its parts. */
export class ZipParts {
  private readonly entries: Map<string, Entry>;

  /** @throws Error when the bytes are not a zip package (the caller says what that means for the officer). */
  constructor(private readonly zip: Buffer) {
    this.entries = entriesOf(zip);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** A part's text (UTF-8), or `undefined` when the package has no such part. */
  read(name: string): string | undefined {
    const entry = this.entries.get(name);
    if (!entry) return undefined;
    const header = entry.localOffset;
    const dataStart = header + 30 + this.zip.readUInt16LE(header + 26) + this.zip.readUInt16LE(header + 28);
    const data = this.zip.subarray(dataStart, dataStart + entry.compressedSize);
    if (entry.method === STORE) return data.toString("utf8");
    if (entry.method === DEFLATE) return zlib.inflateRawSync(data).toString("utf8");
    throw malformed(`${name} is compressed with method ${entry.method}`);
  }
}
