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

// The places docs/testing.md explains. A survivor is explained when its file and line are named
// (line-level: a row naming the line explains every mutant on it, whatever mutation it writes):
// - in the first cell of a row of a table whose last heading cell asks "why" (the tables of
//   equivalent mutants),
// - in an item of a list opened by a line "Equivalent …:", or
// - anywhere in a paragraph or list item that says a mutant is out of a run's reach.
// Backticks are read as nothing. A place is `file.ts:LINE`; a bare `:LINE` belongs to the file named
// last before it (in the cell, in the table's earlier rows, else the first file the section's
// heading names); `:A, B, C`, `:A (2), B`, `:A`, `:B` and `:A to :B` (or `:A-B`) name several lines. A file is
// named by the end of its path (`check.ts` is `src/domain/contentPack/check.ts`).

/** File names as the text writes them, each with the lines it explains. */
export type ExplainedPlaces = Map<string, Set<number>>;

const FILE = String.raw`[\w./-]*\w\.ts`;
// A count in brackets may follow each line: `:108 (2), 262`.
const COUNT = String.raw`(?:\s*\([^():]*\))?`;
const PLACE = new RegExp(String.raw`(${FILE})|:(\d+)(?:\s*(?:to|-|–)\s*:?(\d+))?(${COUNT}(?:\s*,\s*\d+\b${COUNT})*)`, 'g');

/** Reads the places `text` names into `into`, starting from the file `current`; gives the file named last. */
function readPlaces(text: string, current: string | undefined, into: ExplainedPlaces): string | undefined {
  for (const m of text.replace(/`/g, '').matchAll(PLACE)) {
    if (m[1] !== undefined) {
      current = m[1];
      continue;
    }
    if (current === undefined) continue;
    const from = Number(m[2]);
    const to = m[3] === undefined ? from : Number(m[3]);
    const more = (m[4] ?? '')
      .replace(/\([^)]*\)/g, '')
      .split(',')
      .filter((n) => n.trim() !== '')
      .map(Number);
    const lines = into.get(current) ?? new Set<number>();
    for (let line = from; line <= to; line += 1) lines.add(line);
    for (const line of more) lines.add(line);
    into.set(current, lines);
  }
  return current;
}

function cells(row: string): string[] {
  return row.split(/(?<!\\)\|/).slice(1, -1);
}

/** Every place the explanations of `markdown` name (see above). */
export function explainedPlaces(markdown: string): ExplainedPlaces {
  const places: ExplainedPlaces = new Map();
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
      const table: string[] = [];
      while (k < lines.length && lines[k]!.startsWith('|')) table.push(lines[k++]!);
      if (!/why/i.test(cells(table[0]!).at(-1) ?? '')) continue;
      list = undefined;
      let current = section;
      for (const row of table.slice(2)) current = readPlaces(cells(row)[0] ?? '', current, places);
    } else if (line.trim() === '') {
      k += 1;
    } else {
      // A paragraph, or a list item: up to a blank line, a heading, a table or the next item.
      const block = [line];
      k += 1;
      while (k < lines.length && lines[k]!.trim() !== '' && !/^(#|\||\s*[-*] )/.test(lines[k]!)) block.push(lines[k++]!);
      const text = block.join(' ');
      const item = /^\s*[-*] /.test(line);
      if (item && list !== undefined) list = readPlaces(text, list, places);
      else if (/out of (a|any) (mutation )?run's reach/i.test(text)) readPlaces(text, section, places);
      // "Equivalent …:" opens a list of equivalents, which runs to the next text that is no item.
      if (!item) list = /^(the rest are )?equivalent\b.*:$/i.test(text.trim()) ? (section ?? '') : undefined;
    }
  }
  return places;
}

/** Whether `places` explains line `line` of `file` (a path under src/). */
function explains(places: ExplainedPlaces, file: string, line: number): boolean {
  for (const [name, lines] of places) if ((file === name || file.endsWith(`/${name}`)) && lines.has(line)) return true;
  return false;
}

/** The mutants under `prefix` no test caught that no explanation of `markdown` names, as `missedMutants` writes them. */
export function unexplainedMutants(report: Report, prefix: string, markdown: string): string[] {
  const places = explainedPlaces(markdown);
  return missedMutants(report, prefix).filter((entry) => {
    const [file, line] = entry.split(':');
    return !explains(places, file!, Number(line));
  });
}
