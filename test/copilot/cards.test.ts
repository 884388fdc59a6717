// Cards in the Copilot form: every card of every language keeps no Action.Submit (Copilot runs
// only Universal Actions), no ActionSet nested in a Container, and stays a valid Adaptive Card
// 1.5; an ActionSet nested at any depth is moved out after its container, in order.
import { strict as assert } from 'assert';
import { availableLocales } from '../../src/domain/textCatalog';
import { renderCard } from '../../src/conversation/cards/cards';
import { forChannel, COPILOT, canUpdateMessages, channelKindOf } from '../../src/conversation/cards/channelFeatures';
import { COPILOT_VERB, forCopilot } from '../../src/conversation/cards/copilotCards';
import { allViews } from '../support/allCards';
import { CardJson, findElements } from '../support/chat';
import { adaptiveCardValidator, describeErrors } from '../support/schemas';

function actionsOf(card: CardJson): { type?: string; verb?: string }[] {
  return [...(card.actions ?? []), ...findElements(card, () => true).flatMap((e) => (e as { actions?: never[] }).actions ?? [])];
}

describe('cards for Microsoft 365 Copilot', function () {
  this.timeout(60_000);

  it('is a channel of its own that cannot update messages', () => {
    assert.equal(channelKindOf(COPILOT), 'copilot');
    assert.equal(canUpdateMessages(COPILOT), false);
    assert.equal(canUpdateMessages('msteams'), true);
  });

  for (const locale of availableLocales()) {
    it(`${locale}: every card has only Action.Execute buttons with the Copilot verb and stays a valid Adaptive Card`, () => {
      const validate = adaptiveCardValidator();
      for (const view of allViews(locale)) {
        const card = forChannel(view.card, renderCard(view), COPILOT) as unknown as CardJson;
        const actions = actionsOf(card);
        for (const a of actions) {
          assert.notEqual(a.type, 'Action.Submit', `${view.card} keeps an Action.Submit`);
          if (a.type === 'Action.Execute') assert.equal(a.verb, COPILOT_VERB);
        }
        assert.ok(validate(card), `${view.card}: ${describeErrors(validate)}`);
      }
    });
  }

  it('moves an ActionSet nested in a Container (or a Column inside one) out after it, keeping the order and the rest', () => {
    const submit = (title: string) => ({ type: 'Action.Submit', title, data: { action: 'command', command: title } });
    const card = {
      type: 'AdaptiveCard' as const,
      version: '1.5',
      body: [
        { type: 'TextBlock', text: 'first' },
        {
          type: 'Container',
          items: [
            { type: 'TextBlock', text: 'inside' },
            { type: 'ActionSet', actions: [submit('a')] },
            { type: 'ColumnSet', columns: [{ type: 'Column', items: [{ type: 'ActionSet', actions: [submit('b')] }] }] },
          ],
        },
        { type: 'ActionSet', actions: [submit('c')] },
      ],
      actions: [submit('d')],
    };
    const out = forCopilot(card) as unknown as {
      body: { type: string; items?: unknown[]; actions?: { type: string; title: string; verb: string; data: unknown }[] }[];
      actions: { type: string; verb: string }[];
    };
    assert.deepEqual(
      out.body.map((e) => e.type),
      ['TextBlock', 'Container', 'ActionSet', 'ActionSet', 'ActionSet'],
    );
    assert.deepEqual(
      out.body.slice(2).map((e) => e.actions![0]!.title),
      ['a', 'b', 'c'],
    );
    assert.equal(findElements(out.body[1] as never, (e) => e.type === 'ActionSet').length, 0);
    assert.equal(JSON.stringify(out.body[1]).includes('inside'), true);
    for (const set of out.body.slice(2)) assert.deepEqual([set.actions![0]!.type, set.actions![0]!.verb], ['Action.Execute', COPILOT_VERB]);
    assert.deepEqual(out.body[2]!.actions![0]!.data, { action: 'command', command: 'a' }, 'the data the flow reads is kept');
    assert.equal(out.actions[0]!.type, 'Action.Execute');
    assert.equal((card.body[1] as { items: unknown[] }).items.length, 3, 'the original card is untouched');
  });
});
