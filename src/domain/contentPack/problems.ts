// What the content check reports: one problem per line, `file: path: what is wrong`, so a content
// editor finds the file and the key without reading code. Paths are dotted (rows.3.reviewed,
// outcomes.2026-11.G1.steps); a problem with the whole file has the path "(file)".

/** The files of a pack (or an overlay), parsed, by path relative to its folder (`texts/hu-HU.json`). */
export type PackFiles = ReadonlyMap<string, unknown>;

export interface Problem {
  /** The file, relative to the pack's folder (or the overlay's file name). */
  file: string;
  /** Where in the file, dotted; empty for the whole file. */
  path: string;
  message: string;
}

export const WHOLE_FILE = '(file)';

export function problem(file: string, path: string | readonly (string | number)[], message: string): Problem {
  return { file, path: typeof path === 'string' ? path : path.join('.'), message };
}

/** One line: `file: path: what is wrong`. */
export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.path || WHOLE_FILE}: ${p.message}`;
}

/** Every problem as its line, in file order so a file's lines stay together. */
export function formatProblems(problems: readonly Problem[]): string[] {
  return [...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)).map(formatProblem);
}

/** The `{name}` placeholders of a text, sorted (a translation may reorder them). */
export function placeholdersOf(text: string): string[] {
  return (text.match(/\{\w+\}/g) ?? []).sort();
}

/** A list of values for a message: `a, b, c`. */
export function listed(values: readonly string[]): string {
  return values.join(', ');
}
