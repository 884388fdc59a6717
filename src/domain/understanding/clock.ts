// The times written in a pasted transcript's turns (split from transcript.ts, at its size limit).

/** The time of a turn in seconds of the day, when it has one ("14:02", "2:05 PM", "14.02.30"). */
export function timeOf(stamp: string | undefined): number | undefined {
  const m = stamp === undefined ? null : /(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*([ap])?/iu.exec(stamp);
  if (m === null) return undefined;
  const pm = m[4] !== undefined && /p/iu.test(m[4]) ? 12 : 0;
  return ((Number(m[1]) % (m[4] === undefined ? 24 : 12)) + pm) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0);
}
