// The mutation score of each file and of the whole of src/domain, read from the results a mutation
// run keeps (test/mutation/incremental.json, the mutation-testing-report schema). The score is
// Stryker's own: detected (killed or timed out) over the mutants a test could reach or miss (those
// plus survived and not covered); mutants rejected by the type check, and the static ones left out
// (ignoreStatic), count on neither side.

/** The statuses the report schema gives a mutant. */
export type MutantStatus = 'Killed' | 'Survived' | 'NoCoverage' | 'Timeout' | 'CompileError' | 'RuntimeError' | 'Ignored' | 'Pending';

export interface ReportMutant {
  id: string;
  mutatorName: string;
  replacement?: string;
  status: MutantStatus;
  location: { start: { line: number; column: number }; end: { line: number; column: number } };
}

export interface Report {
  files: Record<string, { source?: string; mutants: ReportMutant[] }>;
}

export interface FileScore {
  file: string;
  killed: number;
  timedOut: number;
  survived: number;
  noCoverage: number;
  /** Rejected by the type check (or an error when run): not a test's to catch. */
  invalid: number;
  /** Static mutants left out of the run. */
  ignored: number;
  /** Detected over reachable, in percent; undefined when no mutant was reachable (or the file never ran). */
  score: number | undefined;
  /** Whether the report holds the file at all. */
  run: boolean;
}

function scoreOf(file: string, mutants: readonly ReportMutant[], run: boolean): FileScore {
  const count = (status: MutantStatus): number => mutants.filter((m) => m.status === status).length;
  const killed = count('Killed');
  const timedOut = count('Timeout');
  const survived = count('Survived');
  const noCoverage = count('NoCoverage');
  const reachable = killed + timedOut + survived + noCoverage;
  return {
    file,
    killed,
    timedOut,
    survived,
    noCoverage,
    invalid: count('CompileError') + count('RuntimeError'),
    ignored: count('Ignored'),
    score: reachable === 0 ? undefined : (100 * (killed + timedOut)) / reachable,
    run,
  };
}

/**
 * One line per file under `prefix` (the report's files, and the `sourceFiles` it does not hold, with
 * `run` false: not run yet, or nothing to mutate), sorted by name, and the total over all of them.
 */
export function mutationScores(report: Report, prefix: string, sourceFiles: readonly string[] = []): { files: FileScore[]; total: FileScore } {
  const names = new Set([...Object.keys(report.files), ...sourceFiles].filter((name) => name.startsWith(prefix)));
  const files = [...names].sort().map((name) => scoreOf(name, report.files[name]?.mutants ?? [], name in report.files));
  const all = files.flatMap((f) => report.files[f.file]?.mutants ?? []);
  return {
    files,
    total: scoreOf(
      prefix,
      all,
      files.some((f) => f.run),
    ),
  };
}

/** The mutants no test caught (survived or not covered), as `file:line:column mutator → replacement`. */
export function missedMutants(report: Report, prefix: string): string[] {
  return Object.entries(report.files)
    .filter(([name]) => name.startsWith(prefix))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap(([name, file]) =>
      file.mutants
        .filter((m) => m.status === 'Survived' || m.status === 'NoCoverage')
        .sort((a, b) => a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column)
        .map((m) => `${name}:${m.location.start.line}:${m.location.start.column} ${m.status} ${m.mutatorName} → ${oneLine(m.replacement ?? '')}`),
    );
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 100 ? `${flat.slice(0, 99)}…` : flat;
}

/** `85.3 %`, or `–` when there is nothing to score. */
export function percent(score: number | undefined): string {
  return score === undefined ? '–' : `${score.toFixed(1)} %`;
}

/** The scores as a Markdown table: file, score, killed (timed out), survived, not covered, left out. */
export function scoreTable(scores: { files: FileScore[]; total: FileScore }, prefix: string): string {
  const row = (name: string, s: FileScore): string =>
    `| ${name} | ${s.run ? percent(s.score) : 'no results'} | ${s.killed + s.timedOut}${s.timedOut ? ` (${s.timedOut})` : ''} | ${s.survived} | ${s.noCoverage} | ${s.invalid} | ${s.ignored} |`;
  return [
    '| File | Score | Killed (timed out) | Survived | No test covers it | Rejected by the type check | Static, left out |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...scores.files.map((s) => row(`\`${s.file.slice(prefix.length)}\``, s)),
    row(`**all of \`${prefix.replace(/\/$/, '')}\`**`, scores.total),
  ].join('\n');
}

