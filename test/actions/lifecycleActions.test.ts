// A done card's second thoughts end to end (issue 63), in Teams on the real bot against the
// stand-ins: cancel a pending transfer request ("Update a transfer request for new commerce":
// PATCH with "status": "Cancel", only while pending) and turn on a relationship's automatic
// extension ("Update delegatedAdminRelationship": PATCH autoExtendDuration P180D over its ETag,
// never with Global Administrator). Each confirmation is carried out once however often it is
// clicked, reads the object first, refuses what Microsoft would, and leaves one audit record.
import { strict as assert } from 'assert';
import { Activity } from 'botbuilder';
import { ActionWorld, CONNECTION } from '../support/actionWorld';
import { buttonsOf, CardJson, cardOf, Chat, ExecuteResult, resultOf, textsOf } from '../support/chat';
import { allCombinations } from '../support/answerCombinations';
import { decide } from '../../src/domain/rules';
import { catalogFor, format } from '../../src/domain/textCatalog';
import { GLOBAL_ADMINISTRATOR_ROLE_ID } from '../../src/domain/actions';
import { OutcomeRow } from '../../src/domain/outcomes';

const ASKER = { id: '29:asker', name: 'Alex Wilber' };
const en = catalogFor('en-US');

function answersFor(row: OutcomeRow): string[] {
  const found = allCombinations().find((a) => decide(a, '2026-11').row === row);
  if (!found) throw new Error(`No combination gives ${row}`);
  return (['cloud', 'channel', 'service', 'goal', 'partnerType'] as const).map((q) => found[q]).filter((v): v is NonNullable<typeof v> => v !== undefined);
}

type Button = { title: string; data: Record<string, unknown>; verb?: string };
const actionButtons = (card: CardJson): Button[] => buttonsOf(card).filter((a) => a.data?.action === 'partnerCenter') as unknown as Button[];
function buttonOn(card: CardJson, step: string): Button {
  const found = actionButtons(card).find((b) => b.data.step === step);
  assert.ok(found, `the card has a ${step} button: ${JSON.stringify(buttonsOf(card))}`);
  return found;
}
const click = (chat: Chat, button: Button, inputs: Record<string, unknown> = {}): Promise<ExecuteResult> =>
  chat.execute({ ...button.data, ...inputs }, { verb: button.verb ?? 'partnerCenter', from: ASKER });
function inPlace(result: ExecuteResult): CardJson {
  assert.equal(result.status, 200);
  assert.equal(result.body.type, 'application/vnd.microsoft.card.adaptive', `an updated card, not ${JSON.stringify(result.body).slice(0, 200)}`);
  return result.body.value as CardJson;
}
function posted(activities: Partial<Activity>[]): CardJson {
  const card = activities.map(cardOf).find((c) => c !== undefined);
  assert.ok(card, 'a card was posted');
  return card;
}
async function reachResult(chat: Chat, answers: string[]): Promise<CardJson> {
  await chat.say('start', { from: ASKER });
  let verdict: Partial<Activity> | undefined;
  for (const option of answers)
    verdict = (await chat.executeAnswer(option, { from: ASKER })).posted.find((a) => cardOf(a) && resultOf(cardOf(a)!).row) ?? verdict;
  assert.ok(verdict);
  return cardOf(verdict)!;
}
const audits = (world: ActionWorld): [unknown, unknown][] =>
  world.lines
    .filter((l) => (l as Record<string, unknown>).audit === true)
    .map((l) => [(l as Record<string, unknown>).action, (l as Record<string, unknown>).outcome]);

