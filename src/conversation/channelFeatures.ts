// What a channel can do with the cards we send. Channels not listed get the plain behaviour.
import { AdaptiveCard } from './cards';
import { CardKind } from './viewModels';

/** Channels where the bot may replace a message it sent (the answered question card). */
export function canUpdateMessages(channelId: string | undefined): boolean {
  return channelId === 'msteams';
}

/**
 * Channels that get exactly the same messages share a form: messages are kept per form
 * (replyCardCache.keptReply), so everything below that depends on the channel must depend on it only
 * through this.
 */
export type ChannelForm = 'msteams' | 'standard';

export function channelForm(channelId: string | undefined): ChannelForm {
  return channelId === 'msteams' ? 'msteams' : 'standard';
}

/**
 * Host-specific card extensions. They are outside the Adaptive Card schema, so templates stay
 * schema-pure and the host that understands an extension gets it here.
 */
export function forChannel(kind: CardKind, card: AdaptiveCard, channelId: string | undefined): AdaptiveCard {
  if (channelForm(channelId) === 'msteams' && kind === 'result') return { ...card, msteams: { width: 'Full' } };
  return card;
}