// The places docs/testing.md explains, and how many mutants each explains. The mutants no test
// caught (survived or not covered) on a line are explained when the explanations naming that line
// grant at least as many; an explanation is
// - the first cell of a row of a table whose last heading cell asks "why" (the tables of
//   equivalent mutants),
// - an item of a list opened by a line "Equivalent …:", or
// - a paragraph or list item that says a mutant is out of a run's reach.
// Backticks are read as nothing. A place is `file.ts:LINE`; a bare `:LINE` belongs to the file named
// last before it (in the cell, in the table's earlier rows, else the first file the section's
// heading names); `:A, B, C`, `:A (2), B`, `:A`, `:B` and `:A to :B` (or `:A-B`) name several lines. A file is
// named by the end of its path (`check.ts` is `src/domain/contentPack/check.ts`).
// Every place of a first cell is read, also one in words around it: an old place ("moved from
// `parties.ts:14`") is written in the why cell, where no place is read.
// A place grants the count in brackets right after it: `:108 (2)` two mutants, `:36 (4 of 5)` four,
// `:16 (2: …)` two, `:146 (2, and 2 not covered)` four (`and its body not covered`: one more). A
// place without a count, or with a bracket of words only (`(not covered)`), grants one; in a table's
// first cell, a count ending the cell after the mutation (`:251` `a - 1` → `a + 1` (2)) belongs
// to the place named last. A count after lines written as one place (`:98, 100 (4)`, where only the
// last line has a count) is granted to each of them, as is a range's (the lines hold it together,
// but how many each holds is not written). Without a count, a range and a
// place of a paragraph out of a run's reach grant every mutant on their lines. What the rows naming
// one line grant adds up.

/** File names as the text writes them, each with the lines it explains. */
export type ExplainedPlaces = Map<string, Set<number>>;

/** One place an explanation names. */
export interface Explanation {
  /** The file as the text writes it: the end of its path. */
  file: string;
  lines: number[];
  /** How many missed mutants it explains on each of its lines; undefined: every one. */
  count: number | undefined;
  /** The line of the markdown the explanation starts on (from 1), and its text. */
  at: number;
  text: string;
}

const FILE = String.raw`[\w./-]*\w\.ts`;
// A count in brackets may follow each line: `:108 (2), 262`.
const COUNT = String.raw`(?:\s*\([^():]*\))?`;
const PLACE = new RegExp(String.raw`(${FILE})|:(\d+)(?:\s*(?:to|-|–)\s*:?(\d+))?(${COUNT}(?:\s*,\s*\d+\b${COUNT})*)`, 'g');
const BRACKET = /\s*\(([^()]*)\)/y;
const MORE = /\s*,\s*(\d+)\b(?:\s*\(([^()]*)\))?/y;

/** The mutants a bracket after a place counts, when it starts with a number (see above). */
function countIn(bracket: string | undefined): number | undefined {
  const lead = bracket === undefined ? null : /^\s*(\d+)\b/.exec(bracket);
  if (lead === null) return undefined;
  const more = /\band (\d+|its \w+|the \w+) not covered\b/.exec(bracket!);
  return Number(lead[1]) + (more === null ? 0 : /^\d/.test(more[1]!) ? Number(more[1]) : 1);
}

/** The bracket that starts (after spaces) at `index` of `text`, and where it ends. */
function bracketAt(text: string, index: number): { inside: string; end: number } | undefined {
  BRACKET.lastIndex = index;
  const m = BRACKET.exec(text);
  return m === null ? undefined : { inside: m[1]!, end: BRACKET.lastIndex };
}

/**
 * Reads the places `text` names into `into`, starting from the file `current`; gives the file named
 * last. `every`: a place without a count grants every mutant on its line (out of a run's reach);
 * `cell`: the text is a table's first cell.
 */
