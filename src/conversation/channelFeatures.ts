// What a channel can do with the cards we send. Channels not listed get the plain behaviour.
import { AdaptiveCard } from './cards';
import { CardKind } from './viewModels';
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

/** Channels where the bot may replace a message it sent (the answered question card). */
export function canUpdateMessages(channelId: string | undefined): boolean {
  return channelId === 'msteams';
}

/**
 * Channels that get exactly the same messages share a form: messages are kept per form
 * (replyCardCache.keptReply), so everything below that depends on the channel must depend on it only
 * through this.
 */
export type ChannelForm = 'msteams' | 'copilot' | 'standard';

export function channelForm(channelId: string | undefined): ChannelForm {
  return channelId === 'msteams' ? 'msteams' : channelId === COPILOT ? 'copilot' : 'standard';
}

/** Channels whose every reply carries its whole content as text too (cards may not be shown). */
export function needsStandaloneText(channelId: string | undefined): boolean {
  return channelId === COPILOT;
}

/** Channels that show `[n]` markers in a message's text as citations of its sources. */
export function showsCitations(channelId: string | undefined): boolean {
  return channelId === 'msteams' || channelId === COPILOT;
}

/** Channels that offer thumbs up and down (and a comment) on a message that asks for them. */
export function hasFeedbackLoop(channelId: string | undefined): boolean {
  return channelId === 'msteams' || channelId === COPILOT;
}

/**
 * Host-specific card extensions. They are outside the Adaptive Card schema, so templates stay
 * schema-pure and the host that understands an extension gets it here.
 */
export function forChannel(kind: CardKind, card: AdaptiveCard, channelId: string | undefined): AdaptiveCard {
  if (channelForm(channelId) === 'msteams' && kind === 'result') return { ...card, msteams: { width: 'Full' } };
  if (channelForm(channelId) === 'copilot') return forCopilot(card);
  return card;
}
