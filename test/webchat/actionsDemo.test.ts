// The local demonstration (PARTNER_ACTIONS_DEMO=true) as a newcomer tries it on the Web Chat page:
// the development entry point hands the app its stand-ins (tools/standins/serve.ts), a G1 result offers the actions, the sign-in card opens the
// stand-in's page, the code it shows is typed in the chat, and the invitation link follows; all
// over the local Direct Line, no Azure.
import { strict as assert } from 'assert';
import { App, createApp } from '../../src/hosting/app';
import { loadConfig } from '../../src/config';
import { cardIn, openDirectLine } from '../support/directLineChat';
import { buttonsOf, findElements, resultOf } from '../support/chat';
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
    const { say, until, signInWithCode } = await openDirectLine(base, 'dl_demo_partner_000001', 'en-US');
    const cardOf = cardIn;
    await say({ text: g1Sentence('en-US') });
    const result = await until((a) => {
      const card = cardOf(a);
      return card && resultOf(card).row ? card : undefined;
    });
    const buttons = buttonsOf(result).filter((b) => b.data?.action === 'partnerCenter');
    // The sentence's G1 is an Enterprise Agreement one: GDAP doesn't cover EA subscriptions, so only the invitation link.
    assert.deepEqual(
      buttons.map((b) => b.title),
      [en.actions.names.invitationLink],
    );
    await say({ value: buttons[0]!.data });
    await signInWithCode();
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
