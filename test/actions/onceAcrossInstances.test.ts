// Once, everywhere: two instances of the bot share their state in Azurite (blob storage with real
// eTag conditions, as in Azure) and the same stand-ins; one transfer confirmation reaches both at
// once (a double click delivered to two instances). The confirmation's claim is saved before the
// create call with the eTag read (state/optimisticState.ts), so one instance calls Partner Center
// and the other's turn, run again on the state now stored, calls nothing: one create call, one
// audit record, and both answer with a card. The same for an access assignment's confirmation
// (Graph "Create accessAssignments"): one create call per group, one audit record.
import { strict as assert } from 'assert';
import { StandInConnector } from '../../bench/standInConnector';
import { InProcess, startInProcess } from '../support/inProcess';
import { postJson } from '../support/http';
import { buttonsOf, CardJson, cardOf, resultOf } from '../support/chat';
import { Standins, startStandins } from '../../tools/standins/demo';
import { allCombinations } from '../support/answerCombinations';
import { decide } from '../../src/domain/rules';
import type { Answers } from '../../src/domain/questions';
import { DEMO_CONNECTION_NAME } from '../../src/hosting/actions';
import { azurite } from '../support/azurite';

const TENANT = '72f988bf-0000-4000-8000-00000000beec';
const BOT = '28:00000000-0000-0000-0000-0000000000b1';
const ASKER = { id: '29:asker-once', name: 'Alex Wilber' };
const CONVERSATION = 'a:personal-actions-once';

