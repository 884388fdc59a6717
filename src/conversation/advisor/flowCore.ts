// The core moves of the advisor's flow (flow.ts): a fresh case, a step of its state, moving on
// after the answers changed, and the card that shows where the conversation stands.
import { Answers, QuestionId, consistentAnswers } from '../../domain/questions';
import { questionToAsk, settledOutcome } from '../../domain/rules';
import { actionsOf, contentOf } from './flowContext';
import { progressOf } from './progress';
import type { AdvisorState, FlowContext, Notice, Reply, Retry } from './flowTypes';

export function tokenOf(state: AdvisorState): string {
  return `${state.consultation}.${state.seq}`;
}

export function freshCase(ctx: FlowContext): AdvisorState {
  const answers = consistentAnswers(ctx.preset);
  return { phase: 'asking', answers, history: [], pending: questionToAsk(answers, ctx.edition), consultation: ctx.newConsultationId(), seq: 1 };
}

export function bump(state: AdvisorState, change: Partial<AdvisorState>): AdvisorState {
  const next: AdvisorState = { ...state, ...change, seq: state.seq + 1 };
  if (change.misses === undefined) delete next.misses;
  if (change.guess === undefined) delete next.guess;
  return next;
}

/** Moves on after the answers changed: the next open question, or the result. */
export function advance(state: AdvisorState, answers: Answers, history: QuestionId[], ctx: FlowContext): AdvisorState {
  const kept = history.filter((q) => answers[q] !== undefined);
  const pending = questionToAsk(answers, ctx.edition);
  return pending === undefined
    ? bump(state, { phase: 'result', answers, history: kept, pending: undefined })
    : bump(state, { phase: 'asking', answers, history: kept, pending });
}

/** The card that shows where the conversation stands now. */
export function currentView(state: AdvisorState, ctx: FlowContext, notice?: Notice, understood?: Answers, retry?: Retry): Reply {
  const token = tokenOf(state);
  switch (state.phase) {
    case 'asking': {
      const question = state.pending ?? questionToAsk(state.answers, ctx.edition) ?? 'cloud';
      const { position, total } = progressOf(state.answers, question, ctx.preset);
      // Built field by field: this runs on most turns, and spreading optional parts costs more.
      const reply: Extract<Reply, { kind: 'question' }> = {
        kind: 'question',
        question,
        token,
        position,
        total,
        canGoBack: state.history.length > 0,
        answers: state.answers,
      };
      if (notice) reply.notice = notice;
      if (notice === 'understood' && understood) reply.understood = understood;
      if (notice === 'retry' && retry) reply.retry = retry;
      const selected = state.answers[question];
      if (selected !== undefined) reply.selected = selected;
      return reply;
    }
    case 'changing':
      return { kind: 'change', answers: state.answers, token };
    case 'result': {
      if (notice === 'stale') return { kind: 'resultStanding', token };
      const outcome = settledOutcome(state.answers, ctx.edition);
      return outcome
        ? { kind: 'result', outcome, answers: state.answers, token, ...contentOf(outcome, ctx), ...actionsOf(outcome, state.answers, ctx) }
        : { kind: 'closed', token };
    }
    case 'idle':
      return { kind: 'closed', token, ...(notice === 'stale' ? { notice } : {}) };
  }
}
