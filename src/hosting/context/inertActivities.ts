// Activities the advisor never acts on: the bot registers no handler for them, so their turn
// changes nothing and sends nothing, and the turn runner reads no state for them (a typing
// indicator on Blob state cost two reads). A type the bot starts handling must leave this list.
import { Activity } from 'botbuilder';

const INERT = new Set(['typing', 'messageReaction']);

export function isInert(activity: Partial<Activity>): boolean {
  return INERT.has(String(activity.type));
}
