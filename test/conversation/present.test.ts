// The presentation step from a table: a channel and how the turn came (a click answered in place,
// a typed message, an Action.Submit), the flow's replies, and what goes out: the invoke's card, the
// new messages, the receipt, the live card and the verdicts kept for feedback. The search
// extension, which runs no turn, answers with the situation's result card.
import { strict as assert } from 'assert';
import { AdvisorState, FlowResult, handleTurn, Reply } from '../../src/conversation/advisor/flow';
import { flowContextFor } from '../../src/conversation/advisor/flowContext';
import { COPILOT } from '../../src/conversation/cards/channelFeatures';
import { Delivery, LiveCard, present, Presentation } from '../../src/conversation/advisor/present';
import { searchSituation } from '../../src/conversation/advisor/situationSearch';
import { catalogFor } from '../../src/domain/textCatalog';
import { DEFAULT_EDITION } from '../../src/domain/editions';
import { DEFAULT_LOCALE } from '../../src/domain/locales';

const ctx = flowContextFor({ locale: DEFAULT_LOCALE, edition: DEFAULT_EDITION, preset: {}, shared: false, newConsultationId: () => 'c1' });
const sharedCtx = flowContextFor({ locale: DEFAULT_LOCALE, edition: DEFAULT_EDITION, preset: {}, shared: true, newConsultationId: () => 'c1' });

// Replies as the flow makes them; the step reads only their kind (and a read-only view's link).
const question = { kind: 'question', question: 'channel', token: 't2' } as unknown as Reply;
const result = { kind: 'result', outcome: { row: 'G6' }, answers: {}, token: 't5' } as unknown as Reply;
const help = { kind: 'help' } as Reply;
const summary = { kind: 'summaryText' } as unknown as Reply;
const caseView = { kind: 'caseView', answers: {} } as Reply;
const answered = { question: 'goal', option: 'transfer' } as const;

/** A state whose asker is `asker` (Teams group chats), from a real first turn. */
function stateOf(asker?: string): AdvisorState {
  const state = handleTurn(undefined, { kind: 'start' }, ctx).state;
  return asker ? { ...state, asker: { id: asker } } : state;
}

interface Row {
  name: string;
  channel: string;
  delivery?: Omit<Delivery, 'channelId'>;
  replies: Reply[];
  answered?: boolean;
  asker?: string;
  expect: {
    inPlace?: 'none' | Reply['kind'] | 'receipt';
    messages: Reply['kind'][];
    receiptOn?: string;
    liveCard: LiveCard;
    verdicts?: number[];
    askerId?: string;
  };
}

