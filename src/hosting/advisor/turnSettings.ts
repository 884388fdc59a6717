// What the advisor's host is given for a turn.
import { LocaleTag } from '../../domain/locales';
import { AdaptiveCard } from '../../conversation/cards/cards';
import { FlowInput, FlowUser } from '../../conversation/advisor/flow';

/** Per-turn facts the bot works out before the advisor runs. */
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
