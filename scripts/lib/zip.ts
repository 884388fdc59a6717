// A tiny zip writer on yazl, and a matching minimal reader (stored and deflated entries, no zip64)
// used to check packages after writing them and in the tests.
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { ZipFile } from 'yazl';
import { crc32 } from './png';

export interface ZipEntry {
  /** Path inside the archive, with forward slashes. */
  name: string;
  data: Buffer;
}

/** Fixed timestamp for every entry, so the same inputs always give a byte-identical archive. */
const FIXED_MTIME = new Date(2020, 0, 1, 0, 0, 0);

/** Zips the entries, in the given order, into a buffer. */
export function zipEntries(entries: readonly ZipEntry[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const zip = new ZipFile();
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    try {
      const seen = new Set<string>();
      for (const entry of entries) {
        if (seen.has(entry.name)) throw new Error(`duplicate zip entry ${entry.name}`);
        seen.add(entry.name);
        zip.addBuffer(entry.data, entry.name, { mtime: FIXED_MTIME, forceDosTimestamp: true, compress: true });
      }
      zip.end();
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}

/** Zips the entries into `file`, creating its folder; writes a temporary file first, then renames it. */
export async function writeZipFile(file: string, entries: readonly ZipEntry[]): Promise<Buffer> {
  const buffer = await zipEntries(entries);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  fs.writeFileSync(partial, buffer);
  fs.renameSync(partial, file);
  return buffer;
}

/** Reads every entry of a zip archive (stored or deflated, no zip64, no encryption), checking CRCs. */
export function readZip(buffer: Buffer): ZipEntry[] {
  const EOCD = 0x06054b50;
  let eocd = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 22 - 0xffff); i--) {
    if (buffer.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip archive (no end of central directory)');
  const count = buffer.readUInt16LE(eocd + 10);
  let pos = buffer.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (buffer.readUInt32LE(pos) !== 0x02014b50) throw new Error(`bad central directory entry ${n}`);
    const flags = buffer.readUInt16LE(pos + 8);
    const method = buffer.readUInt16LE(pos + 10);
    const crc = buffer.readUInt32LE(pos + 16);
    const compressedSize = buffer.readUInt32LE(pos + 20);
    const nameLength = buffer.readUInt16LE(pos + 28);
    const extraLength = buffer.readUInt16LE(pos + 30);
    const commentLength = buffer.readUInt16LE(pos + 32);
    const localOffset = buffer.readUInt32LE(pos + 42);
    const name = buffer.toString(flags & 0x800 ? 'utf8' : 'latin1', pos + 46, pos + 46 + nameLength);
    pos += 46 + nameLength + extraLength + commentLength;

    if (buffer.readUInt32LE(localOffset) !== 0x04034b50) throw new Error(`bad local header for ${name}`);
    if (flags & 0x1) throw new Error(`${name} is encrypted`);
    const start = localOffset + 30 + buffer.readUInt16LE(localOffset + 26) + buffer.readUInt16LE(localOffset + 28);
    const raw = buffer.subarray(start, start + compressedSize);
    let data: Buffer;
    if (method === 0) data = Buffer.from(raw);
    else if (method === 8) data = zlib.inflateRawSync(raw);
    else throw new Error(`${name} uses unsupported compression method ${method}`);
    if (crc32(data) !== crc) throw new Error(`CRC mismatch in ${name}`);
    entries.push({ name, data });
  }
  return entries;
}
