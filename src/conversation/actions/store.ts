// What the Partner Center actions keep in a conversation's state: the cards' records, the clicks
// waiting for a sign-in, and what makes a click stale or already taken.
import { SignInState, WAITING_MS, WAITING_USERS, Waiting, withUserEntry } from './signInMachine';
import type { ShownVersion } from './cardVersions';
import { isRecord } from '../../domain/records';

export type { Waiting } from './signInMachine';

/** The conversation-state property of the actions. */
export const ACTIONS_PROPERTY = 'partnerActions';

export interface ActionsStore {
  /** Per card id, its record (conversation/actions/actionRecords.ts), read back through readRecord. */
  cards?: Record<string, unknown>;
  /** Per user id: the click that waits for their sign-in. */
  pending?: Record<string, Waiting>;
  /** Per user id: when their last sign-in here went through (a code typed again is answered "you're signed in"). */
  signedIn?: Record<string, number>;
  /** Teams' token exchanges already taken, per user and exchange id (Teams sends one per client of the user). */
  exchanges?: string[];
  /** Per card id, the version of its card last shown (conversation/actions/cardVersions.ts): a click on an older copy is stale. */
  shown?: Record<string, ShownVersion>;
}

/** One user's sign-in as the store keeps it (their waiting click, their last sign-in) with the conversation's exchanges. */
export function signInStateOf(store: ActionsStore, userId: string): SignInState {
  const waiting = store.pending?.[userId];
  const at = store.signedIn?.[userId];
  const exchanges = store.exchanges;
  return { ...(waiting && isRecord(waiting) ? { waiting } : {}), ...(typeof at === 'number' ? { signedInAt: at } : {}), ...(exchanges ? { exchanges } : {}) };
}

/** The store's sign-in entries with one user's state written back: the others' older than their bound, and the oldest beyond the few users kept, dropped. */
export function withSignInState(
  store: ActionsStore,
  userId: string,
  state: SignInState,
  now: number,
): Pick<ActionsStore, 'pending' | 'signedIn' | 'exchanges'> {
  return {
    pending: withUserEntry(store.pending, userId, state.waiting, (w) => w.at, now, WAITING_USERS, WAITING_MS),
    signedIn: withUserEntry(store.signedIn, userId, state.signedInAt, (t) => t, now, WAITING_USERS),
    ...(state.exchanges ? { exchanges: [...state.exchanges] } : store.exchanges ? { exchanges: store.exchanges } : {}),
  };
}
