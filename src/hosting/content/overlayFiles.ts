// The overlay's files read with care, as protocols/contentOverlay/overlayFileRules.ts says: each
// refused from lstat/stat alone where its kind, link or size decides (a FIFO's open blocks,
// /dev/zero never ends), opened without following links or blocking, checked again on what was
// opened (the path could have been swapped since the stat), and read one byte past its cap at most
// whatever stat said.
import * as fs from 'fs';
import * as path from 'path';
import type { Problem } from '../../domain/contentPack';
import { FileKind, OVERLAY_MAX_FILE_BYTES, overlayProblem, parseOverlayJson, readRefusal, statRefusal } from '../../protocols/contentOverlay/overlayFileRules';

export { OVERLAY_MAX_FILE_BYTES, OVERLAY_MAX_TOTAL_BYTES } from '../../protocols/contentOverlay/overlayFileRules';

export interface OverlayFiles {
  files: Map<string, unknown>;
  problems: Problem[];
}

const code = (err: unknown): string => (err as NodeJS.ErrnoException).code ?? 'unknown error';

const kindOf = (s: fs.Stats): FileKind => ({
  file: s.isFile(),
  fifo: s.isFIFO(),
  device: s.isCharacterDevice() || s.isBlockDevice(),
  socket: s.isSocket(),
  directory: s.isDirectory(),
});

/** The path to read for `full` (a symlink's real target), or the problem that refuses it. */
function checkedPath(full: string, name: string, realDir: string | undefined): { file: string } | { problem: Problem } {
  let stats: fs.Stats;
  try {
    stats = fs.lstatSync(full);
  } catch (err) {
    return { problem: overlayProblem(name, { kind: 'unreadable', code: code(err) }) };
  }
  let linkTarget: string | undefined;
  if (stats.isSymbolicLink()) {
    try {
      linkTarget = fs.realpathSync(full);
      stats = fs.statSync(linkTarget);
    } catch (err) {
      return { problem: overlayProblem(name, { kind: 'linkUnfollowable', code: code(err) }) };
    }
  }
  const refusal = statRefusal({ kind: kindOf(stats), size: stats.size, ...(linkTarget !== undefined ? { linkTarget } : {}) }, realDir);
  return refusal ? { problem: overlayProblem(name, refusal) } : { file: linkTarget ?? full };
}

/** At most `limit + 1` bytes of a regular file, opened without blocking. */
function readCapped(file: string, limit: number): Buffer {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK | fs.constants.O_NOFOLLOW);
  try {
    if (!fs.fstatSync(fd).isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREG' });
    const buffer = Buffer.alloc(limit + 1);
    let length = 0;
    for (;;) {
      const n = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length === buffer.length) break;
    }
    return buffer.subarray(0, length);
  } finally {
    fs.closeSync(fd);
  }
}

/** Reads the checked files in order, within the total; a problem line for each one refused. */
function readAll(entries: readonly { full: string; name: string }[], realDir: string | undefined): OverlayFiles {
  const files = new Map<string, unknown>();
  const problems: Problem[] = [];
  let total = 0;
  for (const { full, name } of entries) {
    const checked = checkedPath(full, name, realDir);
    if ('problem' in checked) {
      problems.push(checked.problem);
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = readCapped(checked.file, OVERLAY_MAX_FILE_BYTES);
    } catch (err) {
      problems.push(overlayProblem(name, { kind: 'unreadable', code: code(err) }));
      continue;
    }
    const refusal = readRefusal(bytes.length, total);
    // A file over the total still counts, so every file after it is refused too: the overlay is cut
    // where it passed its total, not patched up with smaller files from further on.
    if (refusal?.kind !== 'overFileCap') total += bytes.length;
    if (refusal) {
      problems.push(overlayProblem(name, refusal));
      continue;
    }
    const parsed = parseOverlayJson(name, bytes.toString('utf8'));
    if ('problem' in parsed) problems.push(parsed.problem);
    else files.set(name, parsed.json);
  }
  return { files, problems };
}

/** The .json files of an overlay directory (not its subfolders), each checked and read. */
export function readOverlayDirectory(dir: string): OverlayFiles {
  let realDir: string;
  let names: string[];
  try {
    realDir = fs.realpathSync(dir);
    names = fs
      .readdirSync(realDir)
      .filter((n) => n.endsWith('.json'))
      .sort();
  } catch (err) {
    return { files: new Map(), problems: [overlayProblem(path.basename(dir), { kind: 'folderUnreadable', code: code(err) })] };
  }
  // A subfolder named *.json is not a file of the overlay: skipped as readPack skips folders.
  const entries = names
    .map((name) => ({ full: path.join(realDir, name), name }))
    .filter(({ full }) => {
      try {
        return !fs.lstatSync(full).isDirectory();
      } catch {
        return true;
      }
    });
  return readAll(entries, realDir);
}

/** An overlay given as one .json file. */
export function readOverlayFile(location: string): OverlayFiles {
  const name = path.basename(location);
  let realDir: string | undefined;
  try {
    realDir = fs.realpathSync(path.dirname(location));
  } catch {
    realDir = undefined;
  }
  return readAll([{ full: location, name }], realDir);
}