describe('issue 63: a done card’s second thoughts in Teams, against the stand-ins', () => {
  let world: ActionWorld;
  beforeEach(async () => {
    world = await new ActionWorld().start();
  });
  afterEach(async () => {
    assert.deepEqual(world.linesWithTokens(), [], 'no log line carries a token');
    await world.stop();
  });

  async function transferCard(chat: Chat): Promise<CardJson> {
    const result = await reachResult(chat, answersFor('G6'));
    world.tokenService.signInDirectly(ASKER.id, CONNECTION, 'msteams');
    const form = posted(
      (
        await click(
          chat,
          actionButtons(result).find((b) => b.data.kind === 'startTransfer')!,
        )
      ).posted,
    );
    const inputs = {
      customer: 'contoso.onmicrosoft.com',
      customerEmail: 'admin@contoso.com',
      currentPartner: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      currentPartnerName: 'Fourth Coffee',
    };
    const review = inPlace(await click(chat, buttonOn(form, 'review'), inputs));
    return inPlace(await click(chat, buttonOn(review, 'confirm')));
  }

  it('cancels a pending transfer request once, however often Cancel request is confirmed; the transfer read first, sent back with "Cancel"', async () => {
    const chat = new Chat({ userId: ASKER.id, actions: (cs) => world.actions(cs) });
    const done = await transferCard(chat);
    assert.ok(textsOf(done).join('\n').includes(en.actions.transferStatuses.Active));
    const confirm = inPlace(await click(chat, buttonOn(done, 'cancelTransfer')));
    assert.ok(textsOf(confirm).includes(en.actions.titles.transferCancel), 'asked to confirm first');
    assert.equal(world.partnerCenter.calls('PATCH /v1/customers/{customerId}/transfers/{transferId}'), 0, 'nothing sent before Confirm');
    const cards = [];
    for (let i = 0; i < 3; i++) cards.push(inPlace(await click(chat, buttonOn(confirm, 'confirm'))));
    assert.equal(world.partnerCenter.calls('PATCH /v1/customers/{customerId}/transfers/{transferId}'), 1, 'one cancel');
    assert.equal(world.partnerCenter.calls('GET /v1/customers/{customerId}/transfers/{transferId}'), 1, 'its status read once, first');
    const patch = world.partnerCenter.received.find((r) => r.method === 'PATCH')!;
    assert.equal((patch.body as Record<string, unknown>).status, 'Cancel');
    const texts = textsOf(cards[0]!).join('\n');
    assert.ok(texts.includes(en.actions.transfer.cancelled), 'said so');
    assert.ok(texts.includes(en.actions.transferStatuses.Canceled), 'its status now');
    assert.ok(!actionButtons(cards[0]!).some((b) => b.data.step === 'cancelTransfer'), 'no Cancel request on a cancelled request');
    assert.deepEqual(
      audits(world).filter(([a]) => a === 'cancelTransfer'),
      [['cancelTransfer', 'succeeded']],
    );
  });

  it('refuses to cancel a transfer the current partner completed meanwhile, saying its status; nothing is sent', async () => {
    const chat = new Chat({ userId: ASKER.id, actions: (cs) => world.actions(cs) });
    const done = await transferCard(chat);
    const confirm = inPlace(await click(chat, buttonOn(done, 'cancelTransfer')));
    // The current partner accepts it before the confirmation.
    const [id] = world.partnerCenter.transferIds();
    assert.ok(world.partnerCenter.completeTransfer(id!));
    const refused = inPlace(await click(chat, buttonOn(confirm, 'confirm')));
    const texts = textsOf(refused).join('\n');
    assert.ok(texts.includes(format(en.actions.transfer.notPending, { status: en.actions.transferStatuses.Completed })), texts);
    assert.equal(world.partnerCenter.calls('PATCH /v1/customers/{customerId}/transfers/{transferId}'), 0, 'no cancel sent');
    assert.deepEqual(
      audits(world).filter(([a]) => a === 'cancelTransfer'),
      [],
    );
  });

  async function activeRelationshipCard(chat: Chat, roles: string[], extraRoles: string[] = []): Promise<CardJson> {
    const result = await reachResult(chat, answersFor('G1'));
    world.tokenService.signInDirectly(ASKER.id, CONNECTION, 'msteams');
    const form = posted(
      (
        await click(
          chat,
          actionButtons(result).find((b) => b.data.kind === 'requestGdap')!,
        )
      ).posted,
    );
    const review = inPlace(
      await click(chat, buttonOn(form, 'review'), { customer: 'contoso.onmicrosoft.com', roleSet: 'm365Support', duration: 'P730D', autoExtend: 'false' }),
    );
    const done = inPlace(await click(chat, buttonOn(review, 'confirm'), { roles: roles.join(',') }));
    const id = world.partnerCenter.received
      .find((r) => r.endpoint === 'POST /tenantRelationships/delegatedAdminRelationships/{id}/requests')!
      .path.split('/')[3]!;
    assert.ok(world.partnerCenter.approve(decodeURIComponent(id)));
    // Roles no role set offers (made elsewhere, in Partner Center): Graph reports them with the relationship.
    const kept = world.partnerCenter.relationship(decodeURIComponent(id))!;
    (kept.accessDetails as { unifiedRoles: { roleDefinitionId: string }[] }).unifiedRoles.push(...extraRoles.map((roleDefinitionId) => ({ roleDefinitionId })));
    return inPlace(await click(chat, buttonOn(done, 'status')));
  }

  it('turns auto-extend on over the ETag read; a relationship changed meanwhile (412) is read once more', async () => {
    const chat = new Chat({ userId: ASKER.id, actions: (cs) => world.actions(cs) });
    const active = await activeRelationshipCard(chat, ['729827e3-9c14-49f7-bb1b-9608f156bbb8']);
    const confirm = inPlace(await click(chat, buttonOn(active, 'autoExtend')));
    assert.ok(textsOf(confirm).includes(en.actions.titles.gdapExtend));
    // The read goes through; the first update meets a changed relationship.
    world.partnerCenter.answerNext({});
    world.partnerCenter.answerNext({ status: 412, body: { error: { code: 'PreconditionFailed', message: 'The ETag does not match.' } } });
    const on = inPlace(await click(chat, buttonOn(confirm, 'confirm')));
    assert.ok(textsOf(on).join('\n').includes(en.actions.extend.done), textsOf(on).join('\n'));
    assert.equal(world.partnerCenter.calls('PATCH /tenantRelationships/delegatedAdminRelationships/{id}'), 2, 'updated again after the 412');
    const patches = world.partnerCenter.received.filter((r) => r.method === 'PATCH');
    assert.deepEqual(patches.at(-1)!.body, { autoExtendDuration: 'P180D' });
    assert.ok(
      patches.every((p) => typeof p.headers['if-match'] === 'string'),
      'always over an ETag',
    );
    assert.deepEqual(
      audits(world).filter(([a]) => a === 'autoExtend'),
      [
        ['autoExtend', 'rejected'],
        ['autoExtend', 'succeeded'],
      ],
    );
    assert.ok(!actionButtons(on).some((b) => b.data.step === 'autoExtend'), 'no longer offered');
    // Confirmed again (a double click): the card as it stands, nothing sent.
    inPlace(await click(chat, buttonOn(confirm, 'confirm')));
    assert.equal(world.partnerCenter.calls('PATCH /tenantRelationships/delegatedAdminRelationships/{id}'), 2);
  });

  it('refuses auto-extend for a relationship that includes Global Administrator, and says why; nothing is sent', async () => {
    const chat = new Chat({ userId: ASKER.id, actions: (cs) => world.actions(cs) });
    const active = await activeRelationshipCard(chat, ['729827e3-9c14-49f7-bb1b-9608f156bbb8'], [GLOBAL_ADMINISTRATOR_ROLE_ID]);
    const confirm = inPlace(await click(chat, buttonOn(active, 'autoExtend')));
    const refused = inPlace(await click(chat, buttonOn(confirm, 'confirm')));
    assert.ok(textsOf(refused).join('\n').includes(en.actions.extend.globalAdministrator));
    assert.equal(world.partnerCenter.calls('PATCH /tenantRelationships/delegatedAdminRelationships/{id}'), 0);
  });
});
