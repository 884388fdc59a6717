// Optimistic concurrency of the bot's state, as rules the shell (hosting/state/optimisticState.ts)
// follows: which version a read state carries, when the state a turn already holds serves a load
// again, what a save writes (nothing, an unconditional write, or a write conditional on the version
// read: only over it, or create-only), when a write whose answer was lost is found to have landed,
// and what undoing a turn's change puts back. The shell holds the storage calls; the choices are
// here, tested from tables. A lost race is not decided here: the storage answers it (a conflict)
// and the turn runs again (turnRules.ts, afterConflict).

/** A state as it is kept: plain JSON data, with the eTag of the version it was read as. */
export type StateContent = Record<string, unknown> & { eTag?: string };

/** The stored version a turn's state builds on. */
export interface StateRead {
  /** eTag of the stored version this turn builds on; undefined: the item did not exist. */
  eTag?: string;
  /** The stored version as JSON (without its eTag): what a change is detected against. */
  stored: string;
  /** The attempt of the turn that read it. */
  attempt: number;
  /** The state as read, as JSON, for undoing this turn's change. */
  snapshot: string;
}

/** Write only over the stored version with this eTag, or only if the key holds nothing yet. */
export type WriteCondition = { ifMatch: string } | { createOnly: true };

/** The eTag of the version just written, or: the condition failed (another turn wrote first). */
export type WriteResult = { eTag: string } | { conflict: true };

/** What a save writes. */
export type WritePlan = { kind: 'none' } | { kind: 'unconditional' } | { kind: 'conditional'; condition: WriteCondition };

/** The version a state carries: its eTag, or none when it has none or the wildcard "*" (then it is taken as absent). */
export function versionOf(eTag: unknown): string | undefined {
  return typeof eTag === 'string' && eTag !== '*' ? eTag : undefined;
}

/** The record of a read: the state's version, its JSON as read (to compare and to undo to), the attempt that read it. */
export function readRecord(state: StateContent, json: string, attempt: number): StateRead {
  const eTag = versionOf(state.eTag);
  return eTag === undefined ? { stored: json, attempt, snapshot: json } : { eTag, stored: json, attempt, snapshot: json };
}

/**
 * Whether the state the turn holds (if any) serves a load without reading storage: not forced, and read in
 * this attempt of the turn, or set (cleared) before anything was read. A new attempt (after a lost
 * race) reads again: the state another turn wrote is what it builds on.
 */
export function heldServes(force: boolean, readAttempt: number | undefined, attempt: number): boolean {
  return !force && (readAttempt === undefined || readAttempt === attempt);
}

/**
 * What a save writes. Nothing read this turn (or the state deleted): nothing, unless forced, then
 * an unconditional write (botbuilder's own behaviour). Otherwise nothing when the content is the
 * JSON read and the save is not forced; else a conditional write: over the version read, or
 * create-only when the state was absent, so a turn that lost a race learns it instead of
 * overwriting the other turn's state.
 */
export function writePlan(read: Pick<StateRead, 'eTag' | 'stored'> | undefined, content: string | undefined, force: boolean): WritePlan {
  if (read === undefined || content === undefined) return force ? { kind: 'unconditional' } : { kind: 'none' };
  if (!force && content === read.stored) return { kind: 'none' };
  return { kind: 'conditional', condition: read.eTag === undefined ? { createOnly: true } : { ifMatch: read.eTag } };
}

/**
 * After a write whose answer was lost (a reset or a timeout once the request went out): the eTag of
 * what is stored now if it is what the turn wrote (the write landed), else none (it failed). A
 * stored item without a real version proves nothing.
 */
export function landedETag(stored: { json: string; eTag: string } | undefined, content: string): string | undefined {
  if (stored === undefined || stored.eTag === '*') return undefined;
  return stored.json === content ? stored.eTag : undefined;
}

/** Undoing the turn's change: the state's content becomes the one read (its own eTag, the version now stored, stays). */
export function restoreContent(state: StateContent, before: StateContent): void {
  for (const name of Object.keys(state)) if (name !== 'eTag') delete state[name];
  for (const [name, value] of Object.entries(before)) if (name !== 'eTag') state[name] = value;
}

/**
 * A conditional write through a storage that cannot make one in one step (botbuilder's
 * MemoryStorage, tests' stand-ins), told by what is stored afterwards, never by an error's wording.
 * After its write went through: written when what is stored is what was written, else another turn
 * already wrote over it. After it failed: a failed precondition (412) is a conflict; what was
 * written stored after all is written (only the answer was lost); another version stored is a
 * conflict; anything else is the storage's failure.
 */
export function plainWriteResult(stored: { json: string; eTag: string } | undefined, json: string): WriteResult {
  return stored && stored.json === json ? { eTag: stored.eTag } : { conflict: true };
}

export function failedPlainWrite(
  status: unknown,
  stored: { json: string; eTag: string } | undefined,
  json: string,
  ifMatch: string | undefined,
): WriteResult | 'failed' {
  if (status === 412) return { conflict: true };
  if (stored && stored.json === json) return { eTag: stored.eTag };
  if (stored && stored.eTag !== ifMatch) return { conflict: true };
  return 'failed';
}
