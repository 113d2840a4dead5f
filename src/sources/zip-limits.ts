/**
 * A guard against "zip bombs": a small .docx whose parts unpack to gigabytes.
 * Before mammoth unpacks anything, the zip's central directory (its list of
 * parts, with the size each one says it unpacks to) is read and the total
 * checked against a limit. The sizes listed there can lie, so each packed
 * part is then unpacked in small steps, counting bytes and stopping as soon
 * as it grows past what it said (or past the limit); nothing it unpacks is
 * kept. fflate does the unpacking; reading the directory is a few fixed
 * fields (PKWARE APPNOTE 4.3.12, 4.3.16, 4.3.14 for ZIP64).
 */
import { Inflate } from 'fflate';

/** More than any real Word document's text, styles and pictures. */
export const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;
export const MAX_ZIP_ENTRIES = 10_000;

export type ZipProblem = 'too-large' | 'too-many-parts' | 'damaged';

export class ZipLimitError extends Error {
  constructor(
    readonly problem: ZipProblem,
    message: string,
  ) {
    super(message);
    this.name = 'ZipLimitError';
  }
}

export interface ZipEntry {
  name: string;
  method: number;
  packedSize: number;
  /** As the directory says; checked while unpacking. */
  unpackedSize: number;
  localHeader: number;
}

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
const u64 = (b: Uint8Array, at: number) => u32(b, at) + u32(b, at + 4) * 2 ** 32;

const damaged = (why: string) => new ZipLimitError('damaged', why);

/** The parts a zip says it holds, from its central directory. Throws ZipLimitError. */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] {
  // The end-of-directory record is in the last 22 bytes + up to 64 KB of comment.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw damaged('no zip directory');
  let count = u16(bytes, end + 10);
  let offset = u32(bytes, end + 16);
  if (end >= 20 && u32(bytes, end - 20) === 0x07064b50) {
    const z = Number(u64(bytes, end - 12));
    if (z + 56 <= bytes.length && u32(bytes, z) === 0x06064b50) {
      count = u64(bytes, z + 32);
      offset = u64(bytes, z + 48);
    }
  }
  if (count > MAX_ZIP_ENTRIES) throw new ZipLimitError('too-many-parts', `it has ${count} parts`);
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) throw damaged('directory entry out of place');
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    let packedSize = u32(bytes, at + 20);
    let unpackedSize = u32(bytes, at + 24);
    let localHeader = u32(bytes, at + 42);
    // ZIP64: fields set to 0xFFFFFFFF are given in the extra field, in this order.
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = u16(bytes, extra);
      const size = u16(bytes, extra + 2);
      if (id === 0x0001) {
        let p = extra + 4;
        if (unpackedSize === 0xffffffff) {
          unpackedSize = u64(bytes, p);
          p += 8;
        }
        if (packedSize === 0xffffffff) {
          packedSize = u64(bytes, p);
          p += 8;
        }
        if (localHeader === 0xffffffff) localHeader = u64(bytes, p);
      }
      extra += 4 + size;
    }
    entries.push({ name, method: u16(bytes, at + 10), packedSize, unpackedSize, localHeader });
    at = extraEnd + commentLength;
  }
  return entries;
}

/** Unpacks one part in small steps and throws once it grows past `limit` bytes. */
function checkUnpackedSize(bytes: Uint8Array, entry: ZipEntry, limit: number): number {
  const h = entry.localHeader;
  if (h + 30 > bytes.length || u32(bytes, h) !== 0x04034b50) throw damaged('part out of place');
  const start = h + 30 + u16(bytes, h + 26) + u16(bytes, h + 28);
  const stop = Math.min(bytes.length, start + entry.packedSize);
  if (entry.method === 0) return stop - start;
  if (entry.method !== 8) throw damaged(`unknown packing method ${entry.method}`);
  let total = 0;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total > limit) throw new ZipLimitError('too-large', 'a part unpacks to more than it says');
  });
  // Deflate unpacks at most about 1,000 times, so each 16 KB step adds at most ~16 MB.
  const STEP = 16 * 1024;
  for (let p = start; p < stop; p += STEP) {
    const end = Math.min(stop, p + STEP);
    inflate.push(bytes.subarray(p, end), end === stop);
  }
  return total;
}

/**
 * Throws ZipLimitError when the zip would unpack to more than `maxBytes`
 * (by its directory, or by what its parts really unpack to).
 */
export function checkZipLimits(bytes: Uint8Array, maxBytes = MAX_UNPACKED_BYTES): void {
  const entries = listZipEntries(bytes);
  const declared = entries.reduce((n, e) => n + e.unpackedSize, 0);
  if (declared > maxBytes) throw new ZipLimitError('too-large', `its parts add up to ${declared} bytes`);
  let budget = maxBytes;
  for (const entry of entries) {
    // A part may not grow past what the directory said, nor past what is left.
    const limit = Math.min(entry.unpackedSize, budget);
    let real: number;
    try {
      real = checkUnpackedSize(bytes, entry, limit);
    } catch (e) {
      if (e instanceof ZipLimitError) throw e;
      throw damaged(`a part cannot be unpacked: ${(e as Error).message}`);
    }
    budget -= real;
  }
}
