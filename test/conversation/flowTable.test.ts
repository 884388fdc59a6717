// The conversation flow straight through handleTurn, from tables of cases: a name, the answers a
// case starts with, steps of input → what the flow must show, and the answers it ends with. In the
// manner of the Bot Framework core-bot sample's testData; the channel-specific behaviour (Teams
// receipts, Web Chat) stays in the TestAdapter tests.
import { DEFAULT_EDITION } from '../../src/domain/editions';
import { strict as assert } from 'assert';
import { AdvisorState, FlowContext, FlowInput, Notice, Reply, handleTurn, tokenOf } from '../../src/conversation/advisor/flow';
import { CommandId } from '../../src/domain/reading';
import { availableLocales, catalogFor } from '../../src/domain/textCatalog';
import { DEFAULT_LOCALE } from '../../src/domain/locales';
import { Answers, QuestionId, optionsFor } from '../../src/domain/questions';
import { questionView } from '../../src/conversation/advisor/viewModels';
import { renderCard } from '../../src/conversation/cards/cards';

/** What the user does in one step. */
type Input = { say: string } | { click: CommandId } | { pick: string } | { changeTo: QuestionId };

/** What the flow must show after it: the question asked next, the result row, or the reply kinds. */
type Expected = { asks: QuestionId; notice?: Notice; options?: string[] } | { result: string } | { shows: Reply['kind'][] };

interface FlowCase {
  name: string;
  /** Options picked, in order, before the steps (each through handleTurn). */
  start: string[];
  steps: [Input, Expected][];
  answers: Answers;
}

const CASES: FlowCase[] = [
  {
    name: '"back" typed goes to the previous question',
    start: ['global', 'ea'],
    steps: [[{ say: 'back' }, { asks: 'channel' }]],
    answers: { cloud: 'global' },
  },
  {
    name: '"back" clicked goes to the previous question',
    start: ['global', 'ea'],
    steps: [[{ click: 'back' }, { asks: 'channel' }]],
    answers: { cloud: 'global' },
  },
  {
    name: '"back" at the first question says so and keeps asking it',
    start: ['global'],
    steps: [
      [{ say: 'back' }, { asks: 'cloud' }],
      [{ say: 'back' }, { asks: 'cloud', notice: 'noPrevious' }],
      [{ pick: 'china' }, { asks: 'channel', options: ['vianet', 'formerAdvisor', 'other'] }],
    ],
    answers: { cloud: 'china' },
  },
  { name: '"Start over" forgets the answers', start: ['global', 'ea'], steps: [[{ say: 'Start over' }, { asks: 'cloud', notice: 'restarted' }]], answers: {} },
  { name: '"/restart" forgets the answers', start: ['usgov'], steps: [[{ say: '/restart' }, { asks: 'cloud', notice: 'restarted' }]], answers: {} },
  {
    name: '"help" typed shows help, then the same question',
    start: ['global'],
    steps: [[{ say: 'help' }, { shows: ['help', 'question'] }]],
    answers: { cloud: 'global' },
  },
  {
    name: '"help" clicked shows help, then the same question',
    start: ['global'],
    steps: [[{ click: 'help' }, { shows: ['help', 'question'] }]],
    answers: { cloud: 'global' },
  },
  {
    name: '"cancel" closes the case; a later message starts a new one without the welcome',
    start: ['global'],
    steps: [
      [{ say: 'cancel' }, { shows: ['closed'] }],
      [{ say: 'hello again' }, { shows: ['question'] }],
    ],
    answers: {},
  },
  {
    name: 'a changed answer from the result recomputes the result',
    start: ['global', 'microsoft', 'license', 'support', 'direct'],
    steps: [
      [{ click: 'change' }, { shows: ['change'] }],
      [{ changeTo: 'channel' }, { asks: 'channel' }],
      [{ pick: 'otherCsp' }, { result: 'G5' }],
    ],
    answers: { cloud: 'global', channel: 'otherCsp', service: 'license', goal: 'support', partnerType: 'direct' },
  },
  {
    name: 'a changed answer asks a newly relevant question',
    start: ['global', 'ea', 'usage', 'direct'],
    steps: [
      [{ say: 'change' }, { shows: ['change'] }],
      [{ say: 'Service' }, { asks: 'service' }],
      [{ pick: 'license' }, { asks: 'goal' }],
      [{ pick: 'move' }, { result: 'G2' }],
    ],
    answers: { cloud: 'global', channel: 'ea', service: 'license', goal: 'move', partnerType: 'direct' },
  },
  {
    name: '"change" before any answer keeps the question and says why, typed or clicked (no empty change card)',
    start: [],
    steps: [
      [{ say: 'change' }, { asks: 'cloud', notice: 'nothingToChange' }],
      [{ click: 'change' }, { asks: 'cloud', notice: 'nothingToChange' }],
      [{ pick: 'global' }, { asks: 'channel' }],
      [{ say: 'change' }, { shows: ['change'] }],
    ],
    answers: { cloud: 'global' },
  },
  {
    name: '"help" after the result shows the help alone, so it is not pushed away by the result again',
    start: ['global', 'microsoft', 'license', 'support', 'direct'],
    steps: [
      [{ say: 'help' }, { shows: ['help'] }],
      [{ click: 'help' }, { shows: ['help'] }],
    ],
    answers: { cloud: 'global', channel: 'microsoft', service: 'license', goal: 'support', partnerType: 'direct' },
  },
  {
    name: '"hi" right after the welcome and first question is answered with a hello, not the question again',
    start: [],
    steps: [
      [{ say: 'hi' }, { shows: ['hello'] }],
      [{ pick: 'global' }, { asks: 'channel' }],
      [{ say: 'hello' }, { asks: 'channel', notice: 'greeting' }],
    ],
    answers: { cloud: 'global' },
  },
  {
    name: '"language" shows the picker and keeps the question',
    start: ['global'],
    steps: [[{ say: 'language' }, { shows: ['language'] }]],
    answers: { cloud: 'global' },
  },
  {
    name: '"summary" after the result gives the plain-text summary',
    start: ['usgov', 'open', 'usage', 'direct'],
    steps: [[{ click: 'summary' }, { shows: ['summaryText'] }]],
    answers: { cloud: 'usgov', channel: 'open', service: 'usage', partnerType: 'direct' },
  },
];

