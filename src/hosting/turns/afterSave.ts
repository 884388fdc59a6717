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
