// The reliability figures of a test run, printed as one summary line after the last test.
export const figures = {
  fuzzCases: 0,
  fuzz5xx: 0,
  parallelSubmits: 0,
  conflictsRetried: 0,
  duplicatesAcknowledged: 0,
  restartsSurvived: 0,
  answersChecked: 0,
  answersLost: 0,
  answersDuplicated: 0,
  /** Resets, stalls and 5xx answers injected between the bot and its storage. */
  storageFaults: 0,
  /** Turns answered 503 during those faults and retried by the simulated channel. */
  storage503s: 0,
  /** Turns whose state was saved but whose reply was lost to an ambiguous storage write (a known gap). */
  storageRepliesLost: 0,
  /** Hostile requests (bombs, uploads, deep nesting, slow bodies, other encodings) refused with a 4xx. */
  hostileRefused: 0,
  /** The largest growth of the bot's memory (RSS, MB) a batch of hostile requests caused. */
  hostileMaxGrowthMb: 0,
  /** The most CPU (ms, from /proc) a batch of token-less 175 KB requests cost the bot per request. */
  tokenlessCpuMs: 0,
};

/** Figures that keep their largest value instead of adding up. */
const LARGEST: ReadonlySet<keyof typeof figures> = new Set(['hostileMaxGrowthMb', 'tokenlessCpuMs']);

let used = false;

/** Adds to the figures (and marks the run as one that prints them). */
export function record(changes: Partial<typeof figures>): void {
  used = true;
  for (const [name, value] of Object.entries(changes) as [keyof typeof figures, number][]) {
    // A largest value is kept, not added up.
    figures[name] = LARGEST.has(name) ? Math.max(figures[name], value) : figures[name] + value;
  }
}

// Root hook: runs once, after every test of the run.
after(() => {
  if (!used) return;
  const f = figures;
  process.stdout.write(
    `\nreliability: fuzz cases ${f.fuzzCases} (5xx ${f.fuzz5xx}), parallel submits ${f.parallelSubmits}, ` +
      `eTag conflicts retried ${f.conflictsRetried}, duplicate deliveries acknowledged ${f.duplicatesAcknowledged}, ` +
      `restarts survived ${f.restartsSurvived}, storage faults injected ${f.storageFaults} (turns answered 503 and retried ${f.storage503s}, replies lost to an ambiguous write ${f.storageRepliesLost}), ` +
      `answers checked ${f.answersChecked}, answers lost ${f.answersLost}, answers duplicated ${f.answersDuplicated}, ` +
      `hostile requests refused ${f.hostileRefused} (largest memory growth ${f.hostileMaxGrowthMb.toFixed(1)} MB)` +
      (f.tokenlessCpuMs > 0 ? `, CPU per token-less 175 KB request ${f.tokenlessCpuMs.toFixed(3)} ms` : '') +
      '\n',
  );
});

/**
 * Compares the answers a test gave (and the bot accepted) with the stored ones: an answer is lost
 * when it is missing or different, duplicated when its question appears twice in the history.
 */
export function checkAnswers(
  given: Record<string, string>,
  stored: { answers: Record<string, string>; history: string[] } | undefined,
): { lost: number; duplicated: number } {
  const answers = stored?.answers ?? {};
  const history = stored?.history ?? [];
  const lost = Object.entries(given).filter(([question, option]) => answers[question] !== option).length;
  const duplicated = history.length - new Set(history).size;
  record({ answersChecked: Object.keys(given).length, answersLost: lost, answersDuplicated: duplicated });
  return { lost, duplicated };
}
