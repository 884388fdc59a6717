// Which surface a turn's replies are shaped for. Microsoft 365 Copilot comes on Teams' channel
// (msteams) with a ProductInfo entity whose id is COPILOT; the conversation layer knows it as a
// channel of its own (channelFeatures.COPILOT), because it renders replies differently.
import { Activity } from 'botbuilder';
import { COPILOT } from '../../conversation/channelFeatures';
import { isRecord } from '../../domain/records';

export function isCopilot(activity: Partial<Activity>): boolean {
  if (activity.channelId !== 'msteams' || !Array.isArray(activity.entities)) return false;
  return activity.entities.some((e: unknown) => isRecord(e) && e.type === 'ProductInfo' && e.id === 'COPILOT');
}

/** The channel as the conversation layer knows it: Copilot apart from the rest of Teams. */
export function surfaceOf(activity: Partial<Activity>): string | undefined {
  return isCopilot(activity) ? COPILOT : activity.channelId;
}
