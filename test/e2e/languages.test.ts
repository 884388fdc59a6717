// A whole conversation in each of the five languages through the Agents Playground (msteams):
// once typed, once by clicking cards, with the links in the user's locale.
import { strict as assert } from 'assert';
import { JsonObject, MessageEvent, Playground } from '../support/playground';
import { Running, startApp } from '../support/http';
import { CardJson, elementIds, findElements, resultOf, textsOf } from '../support/chat';
import { LANGUAGE_CASES } from '../support/languageCases';
import { catalogFor } from '../../src/domain/textCatalog';

function cardOf(event: MessageEvent): CardJson {
  return event.cards[0] as unknown as CardJson;
}

function isResult(e: { kind: string }): e is MessageEvent {
  return e.kind === 'message' && (e as MessageEvent).cards.length > 0 && elementIds(cardOf(e as MessageEvent)).some((id) => id.startsWith('verdict-'));
}

function isQuestion(e: { kind: string }): e is MessageEvent {
  return (
    e.kind === 'message' && (e as MessageEvent).cards.length > 0 && findElements(cardOf(e as MessageEvent), (x) => x.type === 'Input.ChoiceSet').length > 0
  );
}

describe('five languages end to end through the Agents Playground (msteams)', function () {
  this.timeout(180_000);
  let server: Running;
  before(async () => {
    server = await startApp({ POLICY_EDITION: '2020' });
  });
  after(async () => {
    await server?.stop();
  });

  for (const c of LANGUAGE_CASES) {
    it(`${c.locale}: typed and clicked conversations reach the right outcome with ${c.segment} links`, async () => {
      const pg = await Playground.start({ botEndpoint: `${server.base}/api/messages`, locale: c.locale });
      try {
        const start = pg.mark();
        await pg.install('personal');
        const firstQuestion = (await pg.waitFor(isQuestion, { since: start, description: 'the first question' })) as MessageEvent;
        assert.ok(textsOf(cardOf(firstQuestion)).includes(catalogFor(c.locale).questions.cloud.prompt), 'asked in the language');

        let since = pg.mark();
        for (const text of c.typed) since = (await pg.sendText(text)).seq;
        const typed = (await pg.waitFor(isResult, { since, description: 'the typed result' })) as MessageEvent;
        assert.deepEqual(resultOf(cardOf(typed)), { verdict: c.typedVerdict, row: c.typedRow });
        assert.ok(JSON.stringify(typed.cards).includes(`https://learn.microsoft.com${c.segment}`));

        const restart = cardOf(typed).actions!.find((a) => a.data?.command === 'restart')!;
        since = (await pg.submitCard(restart.data as JsonObject, { replyToId: typed.messageId })).seq;
        for (const option of c.clicked) {
          const question = (await pg.waitFor(isQuestion, { since, description: `the question for ${option}` })) as MessageEvent;
          const card = cardOf(question);
          const choiceSet = findElements(card, (x) => x.type === 'Input.ChoiceSet')[0]!;
          const data = card.actions!.find((a) => a.data?.action === 'answer')!.data as JsonObject;
          since = (await pg.submitCard({ ...data, [choiceSet.id!]: option }, { replyToId: question.messageId })).seq;
        }
        const clicked = (await pg.waitFor(isResult, { since, description: 'the clicked result' })) as MessageEvent;
        assert.deepEqual(resultOf(cardOf(clicked)), { verdict: c.clickedVerdict, row: c.clickedRow });
        const verdictText = catalogFor(c.locale).verdicts[c.clickedVerdict as 'eligible'];
        assert.ok(textsOf(cardOf(clicked)).some((t) => t.includes(verdictText)));
      } finally {
        await pg.stop();
      }
    });
  }
});
