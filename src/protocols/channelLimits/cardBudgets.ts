// How a result message is measured against its channel's budget, and how one over it is named to
// the partner whose overlay made it so: by the overlay's file and the row's place in it (the shell
// builds every result at start-up and holds the channels' budgets: conversation/cards/cardBudget.ts;
// the figures and their sources: docs/content.md, "Card budget").
import { Problem, problem } from '../../domain/contentPack';

/** What the connector adds to a message beyond what the bot builds (ids, addresses, reply-to). */
export const ENVELOPE_BYTES = 1024;

/** What a message of `jsonBytes` costs on the wire, with the connector's envelope. */
export const messageBytes = (jsonBytes: number): number => jsonBytes + ENVELOPE_BYTES;

export interface MeasuredCard {
  row: string;
  locale: string;
  channel: string;
  bytes: number;
  maxBytes: number;
}

/** The largest share of its channel's budget first. */
export const byShareOfBudget = (a: MeasuredCard, b: MeasuredCard): number => b.bytes / b.maxBytes - a.bytes / a.maxBytes;

const kib = (bytes: number): string => `${(bytes / 1024).toLocaleString('en-US', { maximumFractionDigits: 1 })} KB`;

/**
 * The results over their channel's budget as problem lines, named by the overlay's file for the
 * language (`<locale>.json` in a directory, the one file's `languages.<locale>` otherwise).
 */
export function overBudgetProblems(measured: readonly MeasuredCard[], overlayFileName: string, isDirectory: boolean): Problem[] {
  return measured
    .filter((m) => m.bytes > m.maxBytes)
    .map((m) =>
      problem(
        isDirectory ? `${m.locale}.json` : overlayFileName,
        isDirectory ? `rows.${m.row}` : `languages.${m.locale}.rows.${m.row}`,
        `row ${m.row} in ${m.locale}: the result message on ${m.channel} would be ${kib(m.bytes)}, over the ${kib(m.maxBytes)} it takes; shorten this row's additions or the contact line`,
      ),
    );
}