const context: FlowContext = {
  edition: DEFAULT_EDITION,
  catalog: catalogFor(DEFAULT_LOCALE),
  fallbackCatalogs: [],
  commandCatalogs: availableLocales()
    .filter((l) => l !== DEFAULT_LOCALE)
    .map(catalogFor),
  locale: DEFAULT_LOCALE,
  preset: {},
  welcomeFirstMessage: true,
  newConsultationId: (() => {
    let n = 0;
    return () => `case${(n += 1)}`;
  })(),
};

function inputFor(step: Input, state: AdvisorState | undefined): FlowInput {
  const token = state ? tokenOf(state) : '';
  if ('say' in step) return { kind: 'text', text: step.say };
  if ('click' in step) return { kind: 'submit', data: { action: 'command', command: step.click, token } };
  if ('changeTo' in step) return { kind: 'submit', data: { action: 'change', changeQuestion: step.changeTo, token } };
  const question = state?.pending;
  assert.ok(question, `no question is asked when "${step.pick}" is picked`);
  return { kind: 'submit', data: { action: 'answer', question, [question]: step.pick, token } };
}

function check(replies: Reply[], expected: Expected, where: string): void {
  const last = replies.at(-1);
  if ('shows' in expected) {
    assert.deepEqual(
      replies.map((r) => r.kind),
      expected.shows,
      where,
    );
  } else if ('result' in expected) {
    assert.equal(last?.kind === 'result' ? last.outcome.row : `a ${last?.kind} reply`, expected.result, where);
  } else {
    assert.ok(last?.kind === 'question', `${where}: a question, got ${last?.kind}`);
    assert.equal(last.question, expected.asks, where);
    assert.equal(last.notice, expected.notice, `${where}: notice`);
  }
}

describe('flow cases (handleTurn from tables)', () => {
  for (const c of CASES) {
    it(c.name, () => {
      let state = handleTurn(undefined, { kind: 'start' }, context).state;
      for (const option of c.start) state = handleTurn(state, inputFor({ pick: option }, state), context).state;
      c.steps.forEach(([input, expected], i) => {
        const result = handleTurn(state, inputFor(input, state), context);
        check(result.replies, expected, `${c.name}, step ${i + 1}`);
        if ('options' in expected && expected.options) {
          assert.deepEqual(optionsFor(expected.asks, result.state.answers), expected.options, `${c.name}, step ${i + 1}: options`);
        }
        state = result.state;
      });
      assert.deepEqual(state.answers, c.answers, `${c.name}: final answers`);
    });
  }
});

