// What a channel can do with the cards we send, in one place: every difference between channels
// in what the user is shown is read from a channel's features here. Channels not listed get the
// plain behaviour. A further kind of host (Microsoft 365 Copilot, say) is one more entry.
import { AdaptiveCard, cardActions, mapCardActions } from './cards';
import { keepJsonWithMember } from '../../domain/keptJson';
import { CardKind } from '../advisor/viewModels';
import { forCopilot } from './copilotCards';

/**
 * Microsoft 365 Copilot. Its conversations come on Teams' channel (msteams) and differ only by a
 * ProductInfo entity, which the host reads; it passes this in place of the channel id.
 * What Copilot cannot do that Teams can: update a message it already shows (no receipts: every
 * answer is a new message), run Action.Submit (buttons are Action.Execute), show an ActionSet
 * nested in a Container, and be relied on to show a card at all (its mobile app may not), so
 * every reply's text stands on its own: the question with numbered options to type, the verdict
 * with its steps in plain text.
 */
export const COPILOT = 'copilot';

/**
 * Channels that get exactly the same messages share a form: messages are kept per form
 * (replyCardCache.cachedReply), so everything below that depends on the channel must depend on it only
 * through this.
 */
export type ChannelKind = 'msteams' | 'copilot' | 'standard';

export interface ChannelFeatures {
  /**
   * How a card's buttons reach the bot. `execute`: Universal Actions (Action.Execute, a click is
   * an adaptiveCard/action invoke answered with the updated card); `submit`: Action.Submit, a
   * click is a message (Web Chat renders nothing else).
   */
  cardActions: 'execute' | 'submit';
  /** The bot may replace a message it sent (a question card answered by typing becomes a receipt). */
  updatesMessages: boolean;
  /** Cards carry `refresh` for the asker, so each viewer gets their own view (Teams' user-specific views). */
  userSpecificViews: boolean;
  /** The result card spans the conversation's width (a host extension outside the schema). */
  fullWidthResult: boolean;
  /** Every reply carries its whole content as text too (cards may not be shown). */
  standaloneText: boolean;
  /** `[n]` markers in a message's text show as citations of its sources. */
  citations: boolean;
  /** Thumbs up and down (and a comment) on a message that asks for them. */
  feedbackLoop: boolean;
  /** The host signs the user in by itself (Teams' single sign-on); elsewhere a sign-in page ends with a code to type. */
  singleSignOn: boolean;
}

const FEATURES: Record<ChannelKind, ChannelFeatures> = {
  msteams: {
    cardActions: 'execute',
    updatesMessages: true,
    userSpecificViews: true,
    fullWidthResult: true,
    standaloneText: false,
    citations: true,
    feedbackLoop: true,
    singleSignOn: true,
  },
  // Copilot runs Action.Execute (with a verb of its own: forCopilot) but shows no updated message
  // once the chat is reopened, so nothing is updated there and there is no per-user view.
  copilot: {
    cardActions: 'execute',
    updatesMessages: false,
    userSpecificViews: false,
    fullWidthResult: false,
    standaloneText: true,
    citations: true,
    feedbackLoop: true,
    singleSignOn: true,
  },
  standard: {
    cardActions: 'submit',
    updatesMessages: false,
    userSpecificViews: false,
    fullWidthResult: false,
    standaloneText: false,
    citations: false,
    feedbackLoop: false,
    singleSignOn: false,
  },
};

export function channelKindOf(channelId: string | undefined): ChannelKind {
  return channelId === 'msteams' ? 'msteams' : channelId === COPILOT ? 'copilot' : 'standard';
}

/** Channels whose every reply carries its whole content as text too (cards may not be shown). */
export function needsStandaloneText(channelId: string | undefined): boolean {
  return featuresOf(channelId).standaloneText;
}

/** Channels that show `[n]` markers in a message's text as citations of its sources. */
export function showsCitations(channelId: string | undefined): boolean {
  return featuresOf(channelId).citations;
}

/** Channels that offer thumbs up and down (and a comment) on a message that asks for them. */
export function hasFeedbackLoop(channelId: string | undefined): boolean {
  return featuresOf(channelId).feedbackLoop;
}

export function featuresOf(channelId: string | undefined): ChannelFeatures {
  return FEATURES[channelKindOf(channelId)];
}

/** Channels where the bot may replace a message it sent (the answered question card). */
export function canUpdateMessages(channelId: string | undefined): boolean {
  return featuresOf(channelId).updatesMessages;
}

/** The verb of the refresh action: Teams sends it (trigger `automatic`) whenever the asker's client shows the card. */
export const REFRESH_VERB = 'refresh';

/** Actions whose data carries the case's step token belong to the case: a card with one is a case card. */
function isCaseCard(card: AdaptiveCard): boolean {
  return (cardActions(card) as { data?: { token?: unknown } }[]).some((a) => typeof a.data?.token === 'string');
}

interface SubmitLike {
  type: string;
  data?: { action?: unknown };
  [key: string]: unknown;
}

/**
 * The same button as Universal Actions have it: Action.Execute with the same data (the flow reads
 * a click the same way whichever way it came) and the data's `action` as its verb.
 */
function asExecute(action: SubmitLike): SubmitLike {
  if (action.type !== 'Action.Submit') return action;
  const verb = typeof action.data?.action === 'string' ? action.data.action : 'submit';
  return { ...action, type: 'Action.Execute', verb };
}

/**
 * The card as the channel takes it: the templates are written once, with Action.Submit (the
 * schema-pure form every host renders); hosts with Universal Actions get Action.Execute, and host
 * extensions outside the Adaptive Card schema only go to the host that understands them. Runs once
 * per kept reply (replyCardCache), not per turn.
 */
export function forChannel(kind: CardKind, card: AdaptiveCard, channelId: string | undefined): AdaptiveCard {
  // Copilot's buttons carry a verb of their own, and its cards have no nested ActionSet.
  if (channelKindOf(channelId) === 'copilot') return forCopilot(card);
  const features = featuresOf(channelId);
  let shaped = card;
  // Every button: the card's own actions and those of the rows (ActionSets) in its body.
  if (features.cardActions === 'execute') shaped = mapCardActions(shaped, (a) => asExecute(a as SubmitLike));
  if (features.fullWidthResult && kind === 'result') shaped = { ...shaped, msteams: { width: 'Full' } };
  return shaped;
}

/**
 * A case card as one viewer's view: `refresh` names the asker, so only the asker's client asks for
 * the card again whenever it shows it (and gets the case as it stands); everyone else keeps the
 * card as sent, and a click of theirs is answered with the read-only view. Other cards, and
 * channels without user-specific views, are returned as they are.
 */
export function withRefresh(card: AdaptiveCard, channelId: string | undefined, askerId: string | undefined): AdaptiveCard {
  if (!askerId || !featuresOf(channelId).userSpecificViews || !isCaseCard(card)) return card;
  const refresh = { action: { type: 'Action.Execute', verb: REFRESH_VERB, data: { action: REFRESH_VERB } }, userIds: [askerId] };
  // A card with kept JSON (a cached one) keeps it, with the refresh.
  return keepJsonWithMember({ ...card, refresh }, card, 'refresh', refresh);
}
