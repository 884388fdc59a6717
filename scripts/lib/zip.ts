// The zip writer (yazl) and reader (yauzl) of the Teams package: the package is read back after
// writing to check it, and in the tests.
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { ZipFile } from 'yazl';
import * as yauzl from 'yauzl';

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

/** Reads every entry of a zip archive (yauzl), in archive order, checking each entry's CRC-32. */
export function readZip(buffer: Buffer): Promise<ZipEntry[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, decodeStrings: true }, (openError, zip) => {
      if (openError || !zip) return reject(openError ?? new Error('not a zip archive'));
      const entries: ZipEntry[] = [];
      zip.on('error', reject);
      zip.on('end', () => resolve(entries));
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError ?? new Error(`cannot read ${entry.fileName}`));
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('error', reject);
          stream.on('end', () => {
            const data = Buffer.concat(chunks);
            // yauzl checks sizes, not checksums.
            if (zlib.crc32(data) !== entry.crc32) return reject(new Error(`CRC mismatch in ${entry.fileName}`));
            entries.push({ name: entry.fileName, data });
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}