function readPlaces(
  text: string,
  current: string | undefined,
  into: Explanation[],
  source: { at: number; text: string; every: boolean; cell: boolean },
): string | undefined {
  const flat = text.replace(/`/g, '');
  // The last place read, when no count of its own was written.
  let uncounted: { explanation: Explanation; end: number } | undefined;
  for (const m of flat.matchAll(PLACE)) {
    if (m[1] !== undefined) {
      current = m[1];
      continue;
    }
    if (current === undefined) continue;
    const from = Number(m[2]);
    const to = m[3] === undefined ? from : Number(m[3]);
    // The first line (or range) and its bracket, then each `, LINE (bracket)` after it.
    const tail = m[4] ?? '';
    const first = bracketAt(tail, 0);
    const parts: { lines: number[]; bracket: string | undefined }[] = [
      { lines: Array.from({ length: Math.max(0, to - from + 1) }, (_, k) => from + k), bracket: first?.inside },
    ];
    MORE.lastIndex = first?.end ?? 0;
    for (let more = MORE.exec(tail); more !== null; more = MORE.exec(tail)) parts.push({ lines: [Number(more[1])], bracket: more[2] });
    const end = m.index + m[0].length;
    // A bracket the place pattern leaves out (one with a colon in it: `(2: …)`) still counts.
    const lastPart = parts.at(-1)!;
    if (lastPart.bracket === undefined) lastPart.bracket = bracketAt(flat, end)?.inside;
    const counts = parts.map((part) => countIn(part.bracket));
    // Only the last line counted: the count is the whole list's.
    const shared = parts.length > 1 && counts.slice(0, -1).every((c) => c === undefined) ? counts.at(-1) : undefined;
    const made = parts.map((part, k) => ({
      file: current!,
      lines: part.lines,
      count: counts[k] ?? shared ?? (source.every || part.lines.length > 1 ? undefined : 1),
      at: source.at,
      text: source.text,
    }));
    into.push(...made);
    uncounted = made.length === 1 && counts[0] === undefined && lastPart.bracket === undefined ? { explanation: made[0]!, end } : undefined;
  }
  // A count ending a table's first cell, after the mutation, is the last place's.
  if (source.cell && uncounted !== undefined) {
    const count = countIn(/\(([^()]*)\)\s*$/.exec(flat.slice(uncounted.end))?.[1]);
    if (count !== undefined) uncounted.explanation.count = count;
  }
  return current;
}

function cells(row: string): string[] {
  return row.split(/(?<!\\)\|/).slice(1, -1);
}

/** Every place the explanations of `markdown` name, with what each grants (see above). */
export function explanations(markdown: string): Explanation[] {
  const found: Explanation[] = [];
  const lines = markdown.split('\n');
  let section: string | undefined;
  // Inside a list of equivalents: the file named last in it (or the section's), else undefined.
  let list: string | undefined;
  let k = 0;
  while (k < lines.length) {
    const line = lines[k]!;
    if (line.startsWith('#')) {
      section = new RegExp(FILE).exec(line.replace(/`/g, ''))?.[0];
      list = undefined;
      k += 1;
    } else if (line.startsWith('|')) {
      const start = k;
      const table: string[] = [];
      while (k < lines.length && lines[k]!.startsWith('|')) table.push(lines[k++]!);
      if (!/why/i.test(cells(table[0]!).at(-1) ?? '')) continue;
      list = undefined;
      let current = section;
      for (const [r, row] of table.slice(2).entries()) {
        current = readPlaces(cells(row)[0] ?? '', current, found, { at: start + 3 + r, text: row, every: false, cell: true });
      }
    } else if (line.trim() === '') {
      k += 1;
    } else {
      // A paragraph, or a list item: up to a blank line, a heading, a table or the next item.
      const start = k;
      const block = [line];
      k += 1;
      while (k < lines.length && lines[k]!.trim() !== '' && !/^(#|\||\s*[-*] )/.test(lines[k]!)) block.push(lines[k++]!);
      const text = block.join(' ');
      const item = /^\s*[-*] /.test(line);
      const source = { at: start + 1, text, cell: false };
      if (item && list !== undefined) list = readPlaces(text, list, found, { ...source, every: false });
      else if (/out of (a|any) (mutation )?run's reach/i.test(text)) readPlaces(text, section, found, { ...source, every: true });
      // "Equivalent …:" opens a list of equivalents, which runs to the next text that is no item.
      if (!item) list = /^(the rest are )?equivalent\b.*:$/i.test(text.trim()) ? (section ?? '') : undefined;
    }
  }
  return found;
}

/** Every place the explanations of `markdown` name, by file (see above). */
export function explainedPlaces(markdown: string): ExplainedPlaces {
  const places: ExplainedPlaces = new Map();
  for (const e of explanations(markdown)) {
    const lines = places.get(e.file) ?? new Set<number>();
    for (const line of e.lines) lines.add(line);
    places.set(e.file, lines);
  }
  return places;
}

/** Whether `name`, as the text writes it, names `file` (a path under src/). */
function names(name: string, file: string): boolean {
  return file === name || file.endsWith(`/${name}`);
}

/** A line holding mutants no test caught, and the explanations that name it. */
export interface MissedLine {
  file: string;
  line: number;
  /** Its missed mutants, as `missedMutants` writes them. */
  missed: string[];
  explanations: Explanation[];
  /** How many of them the explanations grant: the sum of their counts (Infinity when one grants every mutant). */
  granted: number;
}

/** Each line under `prefix` holding mutants no test caught, with what `markdown` explains of it. */
export function missedLines(report: Report, prefix: string, markdown: string): MissedLine[] {
  const all = explanations(markdown);
  const byLine = new Map<string, MissedLine>();
  for (const entry of missedMutants(report, prefix)) {
    const [file, line] = entry.split(':');
    const key = `${file}:${line}`;
    let missed = byLine.get(key);
    if (missed === undefined) {
      const naming = all.filter((e) => names(e.file, file!) && e.lines.includes(Number(line)));
      const granted = naming.reduce((sum, e) => sum + (e.count ?? Infinity), 0);
      missed = { file: file!, line: Number(line), missed: [], explanations: naming, granted };
      byLine.set(key, missed);
    }
    missed.missed.push(entry);
  }
  return [...byLine.values()];
}

/** A place an explanation names where no mutant no test caught is left. */
export interface StalePlace {
  /** The file as the text writes it, and the line (`from-to` for a range). */
  place: string;
  /** The line of the markdown the explanation starts on (from 1), and its text. */
  at: number;
  text: string;
}

/**
 * The places the explanations of `markdown` name where no file under `prefix` holds a mutant no
 * test caught: a row left under a line number whose code has since moved, or one whose mutant a
 * test now kills (or a place in a file the results do not hold). A range is such a place only when
 * none of its lines holds one. Such a place explains nothing now, but would explain whatever
 * unrelated survivor came to stand on its line.
 */
export function stalePlaces(report: Report, prefix: string, markdown: string): StalePlace[] {
  const held = new Set(missedMutants(report, prefix).map((entry) => entry.split(':').slice(0, 2).join(':')));
  const files = Object.keys(report.files).filter((name) => name.startsWith(prefix));
  return explanations(markdown)
    .filter((e) => !files.some((file) => names(e.file, file) && e.lines.some((line) => held.has(`${file}:${line}`))))
    .map((e) => ({
      place: `${e.file}:${e.lines.length > 1 ? `${e.lines[0]}-${e.lines.at(-1)}` : e.lines[0]}`,
      at: e.at,
      text: e.text,
    }));
}

/**
 * The mutants under `prefix` no test caught that the explanations of `markdown` do not account for,
 * as `missedMutants` writes them: those on a line no explanation names, and every one on a line
 * holding more than its explanations grant, marked with both numbers (which of them the rows mean
 * is for a reader to tell).
 */
export function unexplainedMutants(report: Report, prefix: string, markdown: string): string[] {
  return missedLines(report, prefix, markdown).flatMap((l) => {
    if (l.missed.length <= l.granted) return [];
    if (l.granted === 0) return l.missed;
    return l.missed.map((entry) => `${entry}  [${l.missed.length} on the line, explained for ${l.granted}]`);
  });
}
