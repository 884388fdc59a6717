// The times written in a pasted transcript's turns (split from transcript.ts, at its size limit).

/** The time of a turn in seconds of the day, when it has one ("14:02", "2:05 PM", "14.02.30"). */
export function timeOf(stamp: string | undefined): number | undefined {
  const m = stamp === undefined ? null : /(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*([ap])?/iu.exec(stamp);
  if (m === null) return undefined;
  const pm = m[4] !== undefined && /p/iu.test(m[4]) ? 12 : 0;
  return ((Number(m[1]) % (m[4] === undefined ? 24 : 12)) + pm) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0);
}

/** A line that opens with a time of day and no name ("10:02  cust = county office", "[9:40] bought via …"). */
const LOG_TIME = /^\s*[[(]?(\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)[\])]?\s/iu;

/**
 * Whether lines above a transcript's first turn are entries of the same log, stamped earlier than
 * that turn ("10:02 cust = …", "10:05 bought via …" over "10:31 UPDATE: …"): they are older than
 * the turns, not the paster's note written after them.
 */
export function loggedBefore(note: readonly string[], first: number | undefined): boolean {
  if (first === undefined) return false;
  return note.some((line) => {
    const time = timeOf(LOG_TIME.exec(line)?.[1]);
    return time !== undefined && time < first;
  });
}
