// Microsoft 365 Copilot as the bot sees it: a conversation on Teams' channel (msteams) whose
// activities carry a ProductInfo entity with the id COPILOT. The conversation layer knows it as
// its own channel (channelFeatures.COPILOT); its buttons are Universal Actions (Action.Execute,
// see conversation/copilotCards.ts), which arrive here as `adaptiveCard/action` invokes.
import { Activity } from 'botbuilder';
import { CARD_ACTION_INVOKE, messageResponse } from '../../conversation/cardActions';
import { COPILOT_VERB } from '../../conversation/copilotCards';
import { FlowInput } from '../../conversation/flow';
import { Catalog } from '../../domain/textCatalog';
import { isRecord } from '../../domain/records';

export { isCopilot, surfaceOf } from '../replies/surface';

/**
 * A click on a Copilot card: an `adaptiveCard/action` invoke whose verb is the Copilot cards' own
 * (so a Teams card's Universal Action never comes this way).
 */
export function isCopilotClick(activity: Partial<Activity>): boolean {
  if (activity.type !== 'invoke' || activity.name !== CARD_ACTION_INVOKE || !isRecord(activity.value)) return false;
  const action = activity.value.action;
  return isRecord(action) && action.verb === COPILOT_VERB;
}

/** What the click asks of the flow: Action.Execute sends the button's data with the card's inputs. */
export function copilotClickInput(activity: Partial<Activity>): FlowInput {
  const action = isRecord(activity.value) ? activity.value.action : undefined;
  return { kind: 'submit', data: isRecord(action) ? action.data : undefined };
}

/**
 * The answer to the click. Copilot shows every message as sent and puts a card refreshed by an
 * invoke back as it was when the chat is opened again, so the card is left alone: the flow's
 * reply comes as a new message, and the invoke is answered with one short line.
 */
export function copilotClickAnswer(c: Catalog): { statusCode: number; type: string; value: string } {
  return messageResponse(c.copilot.actionTaken);
}
