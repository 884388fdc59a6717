// Reads a content pack (or an overlay directory) from disk into the check's input: every .json
// file by its path relative to the folder, parsed. A file that cannot be read or parsed becomes a
// problem line naming it, never a crash, so one run lists everything wrong at once.
import * as fs from 'fs';
import * as path from 'path';
import { PackFiles, Problem, checkPack, problem } from '../../domain/contentPack';

export interface ReadFiles {
  files: PackFiles;
  problems: Problem[];
}

/** The pack's folders that hold no content: the schemas describe the files, they are not checked as content. */
const NOT_CONTENT = new Set(['schema']);

function jsonFiles(root: string, dir: string, recursive: boolean): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return recursive && !(dir === root && NOT_CONTENT.has(entry.name)) ? jsonFiles(root, full, recursive) : [];
    return entry.name.endsWith('.json') ? [full] : [];
  });
}

/** One file parsed, or the problem that kept it from being read (named by `name`). */
export function readJsonFile(full: string, name: string): { json?: unknown; problems: Problem[] } {
  let text: string;
  try {
    text = fs.readFileSync(full, 'utf8');
  } catch (err) {
    return { problems: [problem(name, '', `cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`)] };
  }
  try {
    // A byte-order mark is not JSON; editors on Windows add one.
    return { json: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown, problems: [] };
  } catch (err) {
    return { problems: [problem(name, '', `is not valid JSON (${(err as Error).message})`)] };
  }
}

/**
 * Every .json file under `dir` by its relative path with `/` separators (`texts/hu-HU.json`);
 * `recursive: false` reads only the folder itself (an overlay directory).
 */
export function readPack(dir: string, options: { recursive?: boolean } = {}): ReadFiles {
  const files = new Map<string, unknown>();
  const problems: Problem[] = [];
  let found: string[];
  try {
    found = jsonFiles(dir, dir, options.recursive ?? true).sort();
  } catch (err) {
    return { files, problems: [problem(path.basename(dir), '', `the folder cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`)] };
  }
  for (const full of found) {
    const name = path.relative(dir, full).split(path.sep).join('/');
    const read = readJsonFile(full, name);
    problems.push(...read.problems);
    if (read.problems.length === 0) files.set(name, read.json);
  }
  return { files, problems };
}

/**
 * A pack folder read and checked: the problems of reading it, then the check's (a file that could
 * not be read is reported once, not again as missing).
 */
export function checkPackDir(dir: string, today: string): Problem[] {
  const read = readPack(dir);
  const unreadable = new Set(read.problems.map((p) => p.file));
  return [...read.problems, ...checkPack(read.files, today).filter((p) => !(unreadable.has(p.file) && p.path === ''))];
}
