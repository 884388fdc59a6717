// Actions only where they apply, decided by the server from the conversation's own result, and
// requests as Microsoft documents them, on the real bot against the stand-ins. Sources:
// - GDAP in US Government: Partner Center's multipartner page says GDAP isn't available in Partner
//   Center for Microsoft Cloud for US Government (learn.microsoft.com/partner-center/customers/multipartner;
//   errata E6): no GDAP button, the result's note says how access is granted.
// - transferType: TransferEntity page (learn.microsoft.com/partner-center/developer/transfer-entity-resources),
//   "3 resolves to ModernAzure and 5 resolves to NewCommerce ... should standardize on 5".
// - partnerOnRecord: "Create a transfer for new commerce" (learn.microsoft.com/partner-center/developer/create-a-transfer),
//   "only applicable when transferring to an indirect provider target partner".
// - MS-Contract-Version, MS-RequestId, MS-CorrelationId: "Partner Center REST headers"
//   (learn.microsoft.com/partner-center/developer/headers).
import { strict as assert } from 'assert';
import { Activity } from 'botbuilder';
import { ActionWorld, CONNECTION } from '../support/actionWorld';
import { buttonsOf, CardJson, cardOf, Chat, ExecuteResult, resultOf, textsOf } from '../support/chat';
import { allCombinations } from '../support/answerCombinations';
import { decide } from '../../src/domain/rules';
import { catalogFor, format } from '../../src/domain/textCatalog';
import type { CompleteAnswers } from '../../src/domain/questions';
import { OutcomeRow } from '../../src/domain/outcomes';
import { TurnLogger } from '../../src/hosting/logging/turnLogger';

const ASKER = { id: '29:asker', name: 'Alex Wilber' };
const en = catalogFor('en-US');
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function answersWhere(row: OutcomeRow, where: (a: CompleteAnswers) => boolean): string[] {
  const found = allCombinations().find((a) => decide(a, '2026-11').row === row && where(a));
  if (!found) throw new Error(`No combination gives ${row} as asked`);
  return (['cloud', 'channel', 'service', 'goal', 'partnerType'] as const).map((q) => found[q]).filter((v): v is NonNullable<typeof v> => v !== undefined);
}

async function reachResult(chat: Chat, answers: string[]): Promise<CardJson> {
  await chat.say('start', { from: ASKER });
  let verdict: Partial<Activity> | undefined;
  for (const option of answers) {
    const clicked = await chat.executeAnswer(option, { from: ASKER });
    verdict = clicked.posted.find((a) => cardOf(a) && resultOf(cardOf(a)!).row) ?? verdict;
  }
  assert.ok(verdict, 'a verdict was posted');
  return cardOf(verdict)!;
}

const kindsOn = (card: CardJson): unknown[] =>
  buttonsOf(card)
    .filter((a) => a.data?.action === 'partnerCenter')
    .map((a) => a.data?.kind);

/** A start click as a crafted client would send it: any kind, any row. */
const crafted = (chat: Chat, kind: string, row: string): Promise<ExecuteResult> =>
  chat.execute({ action: 'partnerCenter', step: 'start', kind, row, service: 'license' }, { verb: 'partnerCenter', from: ASKER });

function line(result: ExecuteResult): string {
  assert.equal(result.status, 200);
  assert.equal(result.body.type, 'application/vnd.microsoft.activity.message');
  return result.body.value as unknown as string;
}

function noOAuthCard(posted: Partial<Activity>[]): void {
  assert.ok(!posted.flatMap((a) => a.attachments ?? []).some((a) => a.contentType === 'application/vnd.microsoft.card.oauth'), 'no sign-in asked for');
}

function postedCard(posted: Partial<Activity>[]): CardJson {
  const card = posted.map(cardOf).find((c) => c !== undefined);
  assert.ok(card, 'a card was posted');
  return card;
}

function buttonData(card: CardJson, step: string): Record<string, unknown> {
  const found = buttonsOf(card).find((a) => a.data?.action === 'partnerCenter' && a.data?.step === step);
  assert.ok(found?.data, `a ${step} button`);
  return found.data as Record<string, unknown>;
}

