// How My cases', the team's and the follow-ups' clicks are answered (hosting/cases/clickAnswers.ts),
// from a table: a line goes out as a message only for a click that is neither an invoke nor a
// replay; a card goes out unless the click is a replay. The answer itself is always the line.
import { strict as assert } from 'assert';
import { Activity, TestAdapter, TurnContext } from 'botbuilder';
import { answerLine, sendNotice } from '../../src/hosting/cases/clickAnswers';
import { markReplayed } from '../../src/hosting/turns/replayedTurns';
import type { AdaptiveCard } from '../../src/conversation/cards/cards';

function contextOf(replayed: boolean): { context: TurnContext; sent: Partial<Activity>[] } {
  const context = new TurnContext(new TestAdapter(), {
    type: 'message',
    channelId: 'webchat',
    conversation: { id: 'conv-1' },
    from: { id: 'user-1' },
    recipient: { id: 'bot' },
  } as never);
  const sent: Partial<Activity>[] = [];
  context.onSendActivities(async (_context, activities) => {
    sent.push(...activities);
    return activities.map(() => ({ id: 'x' }));
  });
  if (replayed) markReplayed(context);
  return { context, sent };
}

describe('a case click: what is sent and what is answered', () => {
  it('sends a line only for a click that is neither an invoke nor a replay, and answers with it always', async () => {
    const rows: [string, boolean, boolean, number][] = [
      ['a Web Chat click', false, false, 1],
      ["a Teams invoke: the line is the invoke's answer", true, false, 0],
      ['a replayed click: it went out the first time', false, true, 0],
      ['a replayed invoke', true, true, 0],
    ];
    for (const [name, invoke, replayed, sends] of rows) {
      const { context, sent } = contextOf(replayed);
      assert.deepEqual(await answerLine(context, 'Done.', 'en-US', 'webchat', invoke), { kind: 'message', text: 'Done.' }, name);
      assert.equal(sent.length, sends, name);
      if (sends) assert.equal(sent[0]!.text, 'Done.', name);
    }
  });

  it('sends a card as a message of its own, with its summary as the fallback, unless the click is a replay', async () => {
    const card: AdaptiveCard = { type: 'AdaptiveCard', version: '1.5', body: [] };
    for (const [replayed, sends] of [
      [false, 1],
      [true, 0],
    ] as const) {
      const { context, sent } = contextOf(replayed);
      await sendNotice(context, { card, summary: 'Your cases' }, 'en-US', 'webchat');
      assert.equal(sent.length, sends, `replayed: ${replayed}`);
      if (sends) {
        assert.equal(sent[0]!.attachments?.[0]?.contentType, 'application/vnd.microsoft.card.adaptive');
        assert.deepEqual(sent[0]!.attachments?.[0]?.content, card);
      }
    }
  });
});
