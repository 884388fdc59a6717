// The advisor's turn without its host, from tables: where a saved state keeps the store (the
// property, or an old dialog stack), what the presentation is told of how a turn arrived, which
// card a refresh shows, the language a turn picks, and which verdict messages are kept.
import { strict as assert } from 'assert';
import { AdvisorStore, FoundStore, SavedAdvisor, foundStore } from '../../src/conversation/advisor/advisorStore';
import { Arrival, advisorTurn, deliveryOf, viewOf } from '../../src/conversation/advisor/advisorTurn';
import { AdvisorState, FlowUser, handleTurn } from '../../src/conversation/advisor/flow';
import { flowContextFor } from '../../src/conversation/advisor/flowContext';
import { Delivery } from '../../src/conversation/advisor/present';
import { VERDICTS_KEPT, withVerdict } from '../../src/conversation/advisor/verdictReactions';
import { DEFAULT_EDITION } from '../../src/domain/editions';
import { DEFAULT_LOCALE } from '../../src/domain/locales';

const ctx = flowContextFor({ locale: DEFAULT_LOCALE, edition: DEFAULT_EDITION, preset: {}, shared: false, newConsultationId: () => 'c1' });
const sharedCtx = flowContextFor({ locale: DEFAULT_LOCALE, edition: DEFAULT_EDITION, preset: {}, shared: true, newConsultationId: () => 'c1' });
const store: AdvisorStore = { questionActivityId: 'm1' };
const other: AdvisorStore = { questionActivityId: 'm0' };

describe('advisor store in a saved state', () => {
  const rows: { name: string; saved: SavedAdvisor; expect: FoundStore }[] = [
    { name: 'nothing saved', saved: {}, expect: { moved: false, dropOld: false } },
    { name: 'the property', saved: { advisor: store }, expect: { store, moved: false, dropOld: false } },
    {
      name: 'the property and an old stack: the property wins',
      saved: { advisor: store, dialogState: { dialogStack: [{ id: 'advisor', state: other }] } },
      expect: { store, moved: false, dropOld: true },
    },
    { name: 'a property that is no record', saved: { advisor: 'garbage' }, expect: { moved: false, dropOld: false } },
    {
      name: 'an old stack holding only the advisor',
      saved: { dialogState: { dialogStack: [{ id: 'advisor', state: store }] } },
      expect: { store, moved: true, dropOld: true },
    },
    {
      name: 'an old stack with another dialog beneath',
      saved: {
        dialogState: {
          dialogStack: [
            { id: 'parent', state: other },
            { id: 'advisor', state: store },
          ],
        },
      },
      expect: { store, moved: true, dropOld: true },
    },
    {
      name: 'an old stack without the advisor',
      saved: { dialogState: { dialogStack: [{ id: 'parent', state: other }] } },
      expect: { moved: false, dropOld: true },
    },
    {
      name: 'an advisor entry that lost its state',
      saved: { dialogState: { dialogStack: [{ id: 'advisor', state: 'lost' }] } },
      expect: { moved: false, dropOld: true },
    },
    {
      name: 'an advisor entry that is an array',
      saved: { dialogState: { dialogStack: [[{ id: 'advisor', state: store }]] } },
      expect: { moved: false, dropOld: true },
    },
    { name: 'an empty stack', saved: { dialogState: { dialogStack: [] } }, expect: { moved: false, dropOld: true } },
    { name: 'a stack that is no array', saved: { dialogState: { dialogStack: { id: 'advisor', state: store } } }, expect: { moved: false, dropOld: true } },
    { name: 'an old property that is no record', saved: { dialogState: 7 }, expect: { moved: false, dropOld: true } },
    { name: 'an old property set to null', saved: { dialogState: null }, expect: { moved: false, dropOld: true } },
  ];
  for (const row of rows) {
    it(row.name, () => assert.deepEqual(foundStore(row.saved), row.expect));
  }
});

describe('what the presentation is told of how a turn arrived', () => {
  const answer = { kind: 'submit', data: { action: 'answer', token: 't1', cloud: 'global' } } as const;
  const greetingButton = { kind: 'submit', data: { action: 'command', command: 'help' } } as const;
  const typed = { kind: 'text', text: 'global' } as const;
  const rows: { name: string; arrival: Arrival; liveCardId?: string; expect: Delivery }[] = [
    { name: 'a typed message', arrival: { channelId: 'webchat', input: typed }, expect: { channelId: 'webchat' } },
    {
      name: 'a typed message with a live card',
      arrival: { channelId: 'msteams', input: typed },
      liveCardId: 'm1',
      expect: { channelId: 'msteams', liveCardId: 'm1' },
    },
    {
      name: 'a click answered in place on a case card',
      arrival: { channelId: 'msteams', input: answer, inPlace: { cardId: 'm1' }, submitted: {} },
      expect: { channelId: 'msteams', click: { cardId: 'm1', onCaseCard: true } },
    },
    {
      name: 'a click answered in place on the greeting, the message unnamed',
      arrival: { channelId: 'msteams', input: greetingButton, inPlace: {} },
      expect: { channelId: 'msteams', click: { onCaseCard: false } },
    },
    {
      name: 'an Action.Submit from a named message',
      arrival: { channelId: 'webchat', input: answer, submitted: { replyToId: 'm2' } },
      expect: { channelId: 'webchat', submit: { messageId: 'm2' } },
    },
    {
      name: 'an Action.Submit the channel does not place',
      arrival: { channelId: 'webchat', input: answer, submitted: {} },
      expect: { channelId: 'webchat', submit: {} },
    },
    {
      name: 'a shared chat’s link for a case of one’s own',
      arrival: { channelId: 'msteams', input: typed, ownCaseUrl: 'https://teams.example/chat' },
      expect: { channelId: 'msteams', ownCaseUrl: 'https://teams.example/chat' },
    },
  ];
  for (const row of rows) {
    it(row.name, () => assert.deepEqual(deliveryOf(row.arrival, row.liveCardId), row.expect));
  }
});

