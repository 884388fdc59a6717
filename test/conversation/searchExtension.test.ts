// The Teams search message extension: a situation typed in the compose box gives result cards
// to insert, with previews; open answers give one labelled result per possibility.
import { strict as assert } from 'assert';
import { Activity } from 'botbuilder';
import { buttonsOf, CardJson, Chat, resultOf } from '../support/chat';
import { adaptiveCardValidator, describeErrors } from '../support/schemas';
import { catalogFor } from '../../src/domain/textCatalog';

interface ExtensionAttachment {
  contentType: string;
  content: CardJson;
  preview: { contentType: string; content: { title: string; text: string } };
}

async function query(text: string | undefined, locale = 'en-US'): Promise<ExtensionAttachment[]> {
  const chat = new Chat({ locale, conversationType: 'groupChat' });
  const parameters = text === undefined ? [{ name: 'initialRun', value: 'true' }] : [{ name: 'situation', value: text }];
  const replies: Partial<Activity>[] = await chat.turn({
    type: 'invoke',
    name: 'composeExtension/query',
    value: { commandId: 'situation', parameters, queryOptions: { skip: 0, count: 25 } },
  });
  const response = replies.find((r) => r.type === 'invokeResponse');
  assert.ok(response, 'an invoke response');
  const { status, body } = response.value as {
    status: number;
    body: { composeExtension: { type: string; attachmentLayout: string; attachments: ExtensionAttachment[] } };
  };
  assert.equal(status, 200);
  assert.equal(body.composeExtension.type, 'result');
  assert.equal(body.composeExtension.attachmentLayout, 'list');
  return body.composeExtension.attachments;
}

describe('search message extension', () => {
  const validate = adaptiveCardValidator();

  it('gives the one result card a complete situation leads to, with a preview', async () => {
    const results = await query('commercial cloud, customer bought Azure through EA, we are a direct-bill partner');
    assert.equal(results.length, 1);
    const [r] = results;
    assert.deepEqual(resultOf(r!.content), { verdict: 'eligible', row: 'G3' });
    assert.equal(r!.preview.contentType, 'application/vnd.microsoft.card.thumbnail');
    assert.match(r!.preview.content.title, /^Eligible · Policy 2026-11 · situation G3$/);
    assert.ok(validate(r!.content), describeErrors(validate));
    assert.equal(buttonsOf(r!.content).length, 0, 'an inserted card has no buttons that would talk to the bot');
  });

  it('lists one labelled result per value of the open answer', async () => {
    const results = await query('commercial cloud, the customer bought Azure through EA');
    assert.equal(results.length, 3);
    const labels = results.map((r) => r.preview.content.text);
    for (const role of ['Direct-bill partner', 'Indirect provider', 'Indirect reseller']) {
      assert.ok(
        labels.some((l) => l === `If Your role in CSP: ${role}`),
        `a result for ${role}: ${labels.join(' | ')}`,
      );
    }
    assert.ok(results.every((r) => resultOf(r.content).row === 'G3'));
  });

  it('shows the distinct outcomes and what they depend on when much is open', async () => {
    const results = await query('customer has Office 365');
    const rows = results.map((r) => resultOf(r.content).row);
    assert.equal(new Set(rows).size, rows.length, 'each outcome once');
    assert.ok(rows.includes('G1') && rows.includes('C4'));
    assert.ok(results.every((r) => /Also depends on: Partner Center, Bought through/.test(r.preview.content.text)));
  });

  it('offers every outcome to browse when nothing is typed yet', async () => {
    const results = await query(undefined);
    assert.deepEqual(
      results.map((r) => resultOf(r.content).row),
      ['G1', 'G2', 'G3', 'G4', 'G5', 'G6', 'G7', 'C1', 'C2', 'C3', 'C4', 'C5', 'C6'],
    );
  });

  it("answers in the user's language", async () => {
    const results = await query('коммерческое облако, клиент купил Azure через соглашение EA, мы косвенный поставщик', 'ru-RU');
    assert.equal(results.length, 1);
    assert.ok(results[0]!.preview.content.title.startsWith(catalogFor('ru-RU').verdicts.eligible));
    assert.ok(JSON.stringify(results[0]!.content).includes('https://learn.microsoft.com/ru-ru/'));
  });
});