describe('Partner Center actions only where they apply, with the requests Microsoft documents', () => {
  let world: ActionWorld;
  beforeEach(async () => {
    world = await new ActionWorld().start();
  });
  afterEach(() => world.stop());

  it('a US Government G1 offers no GDAP; a crafted GDAP click calls nothing and says why', async () => {
    const chat = new Chat({ userId: ASKER.id, actions: (cs) => world.actions(cs) });
    const result = await reachResult(
      chat,
      answersWhere('G1', (a) => a.cloud === 'usgov' && a.channel !== 'ea' && a.partnerType === 'direct'),
    );
    assert.deepEqual(kindsOn(result), ['invitationLink']);
    assert.ok(textsOf(result).join('\n').includes(en.notes.usgovAdminAccess.text), 'the card says how administrator access is granted');
    world.tokenService.signInDirectly(ASKER.id, CONNECTION, 'msteams');
    const answer = await crafted(chat, 'requestGdap', 'G1');
    assert.equal(line(answer), en.actions.notOffered.gdapUsgov);
    assert.deepEqual(world.partnerCenter.received, [], 'no call to Partner Center or Graph');
    assert.equal(world.partnerCenter.made().relationships, 0);
  });

  it("an indirect reseller's G6 offers no transfer and names the provider; a crafted transfer click calls nothing", async () => {
    const chat = new Chat({ userId: ASKER.id, actions: (cs) => world.actions(cs) });
    const result = await reachResult(
      chat,
      answersWhere('G6', (a) => a.cloud === 'global' && a.partnerType === 'indirectReseller'),
    );
    assert.deepEqual(kindsOn(result), ['invitationLink']);
    assert.ok(textsOf(result).join('\n').includes(en.notes.viaIndirectProviderAttests.text), 'the card says the provider creates transfer requests');
    world.tokenService.signInDirectly(ASKER.id, CONNECTION, 'msteams');
    const answer = await crafted(chat, 'startTransfer', 'G6');
    assert.equal(line(answer), en.actions.notOffered.transferViaProvider);
    assert.deepEqual(answer.posted, [], 'no card, no sign-in');
    assert.deepEqual(world.partnerCenter.received, []);
  });

  it('a crafted transfer click on a G1 result calls nothing, signed in or not, and says why', async () => {
    const chat = new Chat({ userId: ASKER.id, actions: (cs) => world.actions(cs) });
    await reachResult(
      chat,
      answersWhere('G1', (a) => a.cloud === 'global' && a.channel === 'microsoft' && a.partnerType === 'direct'),
    );
    const before = await crafted(chat, 'startTransfer', 'G1');
    noOAuthCard(before.posted);
    world.tokenService.signInDirectly(ASKER.id, CONNECTION, 'msteams');
    const signedIn = await crafted(chat, 'startTransfer', 'G1');
    const expected = format(en.actions.notOffered.notForRow, { action: en.actions.names.startTransfer });
    assert.equal(line(before), expected);
    assert.equal(line(signedIn), expected);
    // The click's own row is not believed either: a G6 click on a G1 conversation is an earlier card's.
    assert.equal(line(await crafted(chat, 'startTransfer', 'G6')), en.actions.problems.expired);
    assert.deepEqual(world.partnerCenter.received, []);
  });

  it('21Vianet C1, and a conversation without a result: any start click calls nothing', async () => {
    const chat = new Chat({ userId: ASKER.id, actions: (cs) => world.actions(cs) });
    world.tokenService.signInDirectly(ASKER.id, CONNECTION, 'msteams');
    assert.equal(line(await crafted(chat, 'invitationLink', 'G1')), en.actions.notOffered.noResult);
    const result = await reachResult(
      chat,
      answersWhere('C1', () => true),
    );
    assert.deepEqual(kindsOn(result), []);
    assert.equal(line(await crafted(chat, 'requestGdap', 'C1')), en.actions.notOffered.china);
    assert.deepEqual(world.partnerCenter.received, []);
  });

  it("an indirect provider's transfer: partnerOnRecord asked and sent, transferType 5, every header, MS-CorrelationId = the turn's", async () => {
    const chat = new Chat({ userId: ASKER.id, actions: (cs) => world.actions(cs) });
    chat.adapter.use(new TurnLogger(world.log.logger));
    const result = await reachResult(
      chat,
      answersWhere('G6', (a) => a.cloud === 'global' && a.partnerType === 'indirectProvider'),
    );
    assert.deepEqual(kindsOn(result), ['invitationLink', 'startTransfer']);
    world.tokenService.signInDirectly(ASKER.id, CONNECTION, 'msteams');
    const form = postedCard((await crafted(chat, 'startTransfer', 'G6')).posted);
    assert.ok(JSON.stringify(form).includes('"id":"partnerOnRecord"'), 'the form asks for the reseller');
    const inputs = {
      customer: world.contoso.tenantId,
      customerEmail: 'admin@contoso.com',
      currentPartner: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      currentPartnerName: 'Fourth Coffee',
    };
    const refused = await chat.execute({ ...buttonData(form, 'review'), ...inputs, partnerOnRecord: 'not-a-number' }, { verb: 'partnerCenter', from: ASKER });
    assert.ok(JSON.stringify(refused.body).includes(en.actions.problems.partnerIdFormat), 'a partner ID is digits');
    const review = await chat.execute({ ...buttonData(form, 'review'), ...inputs, partnerOnRecord: '1234567' }, { verb: 'partnerCenter', from: ASKER });
    const reviewCard = review.body.value as CardJson;
    world.log.lines.length = 0;
    await chat.execute(buttonData(reviewCard, 'confirm'), { verb: 'partnerCenter', from: ASKER });
    const sent = world.partnerCenter.received.find((r) => r.endpoint === 'POST /v1/customers/{customerId}/transfers');
    assert.ok(sent, 'the transfer was created');
    const body = sent.body as Record<string, unknown>;
    assert.equal(body.transferType, 5, 'TransferEntity: a number, 5 for new commerce');
    assert.equal(body.partnerOnRecord, '1234567', 'create-a-transfer: the indirect provider target names its reseller');
    assert.equal(sent.headers['ms-contract-version'], 'v1', 'headers page: required');
    assert.match(String(sent.headers['ms-requestid']), GUID, 'headers page: a GUID');
    assert.match(String(sent.headers['ms-correlationid']), GUID, 'headers page: a GUID');
    const turnLine = world.lines.find((l) => (l as Record<string, unknown>).msg === 'turn') as Record<string, unknown> | undefined;
    assert.ok(turnLine, "the turn's log line");
    assert.equal(sent.headers['ms-correlationid'], turnLine.correlationId, "MS-CorrelationId is the turn's correlation id");
    const audit = world.lines.find((l) => (l as Record<string, unknown>).audit === true) as Record<string, unknown> | undefined;
    assert.equal(audit?.correlationId, turnLine.correlationId, 'the audit names the same');
  });

  it('MS-RequestId: kept for the retry of an unanswered attempt, new after any answer', async () => {
    const chat = new Chat({ userId: ASKER.id, actions: (cs) => world.actions(cs, { timeoutMs: 500 }) });
    await reachResult(
      chat,
      answersWhere('G6', (a) => a.cloud === 'global' && a.partnerType === 'direct'),
    );
    world.tokenService.signInDirectly(ASKER.id, CONNECTION, 'msteams');
    const form = postedCard((await crafted(chat, 'startTransfer', 'G6')).posted);
    const inputs = {
      customer: world.contoso.tenantId,
      customerEmail: 'admin@contoso.com',
      currentPartner: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      currentPartnerName: 'Fourth Coffee',
    };
    const review = (await chat.execute({ ...buttonData(form, 'review'), ...inputs }, { verb: 'partnerCenter', from: ASKER })).body.value as CardJson;
    const confirm = buttonData(review, 'confirm');
    world.partnerCenter.answerNext({ status: 503, body: { code: 503, description: 'Unavailable.' } });
    await chat.execute(confirm, { verb: 'partnerCenter', from: ASKER });
    world.partnerCenter.answerNext({ delayMs: 1500 });
    await chat.execute(confirm, { verb: 'partnerCenter', from: ASKER });
    await chat.execute(confirm, { verb: 'partnerCenter', from: ASKER });
    const ids = world.partnerCenter.received.filter((r) => r.endpoint === 'POST /v1/customers/{customerId}/transfers').map((r) => r.headers['ms-requestid']);
    assert.equal(ids.length, 3);
    assert.notEqual(ids[1], ids[0], 'after an answer (a 503), a new id');
    assert.equal(ids[2], ids[1], 'the retry after a timeout sends the same id');
    assert.equal(world.partnerCenter.made().transfers, 1);
  });

  it('GDAP on G1: Check status shows the relationship waiting for approval, then active once the customer approved, with when it was checked', async () => {
    const chat = new Chat({ userId: ASKER.id, actions: (cs) => world.actions(cs) });
    await reachResult(
      chat,
      answersWhere('G1', (a) => a.cloud === 'global' && a.channel === 'microsoft' && a.partnerType === 'direct'),
    );
    world.tokenService.signInDirectly(ASKER.id, CONNECTION, 'msteams');
    const form = postedCard((await crafted(chat, 'requestGdap', 'G1')).posted);
    const review = (
      await chat.execute(
        { ...buttonData(form, 'review'), customer: world.contoso.tenantId, roleSet: 'm365Support', duration: 'P730D' },
        { verb: 'partnerCenter', from: ASKER },
      )
    ).body.value as CardJson;
    const done = (
      await chat.execute({ ...buttonData(review, 'confirm'), roles: '88d8e3e3-8f55-4a1e-953a-9b9898b8876b' }, { verb: 'partnerCenter', from: ASKER })
    ).body.value as CardJson;
    assert.ok(textsOf(done).includes(en.actions.titles.gdapDone));
    const pending = (await chat.execute(buttonData(done, 'status'), { verb: 'partnerCenter', from: ASKER })).body.value as CardJson;
    const facts = (card: CardJson): string => JSON.stringify(card);
    assert.ok(facts(pending).includes(en.actions.gdapStatuses.approvalPending), 'waiting for the customer');
    assert.match(facts(pending), new RegExp(`"${en.actions.checkedAt}","value":"[^"]*\\d{4}[^"]*\\d{1,2}:\\d{2}[^"]*UTC"`), 'with when it was checked');
    const relationshipId = [...world.partnerCenter.received]
      .reverse()
      .find((r) => r.endpoint.startsWith('GET /tenantRelationships/delegatedAdminRelationships/'))!
      .path.split('/')
      .pop()!;
    assert.ok(world.partnerCenter.approve(decodeURIComponent(relationshipId)), 'the customer approves');
    const active = (await chat.execute(buttonData(pending, 'status'), { verb: 'partnerCenter', from: ASKER })).body.value as CardJson;
    assert.ok(facts(active).includes(en.actions.gdapStatuses.active), 'active once approved');
  });
});
