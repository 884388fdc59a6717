// The sign-in of the actions as a machine over one user's waiting click: a click that needs the
// partner's sign-in waits for it (the validated click only, bounded in bytes, for fifteen minutes),
// and goes on once they are signed in, whichever way the sign-in ends (Teams' token exchange or
// verifyState, Direct Line's tokens/response, or the code typed in Web Chat: three wrong codes,
// a code of the wrong length among them, drop the click). Pure: the host asks the token service
// (`checkCode`) and feeds its answer back; it shows the sign-in card and resumes the click.
import type { ActionClick } from './actionClicks';
import type { Say } from './machine';

/** How long a click waits for its sign-in, and how long a finished sign-in answers a code sent again. */
export const WAITING_MS = 15 * 60_000;
/** Users with a click waiting, per conversation (the oldest forgotten first). */
export const WAITING_USERS = 20;
/** The most a waiting click may take in state; a validated click is far smaller (every input is bounded). */
export const WAITING_MAX_BYTES = 16 * 1024;
/** Wrong codes in a row before the waiting click is dropped (each costs the token service a call). */
export const MAX_CODE_MISSES = 3;

/** A click that waits for its sender's sign-in. */
export interface Waiting {
  click: ActionClick;
  at: number;
  /** Wrong codes typed so far for this sign-in. */
  misses?: number;
}

/** One user's sign-in as the conversation keeps it: their waiting click, and when their last sign-in here went through. */
export interface SignInState {
  waiting?: Waiting;
  signedInAt?: number;
  /** Teams' token exchanges already taken in the conversation, per user and exchange id (Teams sends one per client of the user). */
  exchanges?: readonly string[];
}

/** Exchanges remembered per conversation. */
export const EXCHANGES_KEPT = 20;

export type SignInEvent =
  /** A click needs the sign-in. */
  | { on: 'wait'; click: ActionClick }
  /** Digits typed (spaces and dashes taken out). */
  | { on: 'code'; code: string }
  /** The token service refused the code typed. */
  | { on: 'codeRefused' }
  /** Anything else typed while a click waits: one of the advisor's commands, or not. */
  | { on: 'typed'; command: boolean }
  /** The token service has the user's token now (a code taken, Teams' exchange or verifyState, Direct Line's tokens/response). */
  | { on: 'signedIn' }
  /** The sign-in page's code (Teams' verifyState) refused. */
  | { on: 'pageRefused' }
  /** Teams' single sign-on token, sent by each client of the user with the same exchange id. */
  | { on: 'exchange'; userId: string; id: string }
  /** The token service's answer to the exchange. */
  | { on: 'exchanged'; key: string; ok: boolean }
  | { on: 'signOut' };

export type SignInEffect =
  /** The sign-in card (or Teams' own sign-in for the clicker). */
  | { do: 'askSignIn' }
  /** The code asked of the token service: its answer comes back as `signedIn` or `codeRefused`. */
  | { do: 'checkCode'; code: string }
  | { do: 'say'; line: Say }
  /** The click that waited, carried out now. */
  | { do: 'resume'; click: ActionClick }
  | { do: 'signOut' }
  /** The token Teams sent, exchanged by the token service: its answer comes back as `exchanged`. */
  | { do: 'exchangeToken'; key: string }
  /** The invoke's answer: 412 tells Teams to show the card's sign-in button instead (consent, or a stronger sign-in, is needed). */
  | { do: 'respond'; status: 200 | 412 };

export interface SignInStepped {
  state: SignInState;
  effects: SignInEffect[];
  /** Whether the message was the sign-in's (false: it goes on to the advisor). */
  taken: boolean;
}

export interface SignInContext {
  now: number;
  replayed: boolean;
}

/** The click still waiting: none once its fifteen minutes are over. */
export const liveWaiting = (state: SignInState, now: number): Waiting | undefined =>
  state.waiting && now - state.waiting.at <= WAITING_MS ? state.waiting : undefined;

