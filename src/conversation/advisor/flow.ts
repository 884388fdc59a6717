// The advisor's conversation as a pure state machine: (state, what the user did) → (new state,
// what to show). It knows nothing of botbuilder, so it is tested directly and the dialog that
// hosts it stays a thin adapter.
import { Answers, QUESTION_IDS, QuestionId, isApplicable, isQuestionId, isValidOption, withAnswer, withoutAnswer } from '../../domain/questions';
import { questionToAsk, settledOutcome } from '../../domain/rules';
import { isLocaleTag } from '../../domain/locales';
import { AnswerReading, COMMAND_IDS, CommandId, Mismatch, Reading, Screen, Unclear, namingGuess, namingSaid, readMessage } from '../../domain/reading';
import { isRecord } from '../../domain/records';
import { caseViewOf, mayChange, readOnlyTurn, withAsker } from './caseViews';
import { contentOf } from './flowContext';
import { PreviousResult, previousOf, readAfterResult } from './resultQuestions';

export type { AdvisorState, FlowContext, FlowInput, FlowResult, FlowUser, Notice, Phase, Reply, Retry } from './flowTypes';
import type { AdvisorState, FlowContext, FlowInput, FlowResult, FlowUser, Notice, Reply } from './flowTypes';
import { advance, bump, currentView, freshCase, tokenOf } from './flowCore';

export { currentView, tokenOf } from './flowCore';

function runCommand(command: CommandId, state: AdvisorState | undefined, ctx: FlowContext): FlowResult {
  switch (command) {
    case 'restart': {
      const next = freshCase(ctx);
      return { state: next, replies: [currentView(next, ctx, 'restarted')] };
    }
    case 'help': {
      // Mid-case the question follows the help, to go on with; a result stays where it is above.
      const help: Reply = ctx.partnerActions ? { kind: 'help', myCases: true } : { kind: 'help' };
      if (state && (state.phase === 'result' || state.phase === 'idle')) return { state, replies: [help] };
      if (state) return { state, replies: [help, currentView(state, ctx)] };
      const started = begin(ctx, false);
      return { ...started, replies: [help, ...started.replies] };
    }
    case 'language':
      return { state: state ?? freshCase(ctx), replies: [{ kind: 'language', current: ctx.locale }] };
    case 'cancel': {
      const base = state ?? freshCase(ctx);
      const next = bump(base, { phase: 'idle', answers: {}, history: [], pending: undefined });
      delete next.previous;
      return { state: next, replies: [{ kind: 'closed', token: tokenOf(next), notice: 'cancelled' }] };
    }
    case 'back': {
      if (!state || state.phase === 'idle') return begin(ctx, false);
      // Back past what the message that started this case gave it: to the result it replaced.
      const previous = previousOf(state.previous);
      if (previous && state.history.length <= previous.seeded) return toPrevious(state, previous, ctx);
      const last = state.history[state.history.length - 1];
      if (last === undefined) return { state, replies: [currentView(state, ctx, 'noPrevious')] };
      const answers = withoutAnswer(state.answers, last);
      const history = state.history.slice(0, -1).filter((q) => answers[q] !== undefined);
      const next = bump(state, { phase: 'asking', answers, history, pending: last });
      return { state: next, replies: [currentView(next, ctx)] };
    }
    case 'change': {
      if (!state || state.phase === 'idle') return begin(ctx, false);
      // Nothing answered yet: a card with no choices would be a dead end, so the question stays, saying why.
      if (changeable(state, ctx).length === 0) return { state, replies: [currentView(state, ctx, 'nothingToChange')] };
      const next = bump(state, { phase: 'changing' });
      return { state: next, replies: [currentView(next, ctx)] };
    }
    case 'summary': {
      if (!state) return begin(ctx, false);
      const outcome = state.phase === 'result' ? settledOutcome(state.answers, ctx.edition) : undefined;
      if (!outcome) return { state, replies: [currentView(state, ctx)] };
      return { state, replies: [{ kind: 'summaryText', outcome, answers: state.answers, ...contentOf(outcome, ctx) }] };
    }
  }
}

/** A new case; the welcome card only on the very first contact. */
function begin(ctx: FlowContext, welcome: boolean): FlowResult {
  const state = freshCase(ctx);
  return { state, replies: [...(welcome ? [{ kind: 'welcome' } as const] : []), currentView(state, ctx)] };
}

/**
 * A new case seeded with what a message states ("customer bought Azure through EA"). When the
 * message states everything, the result comes at once; an agent on a call needs no welcome.
 */
