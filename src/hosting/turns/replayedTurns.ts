// A card action whose activity already took effect (Teams sends an invoke again when its answer
// was slow or lost): the turn runner (reliableTurns.ts) marks it, and the bot answers it from
// the state as it stands, changing nothing and sending nothing, so the retry gets the card the
// first answer carried rather than an empty answer.
import { TurnContext } from 'botbuilder';
import { turnStateOf } from '../context/turnState';

export function markReplayed(context: TurnContext): void {
  turnStateOf(context).replayed = true;
}

export function isReplayed(context: TurnContext): boolean {
  return turnStateOf(context).replayed === true;
}
