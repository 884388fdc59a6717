// The marks mail and chat clients write (headers, reply marks, closing formulas, a day's name),
// from every lexicon's `clients` words: a pasted thread mixes the languages of its clients, so
// every language's marks serve every message.
import { LEXICONS } from './lexicon';
import { ClientMarks } from './types';

/** One alternation of every lexicon's marks of a kind. */
export function clientMarks(kind: Exclude<keyof ClientMarks, 'months'>): string {
  return LEXICONS.flatMap((lexicon) => lexicon.clients?.[kind] ?? []).join('|');
}

/** Months by the first letters of their names in every lexicon that names them, with their number. */
export const MONTH_STARTS: ReadonlyArray<readonly [RegExp, number]> = Array.from({ length: 12 }, (_, i) => {
  const starts = LEXICONS.flatMap((lexicon) => {
    const months = lexicon.clients?.months;
    if (months !== undefined && months.length !== 12) throw new Error(`lexicon ${lexicon.language}: clients.months must name 12 months`);
    return months === undefined ? [] : [months[i]!];
  });
  return [new RegExp(`^(?:${starts.join('|')})`, 'u'), i + 1] as const;
});