function beginFromReading(reading: Extract<Reading, { kind: 'newCase' }>, ctx: FlowContext, welcome: boolean): FlowResult {
  if (Object.keys(reading.stated).length === 0 && reading.conflicts.length === 0) return begin(ctx, welcome);
  return applyStated(freshCase(ctx), reading.stated, reading, ctx, undefined);
}

/**
 * Takes answers from a message: those for open questions (and for `override`, the question on
 * screen), in question order so that a channel is checked against the cloud stated with it.
 * A question the message contradicts itself on is asked next, with a request to clarify.
 */
function applyStated(state: AdvisorState, stated: Answers, asked: Unclear, ctx: FlowContext, override: QuestionId | undefined): FlowResult {
  let answers = state.answers;
  const taken: Answers = {};
  for (const q of QUESTION_IDS) {
    const option = stated[q];
    if (option === undefined || (answers[q] !== undefined && q !== override)) continue;
    const next = withAnswer(answers, q, option);
    if (next[q] === option) {
      answers = next;
      (taken as Record<QuestionId, string>)[q] = option;
    }
  }
  const history = [...state.history.filter((q) => taken[q] === undefined), ...QUESTION_IDS.filter((q) => taken[q] !== undefined)];
  let next = advance(state, answers, history, ctx);
  const unclear = asked.conflicts.find((q) => answers[q] === undefined && isApplicable(q, answers));
  // One value said under a doubt ("probably EA") is asked next, naming it, with a yes to confirm.
  const guessed = unclear ? undefined : doubtedIn(asked, answers);
  const ask = unclear ?? guessed;
  if (ask && next.phase === 'asking') next = { ...next, pending: ask, ...(guessed ? { guess: asked.hedged![guessed]! } : {}) };
  const answered = override !== undefined && taken[override] !== undefined ? { question: override, option: taken[override]! } : undefined;
  const notice: Notice | undefined = unclear ? 'clarify' : guessed ? 'confirm' : Object.keys(taken).length > (answered ? 1 : 0) ? 'understood' : undefined;
  const reply = namingGuess(namingSaid(currentView(next, ctx, notice, taken), unclear, asked.said), guessed, asked.hedged);
  return { state: next, replies: [reply], ...(answered ? { answered } : {}) };
}

/** The first question a message answered only under a doubt that is still open and takes that option. */
function doubtedIn(asked: Unclear, answers: Answers): QuestionId | undefined {
  return QUESTION_IDS.find((q) => {
    const option = asked.hedged?.[q];
    return option !== undefined && answers[q] === undefined && isApplicable(q, answers) && isValidOption(q, option, answers);
  });
}

function answer(state: AdvisorState, question: QuestionId, option: string, ctx: FlowContext): FlowResult {
  const answers = withAnswer(state.answers, question, option);
  const history = [...state.history.filter((q) => q !== question), question];
  const next = advance(state, answers, history, ctx);
  return { state: next, replies: [], answered: { question, option } };
}

function withView(result: FlowResult, ctx: FlowContext): FlowResult {
  return { ...result, replies: [...result.replies, currentView(result.state, ctx)] };
}

// ---- typed text ----

/** What a typed message is read against: what the user sees now. */
function screenOf(state: AdvisorState | undefined, ctx: FlowContext): Screen {
  if (!state || state.phase === 'idle' || state.phase === 'result') return { kind: 'newCase' };
  if (state.phase === 'changing') return { kind: 'change', options: changeable(state, ctx) };
  const question = state.pending ?? questionToAsk(state.answers, ctx.edition);
  if (!question) return { kind: 'none' };
  // A guess kept in the state is offered to a typed yes only while its question is on screen and it is still an option.
  const guess = state.guess !== undefined && question === state.pending && isValidOption(question, state.guess, state.answers) ? state.guess : undefined;
  return guess === undefined ? { kind: 'question', question, answers: state.answers } : { kind: 'question', question, answers: state.answers, guess };
}

/** A typed message is read once, here; everything after decides from that reading alone. */
function onText(state: AdvisorState | undefined, text: string, ctx: FlowContext): FlowResult {
  const reading = readMessage(text, screenOf(state, ctx), ctx);
  if (reading.kind === 'command') return runCommand(reading.command, state, ctx);
  // Someone who never wrote here: a case starts, seeded with what the message states (and the
  // welcome where the context shows it). Without a case the screen is `newCase`, so no other reading comes here.
  if (!state) return reading.kind === 'newCase' ? beginFromReading(reading, ctx, ctx.welcomeFirstMessage) : begin(ctx, ctx.welcomeFirstMessage);
  switch (reading.kind) {
    case 'newCase':
      return state.phase === 'result' ? afterResult(state, reading, text, ctx) : beginFromReading(reading, ctx, false);
    case 'change':
      return reading.question !== undefined ? startChange(state, reading.question, ctx) : { state, replies: [currentView(state, ctx)] };
    case 'none':
      return withView({ state: advance(state, state.answers, state.history, ctx), replies: [] }, ctx);
    case 'greeting':
      // "Hi" before anything is answered (the welcome and first question just shown): a hello that
      // points at them, without the question again. Mid-case: a hello and the same question.
      if (state.phase === 'asking' && changeable(state, ctx).length === 0) return { state, replies: [{ kind: 'hello' }] };
      return { state, replies: [currentView(state, ctx, 'greeting')] };
    case 'answer':
      return unlessMissed(state, reading.question, reading.mismatches, ctx, onAnswer(state, reading, ctx));
  }
}