// ---- shared chats: who acts in each step ----

/** The asker started the case; someone else in the chat; someone the channel could not name. */
type Actor = 'asker' | 'other' | 'nobody';

interface SharedCase {
  name: string;
  /** Options the asker picked, in order, before the steps. */
  start: string[];
  steps: [Actor, Input, Expected][];
  answers: Answers;
  /** Whose case it is at the end. */
  owner: Actor;
}

const ASKER = { id: '29:asker', name: 'Alex Wilber' };
const OTHER = { id: '29:colleague', name: 'Dana Rossi' };

const SHARED_CASES: SharedCase[] = [
  {
    name: 'someone else\'s typed "start over" shows them the case read-only; the asker goes on where they were',
    start: ['global', 'ea'],
    steps: [
      ['other', { say: 'start over' }, { shows: ['caseView'] }],
      ['asker', { pick: 'usage' }, { asks: 'partnerType' }],
    ],
    answers: { cloud: 'global', channel: 'ea', service: 'usage' },
    owner: 'asker',
  },
  {
    name: 'someone else\'s typed "cancel" clears nothing',
    start: ['global', 'ea'],
    steps: [['other', { say: 'cancel' }, { shows: ['caseView'] }]],
    answers: { cloud: 'global', channel: 'ea' },
    owner: 'asker',
  },
  {
    name: "someone else's typed answer, back, change and help change nothing",
    start: ['global', 'ea'],
    steps: [
      ['other', { say: 'usage' }, { shows: ['caseView'] }],
      ['other', { say: 'back' }, { shows: ['caseView'] }],
      ['other', { say: 'change' }, { shows: ['caseView'] }],
      ['other', { say: 'help' }, { shows: ['caseView'] }],
      ['other', { say: 'customer bought Office 365 through Open licensing' }, { shows: ['caseView'] }],
    ],
    answers: { cloud: 'global', channel: 'ea' },
    owner: 'asker',
  },
  {
    name: 'the verdict stands against someone else\'s "start over", typed or clicked',
    start: ['global', 'microsoft', 'license', 'support', 'direct'],
    steps: [
      ['other', { say: 'start over' }, { shows: ['caseView'] }],
      ['other', { click: 'restart' }, { shows: ['caseView'] }],
    ],
    answers: { cloud: 'global', channel: 'microsoft', service: 'license', goal: 'support', partnerType: 'direct' },
    owner: 'asker',
  },
  {
    name: 'someone the channel could not name changes no case, typed or clicked',
    start: ['global'],
    steps: [
      ['nobody', { say: 'start over' }, { shows: ['caseView'] }],
      ['nobody', { say: 'cancel' }, { shows: ['caseView'] }],
      ['nobody', { pick: 'ea' }, { shows: ['caseView'] }],
    ],
    answers: { cloud: 'global' },
    owner: 'asker',
  },
  {
    name: "the asker's own typed commands still work",
    start: ['global', 'ea'],
    steps: [
      ['asker', { say: 'back' }, { asks: 'channel' }],
      ['asker', { say: 'start over' }, { asks: 'cloud', notice: 'restarted' }],
    ],
    answers: {},
    owner: 'asker',
  },
  {
    name: 'once the asker cancelled, someone else starts a case of their own',
    start: ['global'],
    steps: [
      ['asker', { say: 'cancel' }, { shows: ['closed'] }],
      ['other', { say: 'hello' }, { shows: ['question'] }],
      ['asker', { pick: 'global' }, { shows: ['caseView'] }],
    ],
    answers: {},
    owner: 'other',
  },
];

const sharedContext: FlowContext = { ...context, shared: true };

function userOf(actor: Actor): { id: string; name: string } | undefined {
  return actor === 'asker' ? ASKER : actor === 'other' ? OTHER : undefined;
}

