import { crc32, deflateRawSync } from 'node:zlib';

/**
 * Zips the parts of a .docx (what docx's compiler produces: path → XML text or bytes).
 *
 * Written by hand for one reason: each DOCX embeds both Noto Sans faces (1.2 MB), and compressing
 * them again for every export was most of an export's time. An embedded font part is the font with
 * only its first 32 bytes obfuscated by a per-document key, so the rest is compressed once per font
 * and reused: the part's deflate stream is a stored block with the 32 obfuscated bytes followed by
 * the cached deflate stream of the rest (both are valid deflate; a reader inflates them in turn).
 */
export function packDocx(
  parts: ReadonlyMap<string, string | Uint8Array>,
  fonts: readonly Uint8Array[],
): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [name, content] of parts) {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const entry = compressPart(data, fonts);
    const nameBytes = Buffer.from(name, 'utf8');
    const local = localHeader(nameBytes, entry, data.byteLength);
    central.push(centralHeader(nameBytes, entry, data.byteLength, offset));
    chunks.push(local, ...entry.body);
    offset += local.byteLength + entry.size;
  }
  const centralStart = offset;
  let centralSize = 0;
  for (const c of central) centralSize += c.byteLength;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length, 8);
  end.writeUInt16LE(central.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(centralStart, 16);
  return Buffer.concat([...chunks, ...central, end]);
}

interface PackedPart {
  method: 0 | 8;
  crc: number;
  /** The compressed bytes, possibly in pieces. */
  body: Uint8Array[];
  size: number;
}

// Parts this small gain nothing from deflate.
const STORE_BELOW = 64;
// Level 6, zlib's default: XML shrinks about 10x, and a 200-item plan's document.xml takes a few ms.
const LEVEL = 6;
const OBFUSCATED_BYTES = 32;

function compressPart(data: Uint8Array, fonts: readonly Uint8Array[]): PackedPart {
  const crc = crc32(data);
  if (data.byteLength < STORE_BELOW) return { method: 0, crc, body: [data], size: data.byteLength };
  const font = fonts.find((f) => isObfuscationOf(data, f));
  if (font) {
    const tail = deflatedTail(font);
    const head = Buffer.alloc(5 + OBFUSCATED_BYTES);
    // A stored block, not final (BFINAL 0, BTYPE 00), byte-aligned: LEN, NLEN, then the bytes.
    head.writeUInt8(0, 0);
    head.writeUInt16LE(OBFUSCATED_BYTES, 1);
    head.writeUInt16LE(~OBFUSCATED_BYTES & 0xffff, 3);
    head.set(data.subarray(0, OBFUSCATED_BYTES), 5);
    return { method: 8, crc, body: [head, tail], size: head.byteLength + tail.byteLength };
  }
  const deflated = deflateRawSync(data, { level: LEVEL });
  if (deflated.byteLength >= data.byteLength) return { method: 0, crc, body: [data], size: data.byteLength };
  return { method: 8, crc, body: [deflated], size: deflated.byteLength };
}

/** The part is the font with (at most) its first 32 bytes changed. */
function isObfuscationOf(part: Uint8Array, font: Uint8Array): boolean {
  if (part.byteLength !== font.byteLength || part.byteLength <= OBFUSCATED_BYTES) return false;
  return Buffer.from(
    part.buffer,
    part.byteOffset + OBFUSCATED_BYTES,
    part.byteLength - OBFUSCATED_BYTES,
  ).equals(Buffer.from(font.buffer, font.byteOffset + OBFUSCATED_BYTES, font.byteLength - OBFUSCATED_BYTES));
}

const tails = new WeakMap<Uint8Array, Buffer>();

/** The deflate stream (ending with a final block) of the font after its first 32 bytes, once per font. */
function deflatedTail(font: Uint8Array): Buffer {
  let tail = tails.get(font);
  if (!tail) {
    tail = deflateRawSync(font.subarray(OBFUSCATED_BYTES), { level: LEVEL });
    tails.set(font, tail);
  }
  return tail;
}

// 1980-01-01 00:00, the earliest DOS date: the archive's bytes do not depend on the clock.
const DOS_TIME = 0;
const DOS_DATE = (1 << 5) | 1;

function localHeader(name: Uint8Array, part: PackedPart, rawSize: number): Buffer {
  const h = Buffer.alloc(30 + name.byteLength);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
  h.writeUInt16LE(0, 6); // flags
  h.writeUInt16LE(part.method, 8);
  h.writeUInt16LE(DOS_TIME, 10);
  h.writeUInt16LE(DOS_DATE, 12);
  h.writeUInt32LE(part.crc, 14);
  h.writeUInt32LE(part.size, 18);
  h.writeUInt32LE(rawSize, 22);
  h.writeUInt16LE(name.byteLength, 26);
  h.writeUInt16LE(0, 28); // extra field length
  h.set(name, 30);
  return h;
}

function centralHeader(name: Uint8Array, part: PackedPart, rawSize: number, localOffset: number): Buffer {
  const h = Buffer.alloc(46 + name.byteLength);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE(20, 4); // made by: 2.0
  h.writeUInt16LE(20, 6); // version needed
  h.writeUInt16LE(0, 8);
  h.writeUInt16LE(part.method, 10);
  h.writeUInt16LE(DOS_TIME, 12);
  h.writeUInt16LE(DOS_DATE, 14);
  h.writeUInt32LE(part.crc, 16);
  h.writeUInt32LE(part.size, 20);
  h.writeUInt32LE(rawSize, 24);
  h.writeUInt16LE(name.byteLength, 28);
  // extra, comment, disk number, internal and external attributes: all 0
  h.writeUInt32LE(localOffset, 42);
  h.set(name, 46);
  return h;
}