/**
 * Text after a result: a question about it is answered from it, and the result stays; a message
 * stating other answers starts the next case, saying so, with a way back (`previous`).
 */
function afterResult(state: AdvisorState, reading: Extract<Reading, { kind: 'newCase' }>, text: string, ctx: FlowContext): FlowResult {
  const outcome = settledOutcome(state.answers, ctx.edition);
  const after = outcome ? readAfterResult(text, reading, state.answers, outcome, [ctx.catalog, ...ctx.fallbackCatalogs], ctx.locale) : undefined;
  if (after?.kind === 'other') return { state, replies: [{ kind: 'resultKept' }] };
  if (after?.kind === 'about')
    return {
      state,
      replies: [
        {
          kind: 'aboutResult',
          outcome: outcome!,
          topics: after.topics,
          parts: after.parts,
          ...(after.link ? { link: after.link } : {}),
          ...contentOf(outcome!, ctx),
        },
      ],
    };
  const started = beginFromReading(reading, ctx, false);
  const next: AdvisorState = { ...started.state, previous: { answers: state.answers, history: state.history, seeded: started.state.history.length } };
  return { ...started, state: next, replies: [{ kind: 'newCaseStarted', token: tokenOf(next) }, ...started.replies] };
}

function toPrevious(state: AdvisorState, previous: PreviousResult, ctx: FlowContext): FlowResult {
  const next = bump(state, { phase: 'result', answers: previous.answers, history: previous.history, pending: undefined });
  delete next.previous;
  return { state: next, replies: [currentView(next, ctx)] };
}

function onAnswer(state: AdvisorState, reading: AnswerReading, ctx: FlowContext): FlowResult {
  const { question, pick, stated, conflicts } = reading;
  const others = QUESTION_IDS.filter((q) => q !== question && stated[q] !== undefined && state.answers[q] === undefined);
  const doubted = doubtedIn(reading, state.answers) !== undefined;
  if (others.length === 0 && conflicts.length === 0 && !doubted) {
    if (pick.kind === 'picked') return withView(answer(state, question, pick.option, ctx), ctx);
    return { state, replies: [currentView(state, ctx, pick.kind === 'ambiguous' ? 'ambiguous' : 'notUnderstood')] };
  }
  const withPick: Answers = pick.kind === 'picked' ? { ...stated, [question]: pick.option } : stated;
  return applyStated(state, withPick, reading, ctx, question);
}

/** Misses are counted up to here (the count is shown, so each re-prompt up to it differs from the last). */
const MAX_MISSES = 99;

/**
 * A typed answer that left the question on screen open and the answers as they were is a miss.
 * The first keeps its plain notice unless the message said something that does not fit here;
 * from then on the re-prompt says what did not fit, how many answers in a row did not, and the
 * numbered options, so the same card never comes back identical.
 */
function unlessMissed(state: AdvisorState, question: QuestionId, mismatches: Mismatch[], ctx: FlowContext, result: FlowResult): FlowResult {
  const after = result.state;
  const missed = after.phase === 'asking' && after.pending === question && QUESTION_IDS.every((q) => after.answers[q] === state.answers[q]);
  if (!missed) return result;
  const before = typeof state.misses === 'number' && Number.isInteger(state.misses) && state.misses > 0 ? state.misses : 0;
  const count = Math.min(before + 1, MAX_MISSES);
  const next: AdvisorState = { ...after, misses: count };
  const plain = result.replies.length === 1 && result.replies[0]!.kind === 'question' ? result.replies[0]!.notice : undefined;
  if (count === 1 && (mismatches.length === 0 || (plain !== undefined && plain !== 'notUnderstood'))) return { ...result, state: next };
  return { state: next, replies: [currentView(next, ctx, 'retry', undefined, { count, mismatches })] };
}

/** The answers a user may change: those given, but not the deployment's preset ones. */
function changeable(state: AdvisorState, ctx: FlowContext): QuestionId[] {
  return QUESTION_IDS.filter((q) => state.answers[q] !== undefined && ctx.preset[q] === undefined);
}