const ROWS: Row[] = [
  // Teams, personal chat
  {
    name: 'Teams: a click on a question card answers the next question in place, no new message',
    channel: 'msteams',
    delivery: { click: { cardId: 'm1', onCaseCard: true } },
    replies: [question],
    answered: true,
    expect: { inPlace: 'question', messages: [], liveCard: { kind: 'clicked', id: 'm1' } },
  },
  {
    name: 'Teams: the click that reaches the verdict turns its card into a receipt and posts the verdict, kept for feedback',
    channel: 'msteams',
    delivery: { click: { cardId: 'm1', onCaseCard: true } },
    replies: [result],
    answered: true,
    expect: { inPlace: 'receipt', messages: ['result'], liveCard: { kind: 'sent', index: 0 }, verdicts: [0] },
  },
  {
    name: 'Teams: a click on help answers help in place and the case card as a new message',
    channel: 'msteams',
    delivery: { click: { cardId: 'm9', onCaseCard: false } },
    replies: [help, question],
    expect: { inPlace: 'help', messages: ['question'], liveCard: { kind: 'sent', index: 0 } },
  },
  {
    name: 'Teams: a click whose only reply is text answers with the case as it stands, the text as a message',
    channel: 'msteams',
    delivery: { click: { cardId: 'm1', onCaseCard: true } },
    replies: [summary],
    expect: { inPlace: 'question', messages: ['summaryText'], liveCard: { kind: 'clicked', id: 'm1' } },
  },
  {
    name: 'Teams: a typed answer turns the live card into a receipt and posts the next question',
    channel: 'msteams',
    delivery: { liveCardId: 'm1' },
    replies: [question],
    answered: true,
    expect: { messages: ['question'], receiptOn: 'm1', liveCard: { kind: 'sent', index: 0 } },
  },
  {
    name: 'Teams: an Action.Submit click turns the clicked message into the receipt, not the live card',
    channel: 'msteams',
    delivery: { liveCardId: 'm1', submit: { messageId: 'm0' } },
    replies: [question],
    answered: true,
    expect: { messages: ['question'], receiptOn: 'm0', liveCard: { kind: 'sent', index: 0 } },
  },
  {
    name: 'Teams: an Action.Submit click from an unnamed message turns nothing into a receipt',
    channel: 'msteams',
    delivery: { liveCardId: 'm1', submit: {} },
    replies: [question],
    answered: true,
    expect: { messages: ['question'], liveCard: { kind: 'sent', index: 0 } },
  },
  {
    name: 'Teams: help typed posts help, and the case card again as the live one',
    channel: 'msteams',
    delivery: { liveCardId: 'm1' },
    replies: [help, question],
    expect: { messages: ['help', 'question'], liveCard: { kind: 'sent', index: 1 } },
  },
  // Teams, group chat
  {
    name: "Teams group chat: the asker's click answers in place, as the asker's view",
    channel: 'msteams',
    delivery: { click: { cardId: 'm1', onCaseCard: true } },
    replies: [question],
    answered: true,
    asker: 'alice',
    expect: { inPlace: 'question', messages: [], liveCard: { kind: 'clicked', id: 'm1' }, askerId: 'alice' },
  },
  {
    name: "Teams group chat: someone else's click gets the read-only view in place, the live card unchanged",
    channel: 'msteams',
    delivery: { click: { cardId: 'm1', onCaseCard: true }, ownCaseUrl: 'https://teams.microsoft.com/l/chat/0/0?users=28:bot' },
    replies: [caseView],
    asker: 'alice',
    expect: { inPlace: 'caseView', messages: [], liveCard: { kind: 'unchanged' }, askerId: 'alice' },
  },
  {
    name: "Teams group chat: someone else's typed message gets the read-only view as a message",
    channel: 'msteams',
    delivery: { liveCardId: 'm1' },
    replies: [caseView],
    asker: 'alice',
    expect: { messages: ['caseView'], liveCard: { kind: 'unchanged' }, askerId: 'alice' },
  },
  // Web Chat (Action.Submit, nothing updated)
  {
    name: 'Web Chat: an answer posts the next question, no receipt, no live card kept',
    channel: 'webchat',
    delivery: { submit: { messageId: 'w1' } },
    replies: [question],
    answered: true,
    expect: { messages: ['question'], liveCard: { kind: 'unchanged' } },
  },
  {
    name: 'Web Chat: the verdict is a message, no feedback kept',
    channel: 'webchat',
    delivery: { submit: {} },
    replies: [result],
    answered: true,
    expect: { messages: ['result'], liveCard: { kind: 'unchanged' } },
  },
  // Microsoft 365 Copilot (Action.Execute, nothing updated, feedback)
  {
    name: 'Copilot: a click answers the next question in place; nothing else is kept',
    channel: COPILOT,
    delivery: { click: { cardId: 'c1', onCaseCard: true } },
    replies: [question],
    answered: true,
    expect: { inPlace: 'question', messages: [], liveCard: { kind: 'clicked', id: 'c1' } },
  },
  {
    name: 'Copilot: the click that reaches the verdict gets a receipt and the verdict as a message, kept for feedback',
    channel: COPILOT,
    delivery: { click: { cardId: 'c1', onCaseCard: true } },
    replies: [result],
    answered: true,
    expect: { inPlace: 'receipt', messages: ['result'], liveCard: { kind: 'unchanged' }, verdicts: [0] },
  },
  {
    name: 'Copilot: a typed answer posts the next question and turns nothing into a receipt',
    channel: COPILOT,
    delivery: { liveCardId: 'c1' },
    replies: [question],
    answered: true,
    expect: { messages: ['question'], liveCard: { kind: 'unchanged' } },
  },
];

function summaryOf(p: Presentation): Row['expect'] {
  const got: Row['expect'] = { messages: p.messages.map((m) => m.kind), liveCard: p.liveCard };
  if (p.inPlace) got.inPlace = 'receipt' in p.inPlace ? 'receipt' : p.inPlace.reply.kind;
  if (p.receipt) got.receiptOn = p.receipt.messageId;
  if (p.verdicts.length > 0) got.verdicts = p.verdicts;
  if (p.askerId) got.askerId = p.askerId;
  return got;
}

describe('present: what a turn sends, by channel and kind of turn', () => {
  for (const row of ROWS) {
    it(row.name, () => {
      const flowResult: FlowResult = { state: stateOf(row.asker), replies: row.replies };
      if (row.answered) flowResult.answered = answered;
      const plan = present(flowResult, { channelId: row.channel, ...row.delivery }, row.asker ? sharedCtx : ctx);
      assert.deepEqual(summaryOf(plan), row.expect);
      if (plan.receipt) assert.deepEqual({ question: plan.receipt.question, option: plan.receipt.option }, answered);
      if (plan.inPlace && 'receipt' in plan.inPlace) assert.deepEqual(plan.inPlace.receipt, answered);
    });
  }

  it("puts the viewer's own-case link on a read-only view, in place or as a message", () => {
    const url = 'https://teams.microsoft.com/l/chat/0/0?users=28:bot';
    const flowResult: FlowResult = { state: stateOf('alice'), replies: [caseView] };
    const inPlace = present(flowResult, { channelId: 'msteams', click: { onCaseCard: true }, ownCaseUrl: url }, sharedCtx).inPlace;
    assert.ok(inPlace && 'reply' in inPlace && inPlace.reply.kind === 'caseView' && inPlace.reply.ownCaseUrl === url);
    const message = present(flowResult, { channelId: 'msteams', ownCaseUrl: url }, sharedCtx).messages[0];
    assert.ok(message?.kind === 'caseView' && message.ownCaseUrl === url);
    assert.equal((caseView as { ownCaseUrl?: string }).ownCaseUrl, undefined, "the flow's reply is not changed");
  });

  it('search extension: a situation typed in the compose box answers with its result card, no turn run', () => {
    const items = searchSituation(
      'customer bought Microsoft 365 from another CSP partner and wants to move',
      catalogFor(DEFAULT_LOCALE),
      DEFAULT_LOCALE,
      DEFAULT_EDITION,
    );
    assert.ok(items.length > 0);
    for (const item of items) assert.equal(item.card.card, 'result');
  });
});
