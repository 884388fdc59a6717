// What the dialog host is given for a turn, and what it keeps in the conversation's dialog state.
import type { DialogState } from 'botbuilder-dialogs';
import { LocaleTag } from '../../domain/locales';
import { isRecord } from '../../domain/records';
import { AdaptiveCard } from '../../conversation/cards';
import { AdvisorState, FlowInput, FlowUser } from '../../conversation/flow';
import { VerdictMessage } from './verdictMessages';

export const ADVISOR_DIALOG_ID = 'advisor';

/** Per-turn facts the host works out before the dialog runs. */
export interface TurnSettings {
  locale: LocaleTag;
  /** Called when the user picks a language; the host persists it for the user. */
  setLocale(locale: LocaleTag): Promise<void>;
  input: FlowInput;
  /** A group chat or channel: the welcome was posted at install, so a first message skips it. */
  shared: boolean;
  /** Who acted, where cards are shown per viewer (Teams): a case is its asker's. */
  user?: FlowUser;
  /** Where a viewer can start a case of their own (the read-only view's link), if anywhere. */
  ownCaseUrl?: string;
  /** A card action answered in place (a Universal Actions invoke) instead of by a new message. */
  inPlace?: InPlaceAnswer;
}

/**
 * How a Universal Actions click is answered: the card for the clicked message goes back in the
 * invoke's answer (no edit request to the connector); any other reply of the turn is a new message.
 */
export interface InPlaceAnswer {
  /** Asked for again without a click (a refresh, or a retried click that already took effect): answered from state, changing nothing. */
  viewOnly: boolean;
  /** The message the card is in (the invoke's replyToId). */
  cardId?: string;
  answer(card: AdaptiveCard): void;
}

/** The advisor's part of the conversation's dialog state. */
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

/** The advisor's own store in a conversation's dialog state, if it has one. */
export function advisorStoreOf(state: DialogState | undefined): AdvisorStore | undefined {
  const stack = state && Array.isArray(state.dialogStack) ? state.dialogStack : [];
  const instance = stack.find((i) => i?.id === ADVISOR_DIALOG_ID);
  return instance && isRecord(instance.state) ? (instance.state as AdvisorStore) : undefined;
}