describe('Partner Center actions on two instances sharing Azurite state', function () {
  this.timeout(120_000);
  let connector: StandInConnector;
  let standins: Standins;
  let one: InProcess;
  let two: InProcess;
  let sequence = 0;

  before(async () => {
    const az = await azurite();
    connector = await StandInConnector.start({ log: true });
    standins = await startStandins();
    // The customer's approval is active at once here: the demonstration's activation lag (D8, D19) is the stand-ins' own test.
    standins.partnerCenter.activationDelayMs = 0;
    const env = { PARTNER_ACTIONS_DEMO: 'true', STORAGE: 'blob', BLOB_CONNECTION_STRING: az.connectionString, BLOB_CONTAINER: az.container('once') };
    one = await startInProcess(env, { logLevel: 'info', standins });
    two = await startInProcess(env, { logLevel: 'info', standins });
  });
  after(async () => {
    await one?.stop();
    await two?.stop();
    await standins?.stop();
    await connector?.close();
  });

  function activity(fields: Record<string, unknown>): Record<string, unknown> {
    sequence += 1;
    return {
      type: 'message',
      id: `once-${sequence}`,
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

  const click = (data: Record<string, unknown>): Record<string, unknown> =>
    activity({
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb: String(data.action), data }, trigger: 'manual' },
    });

  async function invoke(bot: InProcess, body: Record<string, unknown>): Promise<{ type: string; value: unknown }> {
    const res = await postJson(`${bot.base}/api/messages`, body);
    assert.equal(res.status, 200, res.text);
    return res.json as { type: string; value: unknown };
  }

  const lastCard = (): CardJson => {
    const posted = connector.messagesTo(CONVERSATION);
    return cardOf(posted[posted.length - 1]!.activity as never)!;
  };

  /** From 'start' to the verdict on the first instance, clicking each question's answer; the verdict card. */
  async function answerUpToVerdict(answers: Answers): Promise<CardJson> {
    await postJson(`${one.base}/api/messages`, activity({ text: 'start' }));
    let card = lastCard();
    for (const q of ['cloud', 'channel', 'service', 'goal', 'partnerType'] as const) {
      const option = answers[q];
      if (option === undefined) continue;
      const execute = card.actions?.find((a) => a.type === 'Action.Execute');
      card = (await invoke(one, click({ ...(execute?.data ?? {}), [q]: option }))).value as CardJson;
    }
    return lastCard();
  }

  it('one confirmation sent to both at once: one create call, one audit record', async () => {
    const answers = allCombinations().find((a) => decide(a, '2026-11').row === 'G6' && a.partnerType === 'direct' && a.cloud === 'global')!;
    const verdict = await answerUpToVerdict(answers);
    assert.equal(resultOf(verdict).row, 'G6');
    const start = buttonsOf(verdict).find((a) => a.data?.kind === 'startTransfer')!;
    standins.tokenService.signInDirectly(ASKER.id, DEMO_CONNECTION_NAME, 'msteams');
    await invoke(one, click(start.data!));
    const form = lastCard();
    const review = buttonsOf(form).find((a) => a.data?.step === 'review')!;
    const inputs = {
      customer: 'contoso.onmicrosoft.com',
      customerEmail: 'admin@contoso.com',
      currentPartner: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      currentPartnerName: 'Fourth Coffee',
    };
    const reviewed = (await invoke(two, click({ ...review.data, ...inputs }))).value as CardJson;
    const confirm = buttonsOf(reviewed).find((a) => a.data?.step === 'confirm')!.data!;
    // Partner Center answers slowly, so both turns are under way together.
    standins.partnerCenter.answerNext({ delayMs: 700 });
    const [a, b] = await Promise.all([invoke(one, click(confirm)), invoke(two, click(confirm))]);
    assert.equal(a.type, 'application/vnd.microsoft.card.adaptive');
    assert.equal(b.type, 'application/vnd.microsoft.card.adaptive');
    assert.equal(standins.partnerCenter.calls('POST /v1/customers/{customerId}/transfers'), 1, 'one create call');
    const audits = [...one.lines, ...two.lines].filter(
      (l) => (l as Record<string, unknown>).audit === true && (l as Record<string, unknown>).action === 'startTransfer',
    );
    assert.equal(audits.length, 1, 'one audit record');
    assert.equal(standins.partnerCenter.made().transfers, 1);
  });

  it('one access assignment confirmation sent to both at once: one create call per group, one audit record each', async () => {
    const answers = allCombinations().find(
      (a) => decide(a, '2026-11').row === 'G1' && a.partnerType === 'direct' && a.cloud === 'global' && a.channel === 'microsoft',
    )!;
    const verdict = await answerUpToVerdict(answers);
    assert.equal(resultOf(verdict).row, 'G1');
    standins.tokenService.signInDirectly(ASKER.id, DEMO_CONNECTION_NAME, 'msteams');
    await invoke(one, click(buttonsOf(verdict).find((a) => a.data?.kind === 'requestGdap')!.data!));
    const form = lastCard();
    const step = (c: CardJson, name: string): Record<string, unknown> => buttonsOf(c).find((a) => a.data?.step === name)!.data!;
    const review = (await invoke(two, click({ ...step(form, 'review'), customer: 'contoso.onmicrosoft.com', roleSet: 'm365Support', duration: 'P730D' })))
      .value as CardJson;
    const done = (await invoke(one, click({ ...step(review, 'confirm'), roles: '88d8e3e3-8f55-4a1e-953a-9b9898b8876b' }))).value as CardJson;
    const created = standins.partnerCenter.received.find((r) => r.endpoint === 'POST /tenantRelationships/delegatedAdminRelationships')!;
    const relationships = standins.partnerCenter.received.filter((r) => r.endpoint === 'POST /tenantRelationships/delegatedAdminRelationships/{id}/requests');
    const relationshipId = decodeURIComponent(relationships[relationships.length - 1]!.path.split('/')[3]!);
    assert.ok(created && standins.partnerCenter.approve(relationshipId), 'the customer approves');
    const active = (await invoke(two, click(step(done, 'status')))).value as CardJson;
    const assign = (await invoke(one, click(step(active, 'assign')))).value as CardJson;
    const groups = (assign.body ?? []).find((e) => (e as { id?: string }).id === 'groups') as unknown as { choices: { value: string }[] };
    const picked = groups.choices[0]!.value;
    const reviewing = (await invoke(two, click({ ...step(assign, 'review'), groups: picked }))).value as CardJson;
    const confirm = { ...step(reviewing, 'confirm'), roles0: '88d8e3e3-8f55-4a1e-953a-9b9898b8876b' };
    const endpoint = 'POST /tenantRelationships/delegatedAdminRelationships/{id}/accessAssignments';
    const before = standins.partnerCenter.calls(endpoint);
    // Graph answers slowly, so both turns are under way together.
    standins.partnerCenter.answerNext({ delayMs: 700 });
    const [a, b] = await Promise.all([invoke(one, click(confirm)), invoke(two, click(confirm))]);
    assert.equal(a.type, 'application/vnd.microsoft.card.adaptive');
    assert.equal(b.type, 'application/vnd.microsoft.card.adaptive');
    assert.equal(standins.partnerCenter.calls(endpoint) - before, 1, 'one create call for the one group');
    const audits = [...one.lines, ...two.lines].filter(
      (l) => (l as Record<string, unknown>).audit === true && (l as Record<string, unknown>).action === 'assignAccess',
    );
    assert.equal(audits.length, 1, 'one audit record');
  });
});
