// Work held by the turn runner (reliableTurns.ts), which may run a turn again after a write
// conflict and drops a turn that failed. Outside the turn runner nothing is run twice, and the
// work runs at once.
// - `afterSave`: work that must happen once for a turn that took effect, and only then (a reaction
//   counted in telemetry): held per attempt, run once the turn's state is saved and its replies
//   delivered.
// - `afterTurn`: work that follows an effect the turn made outside its own state (a hand-over,
//   written by the open item's own conditional write). It must happen even when the turn's state
//   write then loses a race, since the attempt run next finds the effect made and does not ask for
//   the work again: held once for the turn, across its attempts, run when the runner is done with
//   the turn however it ended.
import { TurnContext } from 'botbuilder';
import { turnStateOf } from '../context/turnState';

type Held = 'afterSave' | 'afterTurn';

function hold(context: TurnContext, held: Held, work: () => void): void {
  const pending = turnStateOf(context)[held];
  if (pending) pending.push(work);
  else work();
}

function release(context: TurnContext, held: Held): void {
  const state = turnStateOf(context);
  const pending = state[held];
  state[held] = undefined;
  for (const work of pending ?? []) work();
}

export function afterSave(context: TurnContext, work: () => void): void {
  hold(context, 'afterSave', work);
}

export function afterTurn(context: TurnContext, work: () => void): void {
  hold(context, 'afterTurn', work);
}

/** For the turn runner: an attempt of the turn begins, with nothing waiting for its save. */
export function holdAfterSave(context: TurnContext): void {
  turnStateOf(context).afterSave = [];
}

/** For the turn runner: the turn took effect; what waited for the save runs now. */
export function runAfterSave(context: TurnContext): void {
  release(context, 'afterSave');
}

/** For the turn runner: a turn begins (once, before its first attempt). */
export function holdAfterTurn(context: TurnContext): void {
  turnStateOf(context).afterTurn = [];
}

/** For the turn runner: done with the turn; what its attempts left runs now. */
export function runAfterTurn(context: TurnContext): void {
  release(context, 'afterTurn');
}
