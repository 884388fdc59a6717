// Work that must happen once for a turn that took effect, and only then (a reaction counted in
// telemetry): the turn runner (reliableTurns.ts) may run a turn again after a write conflict, and
// drops a turn that failed, so such work waits until the turn's state is saved and its replies
// delivered. Outside the turn runner nothing is run twice, and the work runs at once.
import { TurnContext } from 'botbuilder';
import { turnStateOf } from '../context/turnState';

export function afterSave(context: TurnContext, work: () => void): void {
  const pending = turnStateOf(context).afterSave;
  if (pending) pending.push(work);
  else work();
}

/** For the turn runner: an attempt of the turn begins, with nothing waiting. */
export function holdAfterSave(context: TurnContext): void {
  turnStateOf(context).afterSave = [];
}

/** For the turn runner: the turn took effect; what waited runs now. */
export function runAfterSave(context: TurnContext): void {
  const state = turnStateOf(context);
  const pending = state.afterSave;
  state.afterSave = undefined;
  for (const work of pending ?? []) work();
}

/**
 * Work that follows an effect the turn made outside its own state (a hand-over, written by the
 * open item's own conditional write): it must happen even when the turn's state write then loses a
 * race, since the attempt run next finds the effect made and does not ask for the work again. So it
 * is kept across the attempts and runs when the turn runner is done with the turn, however it ended.
 */
export function afterTurn(context: TurnContext, work: () => void): void {
  const pending = turnStateOf(context).afterTurn;
  if (pending) pending.push(work);
  else work();
}

/** For the turn runner: a turn begins (once, before its first attempt). */
export function holdAfterTurn(context: TurnContext): void {
  turnStateOf(context).afterTurn = [];
}

/** For the turn runner: done with the turn; what its attempts left runs now. */
export function runAfterTurn(context: TurnContext): void {
  const state = turnStateOf(context);
  const pending = state.afterTurn;
  state.afterTurn = undefined;
  for (const work of pending ?? []) work();
}
