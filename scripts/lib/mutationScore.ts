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