export function signInStep(state: SignInState, event: SignInEvent, ctx: SignInContext): SignInStepped {
  const waiting = liveWaiting(state, ctx.now);
  const out = (next: SignInState, taken: boolean, ...effects: SignInEffect[]): SignInStepped => ({ state: next, effects, taken });
  const say = (line: Say): SignInEffect[] => (ctx.replayed ? [] : [{ do: 'say', line }]);
  const kept = { ...(state.signedInAt !== undefined ? { signedInAt: state.signedInAt } : {}), ...(state.exchanges ? { exchanges: state.exchanges } : {}) };
  switch (event.on) {
    case 'wait':
      return out({ ...kept, waiting: { click: fitting(event.click), at: ctx.now } }, true, { do: 'askSignIn' });
    case 'code': {
      if (!waiting) {
        // A code sent again after it signed its sender in (a second tap, a pasted repeat): they are told so, and nothing is asked of the token service.
        const recent = state.signedInAt !== undefined && ctx.now - state.signedInAt <= WAITING_MS;
        return event.code.length === 6 && recent ? out(state, true, ...say({ say: 'signIn.done' })) : out(state, false);
      }
      if (ctx.replayed) return out(state, true);
      // A code of the wrong length is a try too, without asking the token service.
      return event.code.length === 6 ? out(state, true, { do: 'checkCode', code: event.code }) : miss(state, waiting);
    }
    case 'codeRefused':
      return waiting ? miss(state, waiting) : out(state, true);
    case 'typed':
      if (!waiting || event.command) return out(state, false);
      return out(state, true, ...say({ say: 'signIn.waiting', action: waiting.click.kind }));
    case 'signedIn':
      return out(
        { signedInAt: ctx.now, ...(state.exchanges ? { exchanges: state.exchanges } : {}) },
        true,
        waiting ? { do: 'resume', click: waiting.click } : { do: 'say', line: { say: 'signIn.done' } },
      );
    case 'pageRefused':
      return out(state, true, { do: 'say', line: { say: 'signIn.failed', action: waiting?.click.kind ?? 'invitationLink' } });
    case 'exchange': {
      // Keyed by user too: another member's exchange id never stands for this one's. The first client signs in, the others only hear it went well.
      const key = `${event.userId}\n${event.id}`;
      if ((state.exchanges ?? []).includes(key) || ctx.replayed) return out(state, true, { do: 'respond', status: 200 });
      return out(state, true, { do: 'exchangeToken', key });
    }
    case 'exchanged': {
      if (!event.ok) return out(state, true, { do: 'respond', status: 412 });
      const exchanges = [...(state.exchanges ?? []), event.key].slice(-EXCHANGES_KEPT);
      const done = signInStep({ ...state, exchanges }, { on: 'signedIn' }, ctx);
      return { ...done, effects: [...done.effects, { do: 'respond', status: 200 }] };
    }
    case 'signOut':
      return out(state.exchanges ? { exchanges: state.exchanges } : {}, true, { do: 'signOut' });
  }
}

function miss(state: SignInState, waiting: Waiting): SignInStepped {
  const misses = (waiting.misses ?? 0) + 1;
  const kept = { ...(state.signedInAt !== undefined ? { signedInAt: state.signedInAt } : {}), ...(state.exchanges ? { exchanges: state.exchanges } : {}) };
  if (misses >= MAX_CODE_MISSES)
    return { state: kept, effects: [{ do: 'say', line: { say: 'signIn.tooManyCodes', action: waiting.click.kind } }], taken: true };
  return {
    state: { ...kept, waiting: { ...waiting, misses } },
    effects: [{ do: 'say', line: { say: 'signIn.codeRejected', with: { left: MAX_CODE_MISSES - misses } } }],
    taken: true,
  };
}

/** The click as kept: within its byte bound (the inputs go first; the step, kind and card stay). */
function fitting(click: ActionClick): ActionClick {
  if (new TextEncoder().encode(JSON.stringify(click)).length <= WAITING_MAX_BYTES) return click;
  return { ...click, inputs: {} };
}

/**
 * A per-user map of the conversation with this user's entry set (or removed), the entries older
 * than `maxAge` dropped, and only the `kept` latest (by `at`) kept.
 */
export function withUserEntry<T>(
  map: Record<string, T> | undefined,
  userId: string,
  entry: T | undefined,
  at: (t: T) => number,
  now: number,
  kept: number,
  maxAge = Infinity,
): Record<string, T> {
  const next = Object.fromEntries(Object.entries(map ?? {}).filter(([id, t]) => id !== userId && now - at(t) <= maxAge));
  if (entry !== undefined) next[userId] = entry;
  const users = Object.keys(next).sort((a, b) => at(next[a]!) - at(next[b]!));
  for (const old of users.slice(0, Math.max(0, users.length - kept))) delete next[old];
  return next;
}
