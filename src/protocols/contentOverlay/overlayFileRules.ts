// What a partner's content overlay may be on disk, as the deployment hands it over (a folder of
// .json files, as a Kubernetes ConfigMap mounts them, or one file): regular files only (a symlink
// only to a file in the overlay's own folder), within a size per file and in all, JSON with no
// byte-order mark. A device, a FIFO or a socket is refused on its kind alone, never opened. Each
// refusal is a problem line that names the file and never quotes its content: JSON.parse's message
// quotes the text it failed on, so only the position is kept. The shell (hosting/content/overlayFiles.ts)
// stats, opens and reads.
import * as path from 'path';
import { Problem, problem } from '../../domain/contentPack';

/** Bytes per overlay file at most (the sample's largest language is under 4 KB; a text over its limit is still read, to be named by row). */
export const OVERLAY_MAX_FILE_BYTES = 512 * 1024;
/** Bytes for the whole overlay at most. */
export const OVERLAY_MAX_TOTAL_BYTES = 2 * 1024 * 1024;

/** What a stat says of a file's kind. */
export interface FileKind {
  file: boolean;
  fifo: boolean;
  device: boolean;
  socket: boolean;
  directory: boolean;
}

export type OverlayRefusal =
  | { kind: 'unreadable'; code: string }
  | { kind: 'linkUnfollowable'; code: string }
  | { kind: 'linkOutside' }
  | { kind: 'notRegular'; what: string }
  | { kind: 'tooLarge'; bytes: number }
  | { kind: 'overFileCap' }
  | { kind: 'overTotal' }
  | { kind: 'folderUnreadable'; code: string }
  | { kind: 'notJson'; position?: string };

/** Why a file's kind keeps it out; undefined for a regular file. */
export function refusedKind(k: FileKind): string | undefined {
  if (k.file) return undefined;
  if (k.fifo) return 'a FIFO';
  if (k.device) return 'a device';
  if (k.socket) return 'a socket';
  if (k.directory) return 'a directory';
  return 'not a regular file';
}

/**
 * Is `target` inside `dir` (both real paths), not the folder itself? A name that only starts with
 * two dots is inside: a ConfigMap keeps its files in `..data`, a link to `..<timestamp>`.
 */
export function isInside(dir: string, target: string): boolean {
  const relative = path.relative(dir, target);
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

/**
 * What a file's stat decides before it is opened: a link out of the overlay's folder (when the
 * folder is known), a kind other than a regular file, a size over the cap; undefined: read it.
 */
export function statRefusal(stat: { kind: FileKind; size: number; linkTarget?: string }, realDir: string | undefined): OverlayRefusal | undefined {
  if (stat.linkTarget !== undefined && realDir !== undefined && !isInside(realDir, stat.linkTarget)) return { kind: 'linkOutside' };
  const what = refusedKind(stat.kind);
  if (what !== undefined) return { kind: 'notRegular', what };
  return stat.size > OVERLAY_MAX_FILE_BYTES ? { kind: 'tooLarge', bytes: stat.size } : undefined;
}

/** What the bytes read decide (at most one past the cap): over the cap, or over the overlay's total with the files before. */
export function readRefusal(bytes: number, totalBefore: number): OverlayRefusal | undefined {
  if (bytes > OVERLAY_MAX_FILE_BYTES) return { kind: 'overFileCap' };
  return totalBefore + bytes > OVERLAY_MAX_TOTAL_BYTES ? { kind: 'overTotal' } : undefined;
}

const kib = (bytes: number): string => `${(bytes / 1024).toLocaleString('en-US', { maximumFractionDigits: 1 })} KB`;

/** The problem line of a refusal, for the file `name`. */
export function overlayProblem(name: string, refusal: OverlayRefusal): Problem {
  return problem(name, '', message(refusal));
}

function message(refusal: OverlayRefusal): string {
  switch (refusal.kind) {
    case 'unreadable':
      return `cannot be read (${refusal.code})`;
    case 'linkUnfollowable':
      return `is a symbolic link that cannot be followed (${refusal.code})`;
    case 'linkOutside':
      return "is a symbolic link out of the overlay's directory: only regular files, or links to files beside them, are read";
    case 'notRegular':
      return `is ${refusal.what}, not a regular file: refused unread`;
    case 'tooLarge':
      return `is ${kib(refusal.bytes)}, over the ${kib(OVERLAY_MAX_FILE_BYTES)} an overlay file may have`;
    case 'overFileCap':
      return `is over the ${kib(OVERLAY_MAX_FILE_BYTES)} an overlay file may have`;
    case 'overTotal':
      return `takes the overlay over the ${kib(OVERLAY_MAX_TOTAL_BYTES)} it may have in all`;
    case 'folderUnreadable':
      return `the folder cannot be read (${refusal.code})`;
    case 'notJson':
      return `is not valid JSON${refusal.position !== undefined ? ` (near character ${refusal.position})` : ''}`;
  }
}

/** A file's text as JSON (a byte-order mark, which Windows editors add, dropped), or its problem with only the position. */
export function parseOverlayJson(name: string, text: string): { json: unknown } | { problem: Problem } {
  try {
    return { json: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch (err) {
    const position = /position (\d+)/.exec((err as Error).message)?.[1];
    return { problem: overlayProblem(name, { kind: 'notJson', ...(position !== undefined ? { position } : {}) }) };
  }
}