function startChange(state: AdvisorState, question: QuestionId, ctx: FlowContext): FlowResult {
  if (state.answers[question] === undefined || ctx.preset[question] !== undefined) return { state, replies: [currentView(state, ctx)] };
  const next = bump(state, { phase: 'asking', pending: question });
  return { state: next, replies: [currentView(next, ctx)] };
}

// ---- card submits (untrusted: any shape may arrive) ----

const MAX_FIELD = 64;

function field(data: object, name: string): string | undefined {
  if (!Object.prototype.hasOwnProperty.call(data, name)) return undefined;
  const value: unknown = (data as Record<string, unknown>)[name];
  return typeof value === 'string' && value.length <= MAX_FIELD ? value : undefined;
}

function onSubmit(state: AdvisorState | undefined, data: unknown, ctx: FlowContext): FlowResult {
  if (!isRecord(data)) {
    return state ? { state, replies: [currentView(state, ctx, 'stale')] } : begin(ctx, true);
  }
  const action = field(data, 'action');
  const command = field(data, 'command');

  // Reading and choosing a language change nothing in the case, so they work from any card.
  if (action === 'command' && (command === 'help' || command === 'language')) return runCommand(command, state, ctx);
  if (action === 'setLanguage') {
    const locale = field(data, 'locale');
    if (!isLocaleTag(locale)) return state ? { state, replies: [currentView(state, ctx)] } : begin(ctx, false);
    const current = state ?? freshCase(ctx);
    return { state: current, locale, replies: [{ kind: 'languageChanged' }, currentView(current, ctx)] };
  }

  if (!state || field(data, 'token') !== tokenOf(state)) {
    return state ? { state, replies: [currentView(state, ctx, 'stale')] } : begin(ctx, true);
  }

  if (action === 'command' && isCommand(command)) return runCommand(command, state, ctx);
  if (action === 'change') {
    const question = field(data, 'changeQuestion');
    if (state.phase === 'changing' && isQuestionId(question)) return startChange(state, question, ctx);
  }
  if (action === 'answer') {
    const question = field(data, 'question');
    // The choice set's value, or the option a confirming "yes" carries.
    const option = isQuestionId(question) ? (field(data, question) ?? field(data, 'option')) : undefined;
    if (state.phase === 'asking' && question === state.pending && isQuestionId(question)) {
      if (isValidOption(question, option, state.answers)) return withView(answer(state, question, option!, ctx), ctx);
      return { state, replies: [currentView(state, ctx, 'notUnderstood')] };
    }
  }
  return { state, replies: [currentView(state, ctx, 'stale')] };
}

function isCommand(value: string | undefined): value is CommandId {
  return value !== undefined && (COMMAND_IDS as readonly string[]).includes(value);
}

/**
 * One turn of the advisor. `state` is undefined when this user never talked to it here. `user`
 * (where the channel shows cards per viewer) is who acted: a case started now is theirs, and in a
 * shared chat a click or typed message (a command too) by anyone but the case's asker changes
 * nothing and gets the read-only view. The install greeting is nobody's act on the case.
 */
export function handleTurn(state: AdvisorState | undefined, input: FlowInput, ctx: FlowContext, user?: FlowUser): FlowResult {
  return readOnlyTurn(state, input, ctx, user) ?? withAsker(state, turn(state, input, ctx), user);
}

/**
 * What a card shows when it is asked for again without a click (Teams' refresh, or a retried
 * click that already took effect): the case as it stands, for this viewer, changing nothing. A
 * card that is no longer the case's live one shows that it belongs to an earlier case.
 */
export function viewFor(state: AdvisorState | undefined, user: FlowUser | undefined, ctx: FlowContext, live: boolean): Reply {
  if (!state || !live) return { kind: 'earlier' };
  if (!mayChange(state, user, ctx)) return caseViewOf(state, ctx);
  return currentView(state, ctx);
}

function turn(state: AdvisorState | undefined, input: FlowInput, ctx: FlowContext): FlowResult {
  switch (input.kind) {
    case 'start':
      // In a shared chat the install greeting stands alone; a case starts when someone asks.
      if (input.greetOnly) return { state: state ?? bump(freshCase(ctx), { phase: 'idle', pending: undefined }), replies: [{ kind: 'welcome' }] };
      // A case in progress goes on (a client that reconnects); a finished one makes room for a new one.
      return state && (state.phase === 'asking' || state.phase === 'changing') ? { state, replies: [currentView(state, ctx)] } : begin(ctx, true);
    case 'text':
      return onText(state, input.text, ctx);
    case 'submit':
      return onSubmit(state, input.data, ctx);
  }
}
