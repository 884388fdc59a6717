// How the turn runner gets the activity back as it arrived, for the rare turn that must run again
// (its state write lost a race): the bot may have changed the activity during the first run.
// Copying every activity up front (structuredClone) would cost each turn a copy almost none uses,
// so the HTTP entry, which still holds the request's text, registers a way to rebuild the activity
// from it, and only a retry pays for the rebuild. Activities that come another way (the local
// Direct Line bridge, tests) have no such text and are copied up front.
import { Activity } from 'botbuilder';

type Rebuild = () => Partial<Activity>;

/**
 * Keyed by the activity object itself, so an entry lives exactly as long as its activity. A side
 * channel the SDK forces: processActivity makes the turn's context from the activity alone.
 */
const rebuilders = new WeakMap<object, Rebuild>();

/** The HTTP entry: `rebuild` must return a fresh activity equal to the one as it arrived. */
export function rememberArrival(activity: object, rebuild: Rebuild): void {
  rebuilders.set(activity, rebuild);
}

/**
 * Called at the start of a turn: a way to get this activity back as it is now. Fields the adapter
 * set after the entry registered the activity (the caller id) are carried over from now.
 */
export function arrivalOf(activity: Partial<Activity>): Rebuild | undefined {
  const rebuild = rebuilders.get(activity);
  if (rebuild) {
    const callerId = activity.callerId;
    return () => {
      const fresh = rebuild();
      if (callerId !== undefined) fresh.callerId = callerId;
      return fresh;
    };
  }
  let snapshot: Partial<Activity>;
  try {
    snapshot = structuredClone(activity);
  } catch {
    return undefined;
  }
  return () => structuredClone(snapshot);
}

/** Puts the activity back as it arrived, in the same object (the turn's context holds it). */
export function restoreActivity(target: Partial<Activity>, fresh: Partial<Activity>): void {
  const t = target as Record<string, unknown>;
  for (const name of Object.keys(t)) delete t[name];
  Object.assign(t, fresh);
}
