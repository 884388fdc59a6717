// How a turn's arrival is read and what a reaction is looked up by (conversation/advisor/
// advisorTurn.ts's arrivalFrom, verdictReactions.ts's rememberVerdicts and reactionToLookUp), from
// tables written by hand. The host sending and counting: test/telemetry/feedbackCounts.test.ts.
import { strict as assert } from 'assert';
import { arrivalFrom, ArrivalFacts, Arrival } from '../../../src/conversation/advisor/advisorTurn';
import type { Reply } from '../../../src/conversation/advisor/flow';
import { reactionToLookUp, rememberVerdicts, VerdictMessage } from '../../../src/conversation/advisor/verdictReactions';

const input = { kind: 'text', text: 'hi' } as ArrivalFacts['input'];

describe('Advisor: how a turn arrived, and which verdicts and reactions are kept', () => {
  it('reads a click in place, a submit and the own-case link off the turn', () => {
    const rows: [string, Omit<ArrivalFacts, 'channelId' | 'input'>, Omit<Arrival, 'channelId' | 'input'>][] = [
      ['typed text', { value: undefined }, {}],
      [
        'a click in place on a known card',
        { value: {}, inPlace: { cardId: 'm1' }, replyToId: 'm1' },
        { inPlace: { cardId: 'm1' }, submitted: { replyToId: 'm1' } },
      ],
      ['a click in place, the card not named', { value: {}, inPlace: {} }, { inPlace: {}, submitted: {} }],
      ['a submit naming its message', { value: { a: 1 }, replyToId: 'm2' }, { submitted: { replyToId: 'm2' } }],
      ['a null value is a submit still', { value: null }, { submitted: {} }],
      ['an empty reply-to id names nothing', { value: {}, replyToId: '' }, { submitted: {} }],
      ['the own-case link', { value: undefined, ownCaseUrl: 'https://x' }, { ownCaseUrl: 'https://x' }],
    ];
    for (const [name, facts, expected] of rows)
      assert.deepEqual(arrivalFrom({ channelId: 'msteams', input, ...facts }), { channelId: 'msteams', input, ...expected }, name);
  });

  it("keeps each verdict's message id once delivered, after what was to happen then already, and nothing for a reply that is no result", () => {
    const replies = [{ kind: 'question' }, { kind: 'result', outcome: { row: 'G3' } }, { kind: 'text' }] as unknown as Reply[];
    const store: { verdicts?: VerdictMessage[] } = {};
    const seen: string[] = [];
    const onDelivered: (((id: string) => void) | undefined)[] = [undefined, (id) => seen.push(id), undefined];
    rememberVerdicts(store, [1, 2], replies, onDelivered);
    assert.equal(onDelivered[0], undefined);
    assert.equal(onDelivered[2], undefined, 'no result: nothing kept');
    assert.equal(store.verdicts, undefined, 'nothing before delivery');
    onDelivered[1]!('a-7');
    assert.deepEqual(seen, ['a-7'], 'the earlier callback still runs');
    assert.deepEqual(store.verdicts, [{ id: 'a-7', row: 'G3' }]);
  });

  it('looks a reaction up by its message and person only where the channel shows feedback buttons', () => {
    const rows: [boolean, string | undefined, string | undefined, string][] = [
      [true, 'm1', 'u1', 'look'],
      [false, 'm1', 'u1', 'this channel shows no feedback buttons'],
      [true, undefined, 'u1', 'no message named'],
      [true, '', 'u1', 'no message named'],
      [true, 'm1', undefined, 'the sender has no usable id'],
    ];
    for (const [buttons, replyToId, userId, expected] of rows) {
      const found = reactionToLookUp(buttons, replyToId, userId);
      if (expected === 'look') assert.deepEqual(found, { messageId: replyToId, userId });
      else assert.deepEqual(found, { counted: false, reason: expected });
    }
  });
});
