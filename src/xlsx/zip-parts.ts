/**
 * A zip package (an .xlsx) read and rewritten by its parts with node's own zlib: the parts that do not
 * change are copied as they are, compressed bytes and all, and only the few that change are compressed
 * again. JSZip, which the browser needs, passes every part through its workers in small chunks even when it
 * only copies it, and that took as long as writing the batch's sheet of 8,317 agencies in the first place.
 * Node only; the streaming writer's packages are plain zips (no ZIP64, no encryption, one disk).
 */
import * as zlib from "node:zlib";

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** General purpose flag: the name is UTF-8. */
const UTF8_NAMES = 0x0800;
const DEFLATE = 8;
const STORE = 0;

interface Entry {
  readonly name: string;
  /** The entry's central directory record as read; its local header offset is patched on writing. */
  readonly central: Buffer;
  readonly method: number;
  readonly compressedSize: number;
  readonly localOffset: number;
}

/** CRC-32 (IEEE 802.3), as zip requires, computed in JavaScript where node lacks `zlib.crc32` (< 20.15). */
const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

/** The JavaScript CRC-32, continuing from `value` (the CRC of what came before); exported for its test. */
export function tableCrc32(bytes: Uint8Array, value = 0): number {
  let crc = ~value;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

function crc32(bytes: Uint8Array, value = 0): number {
  return nativeCrc32 ? nativeCrc32(bytes, value) >>> 0 : tableCrc32(bytes, value);
}

/**
 * Compression of the parts written here. Level 3 takes half the time of zlib's default (6) on a national
 * batch sheet (6 MB of XML: 19 ms against 41 ms) for a file a fifth larger (0.73 MB against 0.62 MB).
 */
const COMPRESSION_LEVEL = 3;

function malformed(why: string): Error {
  return new Error(`The workbook package is not a zip ita can complete: ${why}`);
}

/** The package's entries, in their order in the file, and where its central directory starts. */
function entriesOf(zip: Buffer): { entries: Entry[]; centralOffset: number } {
  let end = -1;
  // The end record is 22 bytes plus a comment of at most 65,535.
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i -= 1) {
    if (zip.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) throw malformed("no end of central directory");
  const count = zip.readUInt16LE(end + 10);
  const centralOffset = zip.readUInt32LE(end + 16);
  let offset = centralOffset;
  const entries: Entry[] = [];
  for (let i = 0; i < count; i += 1) {
    if (zip.readUInt32LE(offset) !== CENTRAL_HEADER) throw malformed(`no central record ${i + 1}`);
    const nameLength = zip.readUInt16LE(offset + 28);
    const length = 46 + nameLength + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
    entries.push({
      name: zip.toString("utf8", offset + 46, offset + 46 + nameLength),
      central: zip.subarray(offset, offset + length),
      method: zip.readUInt16LE(offset + 10),
      compressedSize: zip.readUInt32LE(offset + 20),
      localOffset: zip.readUInt32LE(offset + 42),
    });
    offset += length;
  }
  return { entries: entries.sort((a, b) => a.localOffset - b.localOffset), centralOffset };
}

/** Date and time in MS-DOS form, as zip headers hold them. */
function dosDateTime(date: Date): { time: number; date: number } {
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
    date: ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

/** A part compressed as it was written: its deflated bytes, CRC and size. */
interface CompressedPart {
  readonly data: Buffer;
  readonly crc: number;
  readonly size: number;
}

/** Compresses a whole text. */
function compress(text: string): CompressedPart {
  const content = Buffer.from(text, "utf8");
  return {
    data: zlib.deflateRawSync(content, { level: COMPRESSION_LEVEL }),
    crc: crc32(content),
    size: content.length,
  };
}

/** A zip package opened for reading parts and replacing or adding some of them. */
export class ZipParts {
  private readonly entries: Entry[];
  private readonly centralOffset: number;
  private readonly changed = new Map<string, string | CompressedPart>();

  /** A package with no parts yet, to be written part by part. */
  static empty(): ZipParts {
    const end = Buffer.alloc(22);
    end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
    return new ZipParts(end);
  }

  constructor(private readonly zip: Buffer) {
    ({ entries: this.entries, centralOffset: this.centralOffset } = entriesOf(zip));
  }

  has(name: string): boolean {
    return this.changed.has(name) || this.entries.some((entry) => entry.name === name);
  }

  /** A part's text (UTF-8), or `undefined` when the package has no such part. */
  read(name: string): string | undefined {
    const written = this.changed.get(name);
    if (typeof written === "string") return written;
    if (written !== undefined) return zlib.inflateRawSync(written.data).toString("utf8");
    const entry = this.entries.find((candidate) => candidate.name === name);
    if (!entry) return undefined;
    const start = entry.localOffset + 30;
    const dataStart =
      start + this.zip.readUInt16LE(entry.localOffset + 26) + this.zip.readUInt16LE(entry.localOffset + 28);
    const data = this.zip.subarray(dataStart, dataStart + entry.compressedSize);
    if (entry.method === STORE) return data.toString("utf8");
    if (entry.method === DEFLATE) return zlib.inflateRawSync(data).toString("utf8");
    throw malformed(`${name} is compressed with method ${entry.method}`);
  }

  /** Replaces a part's text, or adds the part. */
  write(name: string, text: string): void {
    this.changed.set(name, text);
  }

  /**
   * Adds or replaces a part from its text in pieces, compressed as they come: a large part (a sheet of
   * thousands of rows) is never held whole as text, which keeps a national batch's memory down.
   */
  async writePieces(name: string, pieces: Iterable<string>): Promise<void> {
    const deflate = zlib.createDeflateRaw({ level: COMPRESSION_LEVEL });
    const output: Buffer[] = [];
    deflate.on("data", (chunk: Buffer) => output.push(chunk));
    const ended = new Promise<void>((resolve, reject) => {
      deflate.once("end", resolve);
      deflate.once("error", reject);
    });
    let crc = 0;
    let size = 0;
    for (const piece of pieces) {
      const bytes = Buffer.from(piece, "utf8");
      crc = crc32(bytes, crc);
      size += bytes.length;
      if (!deflate.write(bytes)) await new Promise((resolve) => deflate.once("drain", resolve));
    }
    deflate.end();
    await ended;
    this.changed.set(name, { data: Buffer.concat(output), crc, size });
  }

  /** The package with its changes: unchanged parts copied byte for byte, changed and new ones deflated. */
  toBuffer(now = new Date()): Buffer {
    const chunks: Buffer[] = [];
    const centrals: Buffer[] = [];
    let offset = 0;
    const bounds = [...this.entries.map((entry) => entry.localOffset), this.centralOffset];
    this.entries.forEach((entry, i) => {
      if (this.changed.has(entry.name)) return;
      // The local record runs to the next one: header, data and any data descriptor after it.
      const local = this.zip.subarray(entry.localOffset, bounds[i + 1]);
      const central = Buffer.from(entry.central);
      central.writeUInt32LE(offset, 42);
      chunks.push(local);
      centrals.push(central);
      offset += local.length;
    });
    const stamp = dosDateTime(now);
    for (const [name, part] of this.changed) {
      const { data, crc, size } = typeof part === "string" ? compress(part) : part;
      const nameBytes = Buffer.from(name, "utf8");
      const local = Buffer.alloc(30);
      local.writeUInt32LE(LOCAL_HEADER, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(UTF8_NAMES, 6);
      local.writeUInt16LE(DEFLATE, 8);
      local.writeUInt16LE(stamp.time, 10);
      local.writeUInt16LE(stamp.date, 12);
      local.writeUInt32LE(crc, 14);
      local.writeUInt32LE(data.length, 18);
      local.writeUInt32LE(size, 22);
      local.writeUInt16LE(nameBytes.length, 26);
      const central = Buffer.alloc(46);
      central.writeUInt32LE(CENTRAL_HEADER, 0);
      central.writeUInt16LE(20, 4);
      // From the local header: version needed, flags, method, time, date, CRC and sizes, name length.
      local.copy(central, 6, 4, 28);
      central.writeUInt32LE(offset, 42);
      chunks.push(local, nameBytes, data);
      centrals.push(central, nameBytes);
      offset += local.length + nameBytes.length + data.length;
    }
    const centralSize = centrals.reduce((sum, part) => sum + part.length, 0);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
    const count =
      this.entries.length - [...this.changed.keys()].filter((name) => this.hasOriginal(name)).length;
    end.writeUInt16LE(count + this.changed.size, 8);
    end.writeUInt16LE(count + this.changed.size, 10);
    end.writeUInt32LE(centralSize, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...chunks, ...centrals, end]);
  }

  private hasOriginal(name: string): boolean {
    return this.entries.some((entry) => entry.name === name);
  }
}