describe('the card a refresh shows', () => {
  const asked: AdvisorState = handleTurn(undefined, { kind: 'start' }, ctx).state;
  const owned: AdvisorState = { ...asked, asker: { id: 'alice' } };
  const alice: FlowUser = { id: 'alice' };
  const bob: FlowUser = { id: 'bob' };
  const rows: { name: string; store: AdvisorStore | undefined; cardId?: string; user?: FlowUser; shared?: boolean; link?: string; expect: string }[] = [
    { name: 'no store', store: undefined, cardId: 'm1', expect: 'earlier' },
    { name: 'the live card', store: { flow: asked, questionActivityId: 'm1' }, cardId: 'm1', expect: 'question' },
    { name: 'a card unnamed', store: { flow: asked, questionActivityId: 'm1' }, expect: 'question' },
    { name: 'no live card known', store: { flow: asked }, cardId: 'm9', expect: 'question' },
    { name: 'a card of an earlier case', store: { flow: asked, questionActivityId: 'm1' }, cardId: 'm0', expect: 'earlier' },
    { name: 'the asker in a shared chat', store: { flow: owned, questionActivityId: 'm1' }, cardId: 'm1', user: alice, shared: true, expect: 'question' },
    {
      name: 'someone else in a shared chat, with the link',
      store: { flow: owned, questionActivityId: 'm1' },
      cardId: 'm1',
      user: bob,
      shared: true,
      link: 'https://l',
      expect: 'caseView https://l',
    },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const reply = viewOf(row.store, row.cardId, row.user, row.shared ? sharedCtx : ctx, row.link);
      const link = 'ownCaseUrl' in reply && reply.ownCaseUrl ? ` ${reply.ownCaseUrl}` : '';
      assert.equal(`${reply.kind}${link}`, row.expect);
    });
  }
});

describe('one turn of the advisor', () => {
  it('tells the language picked when it is another than the turn’s, and counts the turn in it', () => {
    const turn = advisorTurn({}, { channelId: 'webchat', input: { kind: 'submit', data: { action: 'setLanguage', locale: 'hu-HU' } } }, ctx, undefined);
    assert.equal(turn.newLocale, 'hu-HU');
    assert.equal(turn.facts.locale, 'hu-HU');
    assert.deepEqual(
      turn.plan.messages.map((m) => m.kind),
      ['languageChanged', 'question'],
    );
  });

  it('tells no language when the one picked is the turn’s own', () => {
    const turn = advisorTurn({}, { channelId: 'webchat', input: { kind: 'submit', data: { action: 'setLanguage', locale: DEFAULT_LOCALE } } }, ctx, undefined);
    assert.equal('newLocale' in turn, false);
    assert.equal(turn.facts.locale, DEFAULT_LOCALE);
  });

  it('goes on from the store’s case and tells the presentation of its live card', () => {
    const first = advisorTurn({}, { channelId: 'msteams', input: { kind: 'start' } }, ctx, undefined);
    assert.equal(first.flow.pending, 'cloud');
    const second = advisorTurn(
      { flow: first.flow, questionActivityId: 'm1' },
      { channelId: 'msteams', input: { kind: 'text', text: 'global' } },
      ctx,
      undefined,
    );
    assert.deepEqual(second.flow.answers, { cloud: 'global' });
    assert.deepEqual(second.plan.receipt, { messageId: 'm1', question: 'cloud', option: 'global' });
  });
});

describe('the verdict messages kept for feedback', () => {
  it('keeps a new one last, replaces one of the same id, and keeps the latest ones only', () => {
    assert.deepEqual(withVerdict(undefined, 'v1', 'G1'), [{ id: 'v1', row: 'G1' }]);
    assert.deepEqual(withVerdict('garbage', 'v1', 'G1'), [{ id: 'v1', row: 'G1' }]);
    assert.deepEqual(withVerdict([{ id: 'v1', row: 'G1' }, 'junk', { id: 'v2', row: 'G2' }], 'v1', 'G3'), [
      { id: 'v2', row: 'G2' },
      { id: 'v1', row: 'G3' },
    ]);
    const full = Array.from({ length: VERDICTS_KEPT }, (_, i) => ({ id: `v${i}`, row: 'G1' as const }));
    const kept = withVerdict(full, 'new', 'G2');
    assert.equal(kept.length, VERDICTS_KEPT);
    assert.deepEqual([kept[0]!.id, kept.at(-1)!.id], ['v1', 'new']);
  });
});