describe("flow cases in a shared chat (handleTurn from tables): a case is its asker's", () => {
  for (const c of SHARED_CASES) {
    it(c.name, () => {
      let state = handleTurn(undefined, { kind: 'text', text: 'hi' }, sharedContext, ASKER).state;
      for (const option of c.start) state = handleTurn(state, inputFor({ pick: option }, state), sharedContext, ASKER).state;
      c.steps.forEach(([actor, input, expected], i) => {
        const where = `${c.name}, step ${i + 1} (${actor})`;
        const flowInput = inputFor(input, state);
        const result = handleTurn(state, flowInput, sharedContext, userOf(actor));
        check(result.replies, expected, where);
        const view = result.replies[0];
        if (view?.kind === 'caseView') {
          assert.equal(result.state, state, `${where}: the case is exactly as it was`);
          assert.equal(view.askerName, state.asker?.name, `${where}: says who is checking`);
          assert.equal(view.typed, flowInput.kind === 'text' ? true : undefined, `${where}: the hint fits a typed message or a click`);
        }
        state = result.state;
      });
      assert.deepEqual(state.answers, c.answers, `${c.name}: final answers`);
      assert.deepEqual(state.asker, userOf(c.owner), `${c.name}: whose case it is`);
    });
  }
});

// ---- "Question N of M": the question's place, not how many answers were given ----

describe('question numbering (handleTurn): a question keeps its place in the order', () => {
  function asked(replies: Reply[]): Extract<Reply, { kind: 'question' }> {
    const last = replies.at(-1);
    assert.ok(last?.kind === 'question', `a question, got ${last?.kind}`);
    return last;
  }

  it('after a sentence that answered later questions, the first one asked is still question 1', () => {
    const start = handleTurn(undefined, { kind: 'start' }, context).state;
    const result = handleTurn(start, { kind: 'text', text: 'customer bought Azure usage-based services through an Enterprise Agreement' }, context);
    const q = asked(result.replies);
    assert.equal(q.question, 'cloud');
    assert.deepEqual([q.position, q.total], [1, 4], 'Partner Center comes first; the goal does not apply to usage-based services');
  });

  it('a question changed from the result reads its own place, not the last one', () => {
    let state = handleTurn(undefined, { kind: 'start' }, context).state;
    for (const option of ['global', 'microsoft', 'license', 'support', 'direct']) state = handleTurn(state, inputFor({ pick: option }, state), context).state;
    state = handleTurn(state, inputFor({ click: 'change' }, state), context).state;
    const q = asked(handleTurn(state, inputFor({ changeTo: 'goal' }, state), context).replies);
    assert.equal(q.question, 'goal');
    assert.deepEqual([q.position, q.total], [4, 5]);
  });

  it("issue 67 finding 7: typed answers one by one (each option's label as text, not a click) count up from 1 to the total", () => {
    let state = handleTurn(undefined, { kind: 'start' }, context).state;
    const seen: string[] = [];
    for (const option of ['global', 'ea', 'license', 'move']) {
      const question = state.pending;
      assert.ok(question, `a question is asked before "${option}" is typed`);
      const label = (catalogFor(DEFAULT_LOCALE).questions[question].options as Record<string, string>)[option];
      assert.ok(label, `${question} has the option ${option}`);
      const result = handleTurn(state, { kind: 'text', text: label }, context);
      assert.equal(result.state.answers[question], option, `"${label}" typed answers ${question}`);
      const last = result.replies.at(-1);
      if (last?.kind === 'question') seen.push(`${last.position}/${last.total}`);
      state = result.state;
    }
    assert.deepEqual(seen, ['2/5', '3/5', '4/5', '5/5']);
  });
});

// ---- a second miss in a row: the options once, as the card's choices ----

describe('a re-prompt after answers that did not fit (handleTurn, rendered)', () => {
  it('lists each option once on its card: in the choices, not again in the notice', () => {
    let state = handleTurn(undefined, { kind: 'start' }, context).state;
    state = handleTurn(state, inputFor({ pick: 'global' }, state), context).state;
    let last: Reply | undefined;
    for (const text of ['qwxz', 'qwxz']) {
      const result = handleTurn(state, { kind: 'text', text }, context);
      last = result.replies.at(-1);
      state = result.state;
    }
    assert.ok(last?.kind === 'question' && last.notice === 'retry', `a re-prompt, got ${last?.kind}`);
    const card = JSON.stringify(renderCard(questionView(last, catalogFor(DEFAULT_LOCALE))).body);
    for (const option of optionsFor('channel', state.answers)) {
      const title = (catalogFor(DEFAULT_LOCALE).questions.channel.options as Record<string, string>)[option]!;
      assert.equal(card.split(title).length - 1, 1, `"${title}" is shown once on the card`);
    }
  });
});
