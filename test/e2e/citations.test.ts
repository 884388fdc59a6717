// What the Microsoft 365 Agents Playground can show of the verdict's extras in its Teams channel:
// the message as its client receives it carries the verdict sentence with [n] markers, the
// citation entity the playground accepts (it refuses a malformed one), and the feedback buttons;
// a feedback submission through its invoke API is answered with an empty 200.
import { strict as assert } from 'assert';
import { JsonObject, MessageEvent, Playground } from '../support/playground';
import { withPlayground } from '../support/playgroundSuite';
import { CardJson, resultOf } from '../support/chat';
import enUS from '../../content/texts/en-US.json';

describe('citations and the feedback loop through the Agents Playground (msteams)', function () {
  this.timeout(120_000);
  let pg: Playground;
  withPlayground((started) => {
    pg = started;
  });

  it('shows the verdict of one typed sentence with its citations and feedback buttons, and takes feedback with an empty 200', async () => {
    const since = pg.mark();
    await pg.sendText('Customer in the commercial cloud bought Azure from another CSP partner, we are a direct bill partner');
    const event = (await pg.waitFor((e) => e.kind === 'message' && e.cards.length > 0 && resultOf(e.cards[0] as unknown as CardJson).row !== undefined, {
      since,
      description: 'the verdict card',
    })) as MessageEvent;
    const frame = JSON.stringify(event.frame);
    const aiEntity = findKey(event.frame, 'aiEntity') as JsonObject | undefined;
    assert.ok(aiEntity, `the playground took the citation entity: ${frame.slice(0, 500)}`);
    const citations = aiEntity.citation as JsonObject[];
    assert.ok(Array.isArray(citations) && citations.length > 0);
    // The playground's client shows a card message without its text; the text is what the bot posted.
    const text = await postedText(pg, event);
    assert.match(text, new RegExp(`^(${Object.values(enUS.verdicts).join('|')}): `));
    for (const c of citations) {
      assert.ok(text.includes(`[${String(c.position)}]`), `marker [${String(c.position)}] in "${text}"`);
      assert.match(String((c.appearance as JsonObject).url), /^https:\/\/learn\.microsoft\.com\/en-us\//);
    }
    assert.equal(findKey(event.frame, 'feedbackLoopEnabled'), true, 'the feedback buttons are on');

    const feedback = await pg.invoke('message/submitAction', {
      actionName: 'feedback',
      actionValue: { reaction: 'like', feedback: '{"feedbackText":"clear answer"}' },
    });
    assert.equal(feedback.status, 200);
    assert.ok(feedback.body === undefined || feedback.body === null || feedback.body === '', `empty body, got ${JSON.stringify(feedback.body)}`);
  });
});

/**
 * The text of the verdict message as the bot posted it to the playground's connector (which
 * answers 202 without an id, so the post is found by its citation entity).
 */
async function postedText(pg: Playground, event: MessageEvent): Promise<string> {
  for (let i = 0; i < 50; i++) {
    const posted =
      event.activity ??
      pg.fromBot
        .map((c) => c.body as JsonObject | undefined)
        .find((b) => Array.isArray(b?.entities) && JSON.stringify(b.entities).includes('https://schema.org/Message'));
    if (posted && typeof posted.text === 'string') return posted.text;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return event.text ?? '';
}

/** The first value under `key` anywhere in a JSON value. */
function findKey(value: unknown, key: string): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  if (!Array.isArray(value) && key in (value as Record<string, unknown>)) return (value as Record<string, unknown>)[key];
  for (const child of Object.values(value as object)) {
    const found = findKey(child, key);
    if (found !== undefined) return found;
  }
  return undefined;
}
