// The overlay's files read with care: each must be a regular file (a symlink only to another file in
// the overlay's own directory, as a Kubernetes ConfigMap mounts them), within a size per file and
// in all. A device, a FIFO or a socket is refused from lstat/stat alone and never opened (a FIFO's
// open blocks, /dev/zero never ends); a file read stops one byte past its cap whatever stat said.
// Nothing of a refused file's content goes into a problem line: JSON.parse's message quotes the
// text it failed on, so only the position is kept.
import * as fs from 'fs';
import * as path from 'path';
import { Problem, problem } from '../../domain/contentPack';

/** Bytes per overlay file at most (the sample's largest language is under 4 KB; a text over its limit is still read, to be named by row). */
export const OVERLAY_MAX_FILE_BYTES = 512 * 1024;
/** Bytes for the whole overlay at most. */
export const OVERLAY_MAX_TOTAL_BYTES = 2 * 1024 * 1024;

export interface OverlayFiles {
  files: Map<string, unknown>;
  problems: Problem[];
}

/** Why a file's kind keeps it out (a directory entry is skipped, not refused). */
function kindOf(stats: fs.Stats): string | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  if (stats.isDirectory()) return 'a directory';
  return 'not a regular file';
}

const code = (err: unknown): string => (err as NodeJS.ErrnoException).code ?? 'unknown error';

/** Is `target` inside `dir` (both real paths)? */
function inside(dir: string, target: string): boolean {
  const relative = path.relative(dir, target);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * The path to read for `full`, or the problem that refuses it: a regular file, or a symlink whose
 * real target is a regular file inside `realDir` (the overlay's directory, or the single file's).
 */
function checkedPath(full: string, name: string, realDir: string | undefined): { file?: string; size?: number; problem?: Problem } {
  let stats: fs.Stats;
  try {
    stats = fs.lstatSync(full);
  } catch (err) {
    return { problem: problem(name, '', `cannot be read (${code(err)})`) };
  }
  let target = full;
  if (stats.isSymbolicLink()) {
    try {
      target = fs.realpathSync(full);
      stats = fs.statSync(target);
    } catch (err) {
      return { problem: problem(name, '', `is a symbolic link that cannot be followed (${code(err)})`) };
    }
    if (realDir !== undefined && !inside(realDir, target))
      return { problem: problem(name, '', "is a symbolic link out of the overlay's directory: only regular files, or links to files beside them, are read") };
  }
  const kind = kindOf(stats);
  if (kind !== undefined) return { problem: problem(name, '', `is ${kind}, not a regular file: refused unread`) };
  if (stats.size > OVERLAY_MAX_FILE_BYTES)
    return { problem: problem(name, '', `is ${kib(stats.size)}, over the ${kib(OVERLAY_MAX_FILE_BYTES)} an overlay file may have`) };
  return { file: target, size: stats.size };
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toLocaleString('en-US', { maximumFractionDigits: 1 })} KB`;
}

/** At most `limit + 1` bytes of a regular file, opened without blocking. */
function readCapped(file: string, limit: number): Buffer {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK | fs.constants.O_NOFOLLOW);
  try {
    // Checked again on what was opened: the path could have been swapped since the stat.
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

/** The position JSON.parse names, if any: a line to find the mistake by, never the text around it. */
function jsonProblem(name: string, err: unknown): Problem {
  const position = /position (\d+)/.exec((err as Error).message)?.[1];
  return problem(name, '', `is not valid JSON${position !== undefined ? ` (near character ${position})` : ''}`);
}

function parse(name: string, bytes: Buffer): { json?: unknown; problem?: Problem } {
  try {
    // A byte-order mark is not JSON; editors on Windows add one.
    return { json: JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, '')) as unknown };
  } catch (err) {
    return { problem: jsonProblem(name, err) };
  }
}

/** Reads the checked files in order, within the total; a problem line for each one refused. */
function readAll(entries: readonly { full: string; name: string }[], realDir: string | undefined): OverlayFiles {
  const files = new Map<string, unknown>();
  const problems: Problem[] = [];
  let total = 0;
  for (const { full, name } of entries) {
    const checked = checkedPath(full, name, realDir);
    if (checked.problem) {
      problems.push(checked.problem);
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = readCapped(checked.file!, OVERLAY_MAX_FILE_BYTES);
    } catch (err) {
      problems.push(problem(name, '', `cannot be read (${code(err)})`));
      continue;
    }
    if (bytes.length > OVERLAY_MAX_FILE_BYTES) {
      problems.push(problem(name, '', `is over the ${kib(OVERLAY_MAX_FILE_BYTES)} an overlay file may have`));
      continue;
    }
    total += bytes.length;
    if (total > OVERLAY_MAX_TOTAL_BYTES) {
      problems.push(problem(name, '', `takes the overlay over the ${kib(OVERLAY_MAX_TOTAL_BYTES)} it may have in all`));
      continue;
    }
    const parsed = parse(name, bytes);
    if (parsed.problem) problems.push(parsed.problem);
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
    return { files: new Map(), problems: [problem(path.basename(dir), '', `the folder cannot be read (${code(err)})`)] };
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
