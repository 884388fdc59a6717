// Whose case a card shows, and what everyone else sees of it. In a group chat or channel a case
// belongs to the person who started it (its asker): only the asker's clicks and typed messages
// change it; anyone else who clicks one of its cards, writes to the bot, or asks for a card again,
// gets a read-only view (who is checking, what is answered so far, the verdict once reached) with
// a way to a case of their own. Pure: the host says who acted and whether the card is the live one.
import { isComplete } from '../../domain/questions';
import { decide } from '../../domain/rules';
import type { AdvisorState, FlowContext, FlowInput, FlowResult, FlowUser, Reply } from './flowTypes';

/**
 * Whether `user` may change the case: always outside shared chats, where no case is open (the
 * install greeting's buttons are everyone's) and where the case has no recorded asker. Someone
 * the channel did not name is nobody's asker, so they change no one's case.
 */
export function mayChange(state: AdvisorState | undefined, user: FlowUser | undefined, ctx: Pick<FlowContext, 'shared'>): boolean {
  if (!ctx.shared || !state?.asker || state.phase === 'idle') return true;
  return user !== undefined && state.asker.id === user.id;
}

/**
 * Someone else's act on a case in a shared chat (a click, or a typed message or command): the
 * read-only view and the case as it was. Undefined when the act is theirs to make.
 */
export function readOnlyTurn(state: AdvisorState | undefined, input: FlowInput, ctx: FlowContext, user: FlowUser | undefined): FlowResult | undefined {
  if (!state || (input.kind === 'start' && input.greetOnly) || mayChange(state, user, ctx)) return undefined;
  return { state, replies: [caseViewOf(state, ctx, input.kind === 'text')] };
}

/** The read-only view of a case, for anyone but its asker; `typed` when they wrote rather than clicked. */
export function caseViewOf(state: AdvisorState, ctx: Pick<FlowContext, 'edition'>, typed = false): Extract<Reply, { kind: 'caseView' }> {
  const reply: Extract<Reply, { kind: 'caseView' }> = { kind: 'caseView', answers: state.answers };
  if (typed) reply.typed = true;
  if (state.asker?.name) reply.askerName = state.asker.name;
  if (state.phase === 'result' && isComplete(state.answers)) reply.outcome = decide(state.answers, ctx.edition);
  return reply;
}

/**
 * The result with the asker recorded: whoever starts a case (a new consultation id) owns it, and
 * a case from before askers were recorded gets the first person who acts on it.
 */
export function withAsker(before: AdvisorState | undefined, result: FlowResult, user: FlowUser | undefined): FlowResult {
  if (!user) return result;
  const state = result.state;
  const newCase = before === undefined || before.consultation !== state.consultation;
  if (!newCase && state.asker) return result;
  const asker: FlowUser = user.name ? { id: user.id, name: user.name } : { id: user.id };
  return { ...result, state: { ...state, asker } };
}
