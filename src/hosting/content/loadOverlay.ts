// CONTENT_OVERLAY at start-up: the partner's additions read from a directory or one .json file and
// held to the content check. A bad overlay stops start-up with every problem line (file, row and
// key), so a partner fixes them all in one go instead of running with half its guidance.
import * as fs from 'fs';
import * as path from 'path';
import { checkOverlay, formatProblems, OverlayForm, Problem } from '../../domain/contentPack';
import type { Overlay } from '../../domain/overlay';
import { readOverlayDirectory, readOverlayFile } from './overlayFiles';

/** A bad overlay: the message lists every problem, one line each; `lines` has them for a caller's log. */
export class OverlayError extends Error {
  readonly lines: readonly string[];
  constructor(
    readonly location: string,
    readonly problems: readonly Problem[],
  ) {
    const lines = formatProblems(problems);
    super(`CONTENT_OVERLAY ${location} has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`);
    this.name = 'OverlayError';
    this.lines = lines;
  }
}

/** The overlay's files, parsed, with the problems of reading them and its form (overlayFiles.ts reads them). */
export function readOverlay(location: string): { files: Map<string, unknown>; problems: Problem[]; form: OverlayForm } {
  let isDirectory: boolean;
  try {
    // stat opens nothing: a FIFO or a device here is refused by the file reader, unread.
    isDirectory = fs.statSync(location).isDirectory();
  } catch (err) {
    const name = path.basename(location);
    return {
      files: new Map(),
      problems: [{ file: name, path: '', message: `cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})` }],
      form: 'file',
    };
  }
  if (isDirectory) return { ...readOverlayDirectory(location), form: 'directory' };
  return { ...readOverlayFile(location), form: 'file' };
}

/** The overlay at `location` (a directory or a .json file), checked; throws OverlayError when anything is wrong. */
export function loadOverlay(location: string): Overlay {
  const read = readOverlay(location);
  if (read.problems.length > 0) throw new OverlayError(location, read.problems);
  const checked = checkOverlay(read.files, read.form);
  if (!checked.overlay || checked.problems.length > 0) throw new OverlayError(location, checked.problems);
  return checked.overlay;
}
