// The local demonstration (PARTNER_ACTIONS_DEMO=true) as a newcomer tries it on the Web Chat page:
// the development entry point hands the app its stand-ins (tools/standins/serve.ts), a G1 result offers the actions, the sign-in card opens the
// stand-in's page, the code it shows is typed in the chat, and the invitation link follows; all
// over the local Direct Line, no Azure.
import { strict as assert } from 'assert';
import { App, createApp } from '../../src/hosting/app';
import { loadConfig } from '../../src/hosting/config';
import { postJson } from '../support/http';
import { CardJson, findElements, resultOf } from '../support/chat';
import { g1Sentence } from '../support/sampleOverlay';
import { catalogFor } from '../../src/domain/textCatalog';
import { captureLogger } from '../support/inProcess';
import { startStandins } from '../../tools/standins/demo';

type Json = Record<string, unknown>;
const en = catalogFor('en-US');

describe('The Partner Center actions demonstration on the Web Chat page (local Direct Line)', function () {
  this.timeout(30_000);
  let app: App;
  let base: string;
  const log = captureLogger('info');

  before(async () => {
    app = createApp(loadConfig({ PORT: '0', PARTNER_ACTIONS_DEMO: 'true' }), { logger: log.logger, startStandins });
    base = `http://127.0.0.1:${await app.listen()}`;
  });
  after(() => app?.close());

  it('offers the actions, signs in with the code of the stand-in page and gets the invitation link', async () => {
    const issued = await postJson(`${base}/api/directline/token`, { userId: 'dl_demo_partner_000001', locale: 'en-US' });
    assert.equal(issued.status, 200, issued.text);
    const { token, conversationId: id } = issued.json as { token: string; conversationId: string };
    const auth = { authorization: `Bearer ${token}` };
    assert.equal((await postJson(`${base}/v3/directline/conversations`, { locale: 'en-US' }, auth)).status, 201);
    const url = `${base}/v3/directline/conversations/${id}/activities`;
    let watermark = '';
    const read = async (): Promise<Json[]> => {
      const res = await fetch(`${url}?watermark=${watermark}`, { headers: auth });
      const page = (await res.json()) as { activities: Json[]; watermark: string };
      watermark = page.watermark;
      return page.activities.filter((a) => (a.from as Json | undefined)?.id !== 'dl_demo_partner_000001');
    };
    const until = async <T>(find: (a: Json) => T | undefined): Promise<T> => {
      for (let attempt = 0; attempt < 100; attempt++) {
        for (const a of await read()) {
          const found = find(a);
          if (found !== undefined) return found;
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error('the bot did not answer');
    };
    const cardOf = (a: Json, type = 'application/vnd.microsoft.card.adaptive'): CardJson | undefined =>
      ((a.attachments ?? []) as { contentType: string; content: CardJson }[]).find((x) => x.contentType === type)?.content;
    await read();
    await postJson(url, { type: 'message', text: g1Sentence('en-US'), locale: 'en-US', from: { id: 'dl_demo_partner_000001' } }, auth);
    const result = await until((a) => {
      const card = cardOf(a);
      return card && resultOf(card).row ? card : undefined;
    });
    const buttons = (result.actions ?? []).filter((b) => b.data?.action === 'partnerCenter');
    // The sentence's G1 is an Enterprise Agreement one: GDAP doesn't cover EA subscriptions, so only the invitation link.
    assert.deepEqual(
      buttons.map((b) => b.title),
      [en.actions.names.invitationLink],
    );
    await postJson(url, { type: 'message', value: buttons[0]!.data, locale: 'en-US', from: { id: 'dl_demo_partner_000001' } }, auth);
    const signIn = await until((a) => cardOf(a, 'application/vnd.microsoft.card.oauth') as unknown as { buttons: { value: string }[] } | undefined);
    const page = await (await fetch(signIn.buttons[0]!.value)).text();
    const code = /\b(\d{6})\b/.exec(page)?.[1];
    assert.ok(code, 'the stand-in page shows a code');
    await postJson(url, { type: 'message', text: code, locale: 'en-US', from: { id: 'dl_demo_partner_000001' } }, auth);
    const invitation = await until((a) => {
      const card = cardOf(a);
      return card && findElements(card, (e) => e.id === 'customer-message').length > 0 ? card : undefined;
    });
    const message = findElements(invitation, (e) => e.id === 'customer-message')[0]!.text!;
    assert.match(message, /https:\/\/admin\.microsoft\.com\/Adminportal\/Home\?invType=ResellerRelationship/);
    assert.ok(
      log.lines.some((l) => (l as Json).audit === true && (l as Json).action === 'invitationLink' && (l as Json).outcome === 'succeeded'),
      'the audit record of the call',
    );
  });
});
