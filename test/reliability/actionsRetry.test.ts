// The Partner Center actions through the host's whole turn path (the turn runner's dedupe and
// eTag-checked state): Teams retries an invoke whose answer was slow, with the same activity id.
// A retried confirmation is answered with the card again and creates nothing more; a retried
// start posts no second action card.
import { strict as assert } from 'assert';
import { MemoryStorage } from 'botbuilder';
import { StandInConnector } from '../../bench/standInConnector';
import { InProcess, startInProcess } from '../support/inProcess';
import { postJson } from '../support/http';
import { buttonsOf, CardJson, cardOf, findElements, resultOf } from '../support/chat';
import { Standins, startStandins } from '../../tools/standins/demo';
import { allCombinations } from '../support/answerCombinations';
import { decide } from '../../src/domain/rules';
import { DEMO_CONNECTION_NAME } from '../../src/hosting/actions';

const TENANT = '72f988bf-0000-4000-8000-00000000beec';
const BOT = '28:00000000-0000-0000-0000-0000000000b1';
const ASKER = { id: '29:asker-actions', name: 'Alex Wilber' };
const CONVERSATION = 'a:personal-actions-retry';

describe('Partner Center actions over HTTP: retried invokes (msteams)', function () {
  this.timeout(60_000);
  let connector: StandInConnector;
  let standins: Standins;
  let bot: InProcess;
  let sequence = 0;

  before(async () => {
    connector = await StandInConnector.start({ log: true });
    standins = await startStandins();
    bot = await startInProcess({ PARTNER_ACTIONS_DEMO: 'true' }, { storage: new MemoryStorage(), logLevel: 'warn', standins });
  });
  after(async () => {
    await bot?.stop();
    await standins?.stop();
    await connector?.close();
  });

  function activity(fields: Record<string, unknown>): Record<string, unknown> {
    sequence += 1;
    return {
      type: 'message',
      id: `act-${sequence}`,
      channelId: 'msteams',
      serviceUrl: connector.url,
      from: ASKER,
      recipient: { id: BOT, name: 'Advisor' },
      conversation: { id: CONVERSATION, conversationType: 'personal', tenantId: TENANT },
      channelData: { tenant: { id: TENANT } },
      locale: 'en-US',
      ...fields,
    };
  }

  function click(data: Record<string, unknown>, replyToId?: string): Record<string, unknown> {
    return activity({
      type: 'invoke',
      name: 'adaptiveCard/action',
      ...(replyToId ? { replyToId } : {}),
      value: { action: { type: 'Action.Execute', verb: String(data.action), data }, trigger: 'manual' },
    });
  }

  async function invoke(body: Record<string, unknown>): Promise<{ type: string; value: unknown }> {
    const res = await postJson(`${bot.base}/api/messages`, body);
    assert.equal(res.status, 200, res.text);
    return res.json as { type: string; value: unknown };
  }

  const lastCard = (): { card: CardJson; id: string } => {
    const posted = connector.messagesTo(CONVERSATION);
    const last = posted[posted.length - 1]!;
    return { card: cardOf(last.activity as never)!, id: last.assignedId! };
  };

  it('a retried start posts one action card; a retried confirmation creates one transfer and answers the same card', async () => {
    const answers = allCombinations().find((a) => decide(a, '2026-11').row === 'G6')!;
    assert.equal((await postJson(`${bot.base}/api/messages`, activity({ text: 'start' }))).status, 200);
    const opened = lastCard();
    const cardId = opened.id;
    let card = opened.card;
    for (const q of ['cloud', 'channel', 'service', 'goal', 'partnerType'] as const) {
      const option = answers[q];
      if (option === undefined) continue;
      const choiceSet = findElements(card, (e) => e.type === 'Input.ChoiceSet')[0]!;
      const next = card.actions!.find((a) => a.data?.action === 'answer')!;
      const answered = await invoke(click({ ...next.data, [choiceSet.id!]: option }, cardId));
      card = answered.value as CardJson;
    }
    const verdict = lastCard().card;
    assert.equal(resultOf(verdict).row, 'G6');
    const start = buttonsOf(verdict).find((a) => a.data?.action === 'partnerCenter' && a.data?.kind === 'startTransfer')!;
    standins.tokenService.signInDirectly(ASKER.id, DEMO_CONNECTION_NAME, 'msteams');

    const messages = connector.calls.messages;
    const startClick = click(start.data!);
    await invoke(startClick);
    await invoke(startClick);
    assert.equal(connector.calls.messages, messages + 1, 'the retried start posted nothing more');
    const form = lastCard().card;

    const review = buttonsOf(form).find((a) => a.data?.step === 'review')!;
    const inputs = {
      customer: 'contoso.onmicrosoft.com',
      customerEmail: 'admin@contoso.com',
      currentPartner: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      currentPartnerName: 'Fourth Coffee',
    };
    const reviewed = (await invoke(click({ ...review.data, ...inputs }))).value as CardJson;
    const confirm = click(buttonsOf(reviewed).find((a) => a.data?.step === 'confirm')!.data!);
    const first = await invoke(confirm);
    const again = await invoke(confirm);
    assert.equal(first.type, 'application/vnd.microsoft.card.adaptive');
    assert.deepEqual(again, first, 'the retry is answered with the same card');
    assert.equal(standins.partnerCenter.calls('POST /v1/customers/{customerId}/transfers'), 1, 'one transfer creation');
  });
});
