// A follow-up tried again after its process died between the channel taking the message and the
// item noting it sent: the proactive turn keeps the delivery key in the conversation's state with
// the message, so the second try of the same follow-up shows nothing; another follow-up, or a
// reminder asked for again ("Remind me again"), has a key of its own and is shown.
import { strict as assert } from 'assert';
import { ConversationReference, ConversationState, MemoryStorage, TestAdapter, TurnContext } from 'botbuilder';
import { openItem, OpenItem, snooze } from '../../src/domain/cases';
import { ProactiveMessenger } from '../../src/hosting/cases/proactive';

describe('Events never lost: one delivery key per follow-up', () => {
  it('sends a follow-up tried twice once, and a different follow-up or a snoozed reminder again', async () => {
    const adapter = new TestAdapter();
    const conversationState = new ConversationState(new MemoryStorage());
    const messenger = new ProactiveMessenger({
      // A proactive turn as the adapter makes one: the conversation's reference applied to an event activity.
      continueConversation: (reference, logic) =>
        logic(
          new TurnContext(
            adapter,
            TurnContext.applyConversationReference({ type: 'event', name: 'continueConversation' }, reference as ConversationReference, true),
          ),
        ),
      conversationState,
    });
    const now = Date.UTC(2026, 10, 25, 9);
    const item: OpenItem = openItem(
      {
        kind: 'gdapApproval',
        objectId: '5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
        customer: { tenantId: 'c', name: 'Contoso Ltd' },
        owner: { id: '29:owner' },
        locale: 'en-US',
        cardId: 'card0001',
        conversation: { ...adapter.conversation },
        shared: false,
      },
      now,
      60_000,
    );
    assert.equal(await messenger.send(item, 'notApprovedYet'), 'sent');
    assert.equal(adapter.activeQueue.length, 1, 'shown');
    assert.equal(await messenger.send(item, 'notApprovedYet'), 'sent', 'the second try counts as delivered');
    assert.equal(adapter.activeQueue.length, 1, 'and shows nothing');
    await messenger.send(snooze(item, 'notApprovedYet', now), 'notApprovedYet');
    assert.equal(adapter.activeQueue.length, 2, 'a reminder asked for again is shown again');
    await messenger.send(item, 'expiresSoon');
    assert.equal(adapter.activeQueue.length, 3, 'another follow-up is its own');
  });
});
