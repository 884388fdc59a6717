// What the Partner Center actions keep in a conversation's state: the cards' records, the clicks
// waiting for a sign-in, and what makes a click stale or already taken.
import type { Waiting } from './signInMachine';
import type { ShownVersion } from './cardVersions';

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
