// What the advisor keeps in a conversation's state, and how a saved state is read: the store is
// one plain property; conversations saved while the bot ran on botbuilder-dialogs hold it as the
// advisor's entry on a dialog stack instead, and are moved to the property on their next turn.
import { isRecord } from '../../domain/records';
import type { AdvisorState } from './flowTypes';
import type { VerdictMessage } from './verdictReactions';

/** The conversation-state property the advisor's store is kept under. */
export const ADVISOR_PROPERTY = 'advisor';
/** The property botbuilder-dialogs kept its stack under (`dialogState.dialogStack[]`): read once, then dropped. */
export const DIALOG_STATE_PROPERTY = 'dialogState';
/** The advisor's dialog id on that stack. */
const ADVISOR_DIALOG_ID = 'advisor';

/** The advisor's part of the conversation's state. */
export interface AdvisorStore {
  flow?: AdvisorState;
  /**
   * Id of the message holding the case's live card (Teams): the last case card posted, or the one
   * a click last updated in place. A typed answer turns it into a receipt; a refresh of any other
   * message shows that it belongs to an earlier case.
   */
  questionActivityId?: string;
  /** The rows of the latest verdict messages by id (Teams, Copilot), for feedback on them. */
  verdicts?: VerdictMessage[];
}

/** The two properties a saved conversation state may hold the store in, as read (anything at all). */
export interface SavedAdvisor {
  advisor?: unknown;
  dialogState?: unknown;
}

/** The store found in a saved state, and whether the old dialog-stack property is there (it goes with the turn's write). */
export interface FoundStore {
  store?: AdvisorStore;
  /** The store came from the old shape: it is to be kept under the property from now on. */
  moved: boolean;
  dropOld: boolean;
}

/**
 * The advisor's store in a saved conversation state. The property wins where both are there; a
 * property that is no record, or an old stack without a usable advisor entry, is no store (the
 * conversation starts afresh, as the dialog host did with a stack entry that had lost its state).
 */
export function foundStore(saved: SavedAdvisor): FoundStore {
  const dropOld = saved.dialogState !== undefined;
  if (saved.advisor !== undefined) return isRecord(saved.advisor) ? { store: saved.advisor as AdvisorStore, moved: false, dropOld } : { moved: false, dropOld };
  const store = storeOnDialogStack(saved.dialogState);
  return store ? { store, moved: true, dropOld } : { moved: false, dropOld };
}

/** The advisor's entry state on a saved botbuilder-dialogs stack, if it has a usable one. */
function storeOnDialogStack(dialogState: unknown): AdvisorStore | undefined {
  const stack: unknown = isRecord(dialogState) ? dialogState.dialogStack : undefined;
  if (!Array.isArray(stack)) return undefined;
  const entry: unknown = (stack as unknown[]).find((e) => isRecord(e) && e.id === ADVISOR_DIALOG_ID);
  return isRecord(entry) && isRecord(entry.state) ? (entry.state as AdvisorStore) : undefined;
}
