// The Partner Center actions end to end, on the real bot against the stand-ins: the buttons a
// result offers, the sign-in (Teams' single sign-on exchange and its duplicates, verify state, the
// Web Chat code), each action through its confirmation, a write done once however often it is
// confirmed, the owner alone acting on a card, failures in the user's language, audit records and
// no token in any log line. Shapes: Partner Center REST API (learn.microsoft.com/partner-center/developer:
// "Create a transfer for new commerce", "Get customers", "Get the reseller relationship request URL"),
// Microsoft Graph delegatedAdminRelationship ("Create delegatedAdminRelationship", "Create
// delegatedAdminRelationshipRequest"), Teams "Add code to enable SSO in your bot app".
import { strict as assert } from 'assert';
import { Activity } from 'botbuilder';
import { ActionWorld, CONNECTION } from '../support/actionWorld';
import { buttonsOf, CardJson, cardOf, Chat, ExecuteResult, findElements, resultOf, textsOf } from '../support/chat';
import { allCombinations } from '../support/answerCombinations';
import { decide } from '../../src/domain/rules';
import { catalogFor } from '../../src/domain/textCatalog';
import { LOCALES, LocaleTag } from '../../src/domain/locales';
import { OutcomeRow } from '../../src/domain/outcomes';
import type { DeploymentContent } from '../../src/domain/deploymentContent';
import { COPILOT_VERB } from '../../src/conversation/cards/copilotCards';

const ASKER = { id: '29:asker', name: 'Alex Wilber' };
const OTHER = { id: '29:colleague', name: 'Dana Rossi' };
const en = catalogFor('en-US');

/** The answers, in question order, of the first combination the default edition decides as `row`. */
function answersFor(row: OutcomeRow): string[] {
  const found = allCombinations().find((a) => decide(a, '2026-11').row === row);
  if (!found) throw new Error(`No combination gives ${row}`);
  return (['cloud', 'channel', 'service', 'goal', 'partnerType'] as const).map((q) => found[q]).filter((v): v is NonNullable<typeof v> => v !== undefined);
}

interface LoginRequest {
  connectionName: string;
  tokenExchangeResource?: { uri?: string };
  buttons: { type: string; value: string }[];
}

interface ActionButton {
  title: string;
  data: Record<string, unknown>;
  type: string;
  verb?: string;
}

function actionButtons(card: CardJson): ActionButton[] {
  return buttonsOf(card).filter((a) => a.data?.action === 'partnerCenter') as unknown as ActionButton[];
}

function inPlaceCard(result: ExecuteResult): CardJson {
  assert.equal(result.status, 200);
  assert.equal(result.body.type, 'application/vnd.microsoft.card.adaptive', `an updated card, not ${JSON.stringify(result.body).slice(0, 200)}`);
  return result.body.value as CardJson;
}

function messageLine(result: ExecuteResult): string {
  assert.equal(result.status, 200);
  assert.equal(result.body.type, 'application/vnd.microsoft.activity.message');
  return result.body.value as unknown as string;
}

function oauthCardOf(
  activities: Partial<Activity>[],
): { connectionName: string; tokenExchangeResource?: { uri?: string }; buttons: { type: string; value: string }[] } | undefined {
  const attachment = activities.flatMap((a) => a.attachments ?? []).find((a) => a.contentType === 'application/vnd.microsoft.card.oauth');
  return attachment?.content as never;
}

/** Clicks through the questions (Universal Actions) to the verdict; returns the verdict card. */
async function reachResult(chat: Chat, answers: string[], from = ASKER): Promise<CardJson> {
  await chat.say('start', { from });
  let verdict: Partial<Activity> | undefined;
  for (const option of answers) {
    const clicked = await chat.executeAnswer(option, { from });
    verdict = clicked.posted.find((a) => cardOf(a) && resultOf(cardOf(a)!).row) ?? verdict;
  }
  assert.ok(verdict, 'a verdict was posted');
  return cardOf(verdict)!;
}

/** The click on a button, as Teams sends an Action.Execute with the card's inputs merged into its data. */
function click(chat: Chat, button: ActionButton, inputs: Record<string, unknown> = {}, from = ASKER): Promise<ExecuteResult> {
  return chat.execute({ ...button.data, ...inputs }, { verb: button.verb ?? 'partnerCenter', from });
}

/** A result's button for one kind of action (G4/G6 offer the invitation link first, then the transfer). */
function kindButton(card: CardJson, kind: string): ActionButton {
  const found = actionButtons(card).find((b) => b.data.kind === kind);
  assert.ok(found, `the result offers ${kind}: ${JSON.stringify(buttonsOf(card))}`);
  return found;
}

function buttonOn(card: CardJson, step: string): ActionButton {
  const found = actionButtons(card).find((b) => b.data.step === step);
  assert.ok(found, `the card has a ${step} button: ${JSON.stringify(buttonsOf(card))}`);
  return found;
}

function postedCard(posted: Partial<Activity>[]): CardJson {
  const card = posted.map(cardOf).find((c) => c !== undefined);
  assert.ok(card, `a card was posted: ${JSON.stringify(posted).slice(0, 300)}`);
  return card;
}

/** Stops the stand-ins once the log is shown to carry none of the tokens they issued. */
async function stopChecked(world: ActionWorld): Promise<void> {
  assert.deepEqual(world.linesWithTokens(), [], 'no log line carries a token');
  await world.stop();
}

function auditLines(world: ActionWorld): Record<string, unknown>[] {
  return world.lines.filter((l) => (l as Record<string, unknown>).audit === true) as Record<string, unknown>[];
}

describe('Partner Center actions in Teams, against the stand-ins', () => {
  let world: ActionWorld;
  beforeEach(async () => {
    world = await new ActionWorld().start();
  });
  afterEach(() => stopChecked(world));

  it('G1: offers the invitation link and GDAP; after SSO and the confirmation, the approval link, one create and one lockForApproval', async () => {
    const chat = new Chat({ userId: ASKER.id, actions: (cs) => world.actions(cs) });
    const result = await reachResult(chat, answersFor('G1'));
    assert.deepEqual(resultOf(result), { verdict: 'eligible', row: 'G1' });
    const buttons = actionButtons(result);
    assert.deepEqual(
      buttons.map((b) => [b.title, b.type, b.verb]),
      [
        [en.actions.names.invitationLink, 'Action.Execute', 'partnerCenter'],
        [en.actions.names.requestGdap, 'Action.Execute', 'partnerCenter'],
      ],
    );

    // The form first: it calls nothing, so no sign-in is asked before it (the first Partner Center call is at Continue).
    const started = await click(chat, buttons[1]!);
    assert.equal(messageLine(started), en.actions.steps.opened);
    const form = postedCard(started.posted);
    assert.ok(textsOf(form).includes(en.actions.titles.gdapForm), 'the GDAP form');
    assert.ok(textsOf(form).includes(en.actions.steps.signInAtContinue), 'which says Continue asks for the sign-in');
    const roleSet = findElements(form, (e) => e.id === 'roleSet')[0] as unknown as { value: string };
    assert.equal(roleSet.value, 'm365Support', 'a licence support row starts from the Microsoft 365 support set');
    const inputs = { customer: 'Contoso.onmicrosoft.com', roleSet: 'm365Support', duration: 'P730D', autoExtend: 'false' };

    // Not signed in yet (Universal Actions, "Add code to enable SSO for Adaptive Cards Universal Actions"):
    // Continue is answered 401 with a loginRequest for the one who clicked; nothing is posted to the chat.
    const continued = await click(chat, buttonOn(form, 'review'), inputs);
    assert.deepEqual(continued.posted, [], 'nothing posted to the chat');
    const login = continued.body as unknown as { statusCode: number; type: string; value: LoginRequest };
    assert.equal(login.statusCode, 401);
    assert.equal(login.type, 'application/vnd.microsoft.activity.loginRequest');
    assert.equal(login.value.connectionName, CONNECTION);
    assert.equal(login.value.tokenExchangeResource?.uri, world.tokenService.exchangeUri, 'with the resource Teams gets the SSO token for');
    assert.equal(login.value.buttons[0]?.type, 'signin');

    // Teams signs the clicker in and sends the click again with value.authentication: the click goes on.
    const review = inPlaceCard(
      await chat.execute(undefined, {
        value: {
          action: { type: 'Action.Execute', verb: 'partnerCenter', data: { ...buttonOn(form, 'review').data, ...inputs } },
          trigger: 'manual',
          authentication: { id: 'ua-exchange', connectionName: CONNECTION, token: world.tokenService.teamsSsoToken(ASKER.id) },
        },
        from: ASKER,
      }),
    );
    assert.equal(world.tokenService.calls('POST /api/usertoken/exchange'), 1, 'exchanged once, for the one who clicked');
    assert.ok(!world.tokenService.isSignedIn(OTHER.id, CONNECTION, 'msteams'), 'nobody else is signed in');
    assert.ok(textsOf(review).some((t) => t.includes(en.actions.titles.gdapConfirm)));
    const facts = findElements(review, (e) => e.type === 'FactSet')[0] as unknown as { facts: { title: string; value: string }[] };
    assert.ok(
      facts.facts.some((f) => f.value === world.contoso.tenantId),
      'the customer found by its domain, with its tenant id',
    );
    assert.ok(
      facts.facts.some((f) => f.value === en.actions.durations.P730D),
      'two years',
    );
    const roles = findElements(review, (e) => e.id === 'roles')[0] as unknown as { value: string; choices: { value: string }[] };
    assert.equal(roles.value.split(',').length, 5, "the set's five roles preselected, editable");

    const done = inPlaceCard(await click(chat, buttonOn(review, 'confirm'), { roles: roles.value }));
    const texts = textsOf(done).join('\n');
    const relationship = world.partnerCenter.received.find((r) => r.endpoint === 'POST /tenantRelationships/delegatedAdminRelationships');
    assert.ok(relationship, 'Graph got the relationship');
    const body = relationship.body as { customer: { tenantId: string }; duration: string; accessDetails: { unifiedRoles: { roleDefinitionId: string }[] } };
    assert.equal(body.customer.tenantId, world.contoso.tenantId);
    assert.equal(body.duration, 'P730D');
    assert.deepEqual(body.accessDetails.unifiedRoles.map((r) => r.roleDefinitionId).sort(), roles.value.split(',').sort());
    assert.match(texts, /https:\/\/admin\.microsoft\.com\/AdminPortal\/Home#\/partners\/invitation\/granularAdminRelationships\/[\w-]+/, 'the approval link');
    assert.equal(world.partnerCenter.calls('POST /tenantRelationships/delegatedAdminRelationships'), 1, 'one create');
    assert.equal(world.partnerCenter.calls('POST /tenantRelationships/delegatedAdminRelationships/{id}/requests'), 1, 'one lockForApproval');
    const lock = world.partnerCenter.received.find((r) => r.endpoint === 'POST /tenantRelationships/delegatedAdminRelationships/{id}/requests');
    assert.deepEqual(lock?.body, { action: 'lockForApproval' });

    // The same confirmation clicked again: the same card, nothing sent.
    const repeated = inPlaceCard(await click(chat, buttonOn(review, 'confirm'), { roles: roles.value }));
    assert.deepEqual(repeated, done);
    assert.equal(world.partnerCenter.calls('POST /tenantRelationships/delegatedAdminRelationships'), 1);

    const audit = auditLines(world);
    assert.deepEqual(
      audit.map((a) => [a.action, a.outcome, a.customerTenantId]),
      [['requestGdap', 'succeeded', world.contoso.tenantId]],
      'one audit record for the one action carried out',
    );
    assert.equal(audit[0]!.who, ASKER.id, "the channel's user id");
    assert.equal(audit[0]!.signedInObjectId, world.tokenService.oidOf(ASKER.id), "beside it, the signed-in user's Entra object id (their token's oid)");
    assert.ok(typeof audit[0]!.resultId === 'string');
  });

  it('G6 in the default edition: one transfer however often the confirmation is clicked, its id and status, and Check status later', async () => {
    const chat = new Chat({ userId: ASKER.id, actions: (cs) => world.actions(cs) });
    const result = await reachResult(chat, answersFor('G6'));
    assert.equal(resultOf(result).row, 'G6');
    const buttons = actionButtons(result);
    assert.deepEqual(
      buttons.map((b) => b.data.kind),
      ['invitationLink', 'startTransfer'],
    );
    world.tokenService.signInDirectly(ASKER.id, CONNECTION, 'msteams');
    const started = await click(chat, buttons[1]!);
    const form = postedCard(started.posted);
    const currentPartner = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
    const inputs = { customer: 'contoso.onmicrosoft.com', customerEmail: 'admin@contoso.com', currentPartner, currentPartnerName: 'Fourth Coffee' };
    const review = inPlaceCard(await click(chat, buttonOn(form, 'review'), inputs));
    const confirm = buttonOn(review, 'confirm');
    const cards = [];
    for (let i = 0; i < 3; i++) cards.push(inPlaceCard(await click(chat, confirm)));
    assert.equal(world.partnerCenter.calls('POST /v1/customers/{customerId}/transfers'), 1, 'exactly one transfer creation');
    assert.deepEqual(cards[1], cards[0]);
    assert.deepEqual(cards[2], cards[0]);
    const sent = world.partnerCenter.received.find((r) => r.endpoint === 'POST /v1/customers/{customerId}/transfers')!;
    assert.equal(sent.path, `/v1/customers/${world.contoso.tenantId}/transfers`);
    const body = sent.body as Record<string, unknown>;
    assert.equal(body.sourcePartnerTenantId, currentPartner);
    assert.equal(body.customerEmailId, 'admin@contoso.com');
    assert.equal(body.transferType, 5, 'new commerce, a number (TransferEntity page: "should standardize on 5")');
    assert.deepEqual(body.targetProductTypes, ['OnlineServicesNCE']);
    const requestId = sent.headers['ms-requestid'];
    assert.match(String(requestId), /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'a GUID ("Partner Center REST headers")');
    const texts = textsOf(cards[0]!).join('\n');
    assert.ok(texts.includes(en.actions.transferStatuses.Active), 'its status');

    const status = inPlaceCard(await click(chat, buttonOn(cards[0]!, 'status')));
    assert.equal(world.partnerCenter.calls('GET /v1/customers/{customerId}/transfers/{transferId}'), 1, 'Check status asks Partner Center');
    assert.ok(textsOf(status).join('\n').includes(en.actions.transferStatuses.Active));
    assert.deepEqual(
      auditLines(world).map((a) => [a.action, a.outcome]),
      [['startTransfer', 'succeeded']],
    );
  });

  it('G1: the invitation link, with the customer message in the language the partner picks', async () => {
    const chat = new Chat({ userId: ASKER.id, actions: (cs) => world.actions(cs) });
    const result = await reachResult(chat, answersFor('G1'));
    world.tokenService.signInDirectly(ASKER.id, CONNECTION, 'msteams');
    const started = await click(chat, actionButtons(result)[0]!);
    const card = postedCard(started.posted);
    const message = (findElements(card, (e) => e.id === 'customer-message')[0] as { text: string }).text;
    assert.match(message, /https:\/\/admin\.microsoft\.com\/Adminportal\/Home\?invType=ResellerRelationship/);
    const inHungarian = inPlaceCard(await click(chat, buttonOn(card, 'messageLanguage'), { messageLocale: 'hu-HU' }));
    const hu = (findElements(inHungarian, (e) => e.id === 'customer-message')[0] as { text: string }).text;
    assert.ok(hu.startsWith(catalogFor('hu-HU').actions.customerMessages.invitation.split('{url}')[0]!), 'the message in Hungarian');
    assert.equal(world.partnerCenter.calls('GET /v1/customers/relationshiprequests'), 1, 'the link is asked for once');
  });

  it("in a group chat, only the one who started an action card acts on it; another's click is told so and changes nothing", async () => {
    const chat = new Chat({ userId: ASKER.id, conversationType: 'groupChat', botId: '28:advisor-bot', actions: (cs) => world.actions(cs) });
    await chat.turn({
      type: 'message',
      text: '<at>Advisor</at> start',
      entities: [{ type: 'mention', text: '<at>Advisor</at>', mentioned: { id: '28:advisor-bot', name: 'Advisor' } }],
      from: ASKER,
    });
    let verdict: CardJson | undefined;
    for (const option of answersFor('G6')) {
      const clicked = await chat.executeAnswer(option, { from: ASKER });
      verdict = clicked.posted.map(cardOf).find((c) => c && resultOf(c).row) ?? verdict;
    }
    world.tokenService.signInDirectly(ASKER.id, CONNECTION, 'msteams');
    const form = postedCard((await click(chat, kindButton(verdict!, 'startTransfer'))).posted);
    const inputs = {
      customer: 'contoso.onmicrosoft.com',
      customerEmail: 'admin@contoso.com',
      currentPartner: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      currentPartnerName: 'Fourth Coffee',
    };
    const review = inPlaceCard(await click(chat, buttonOn(form, 'review'), inputs));
    world.tokenService.signInDirectly(OTHER.id, CONNECTION, 'msteams');
    const theirs = await click(chat, buttonOn(review, 'confirm'), {}, OTHER);
    assert.equal(messageLine(theirs), en.actions.problems.notYours.replace('{name}', ASKER.name));
    assert.equal(world.partnerCenter.calls('POST /v1/customers/{customerId}/transfers'), 0, 'nothing was created');
    inPlaceCard(await click(chat, buttonOn(review, 'confirm')));
    assert.equal(world.partnerCenter.calls('POST /v1/customers/{customerId}/transfers'), 1, 'the owner confirms it');
  });

  it('a failed exchange answers 412 (Teams shows the sign-in button); the click then comes again with the code the sign-in page showed', async () => {
    const chat = new Chat({ userId: ASKER.id, actions: (cs) => world.actions(cs) });
    const result = await reachResult(chat, answersFor('G1'));
    // The invitation link calls Partner Center at once: its button asks for the sign-in.
    const gdap = actionButtons(result)[0]!;
    const started = await click(chat, gdap);
    const link = (started.body as unknown as { value: LoginRequest }).value.buttons[0]!.value;
    const again = (value: Record<string, unknown>) =>
      chat.execute(undefined, {
        value: { action: { type: 'Action.Execute', verb: 'partnerCenter', data: gdap.data }, trigger: 'manual', ...value },
        from: ASKER,
      });
    world.tokenService.failNextExchange();
    const refused = await again({ authentication: { id: 'ua-1', connectionName: CONNECTION, token: world.tokenService.teamsSsoToken(ASKER.id) } });
    assert.equal((refused.body as unknown as { statusCode: number }).statusCode, 412);
    assert.deepEqual(refused.posted, []);
    const page = await (await fetch(link)).text();
    const code = /\b(\d{6})\b/.exec(page)?.[1];
    assert.ok(code, 'the sign-in page shows a code');
    const wrong = await again({ state: '000000' });
    assert.equal((wrong.body as unknown as { statusCode: number }).statusCode, 401, 'a wrong code signs nobody in: sign in again');
    const verified = await again({ state: code });
    assert.ok(textsOf(postedCard(verified.posted)).includes(en.actions.titles.invitation), 'the click goes on');
  });

  for (const locale of LOCALES) {
    it(`a 403 from Partner Center names the missing role, in ${locale}`, async () => {
      const chat = new Chat({ userId: ASKER.id, locale, actions: (cs) => world.actions(cs) });
      const result = await reachResult(chat, answersFor('G1'));
      world.tokenService.signInDirectly(ASKER.id, CONNECTION, 'msteams');
      world.partnerCenter.answerNext({ status: 403, body: { code: 403, description: 'Forbidden' } });
      const failedCard = postedCard((await click(chat, actionButtons(result)[0]!)).posted);
      const text = textsOf(failedCard).join('\n');
      const c = catalogFor(locale as LocaleTag);
      assert.ok(text.includes(c.actions.roles.adminAgent), `names ${c.actions.roles.adminAgent}: ${text}`);
      assert.ok(text.includes(c.actions.titles.failed));
      assert.deepEqual(
        auditLines(world).map((a) => [a.action, a.outcome]),
        [['invitationLink', 'forbidden']],
      );
    });
  }

  it('a sign-in without multi-factor authentication is told to sign in again with it', async () => {
    world.tokenService.mfa = false;
    const chat = new Chat({ userId: ASKER.id, actions: (cs) => world.actions(cs) });
    const result = await reachResult(chat, answersFor('G1'));
    world.tokenService.signInDirectly(ASKER.id, CONNECTION, 'msteams');
    const text = textsOf(postedCard((await click(chat, actionButtons(result)[0]!)).posted)).join('\n');
    assert.ok(text.includes(en.actions.failures.mfaRequired), text);
  });

  const failures: [string, { status?: number; headers?: Record<string, string>; delayMs?: number }, string][] = [
    ['401', { status: 401 }, en.actions.failures.unauthorized],
    ['404', { status: 404 }, en.actions.failures.notFound],
    ['409', { status: 409 }, en.actions.failures.conflict],
    ['429 with its wait', { status: 429, headers: { 'Retry-After': '42' } }, en.actions.failures.throttled.replace('{seconds}', '42')],
    ['503', { status: 503 }, en.actions.failures.unavailable],
    ['timeout', { delayMs: 1500 }, en.actions.failures.timeout],
  ];
  for (const [name, reply, expected] of failures) {
    it(`a ${name} on the transfer's confirmation is told what to do; the card can be confirmed again`, async () => {
      const chat = new Chat({ userId: ASKER.id, actions: (cs) => world.actions(cs, { timeoutMs: 500 }) });
      const result = await reachResult(chat, answersFor('G6'));
      world.tokenService.signInDirectly(ASKER.id, CONNECTION, 'msteams');
      const form = postedCard((await click(chat, kindButton(result, 'startTransfer'))).posted);
      const inputs = {
        customer: world.contoso.tenantId,
        customerEmail: 'admin@contoso.com',
        currentPartner: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
        currentPartnerName: 'Fourth Coffee',
      };
      const review = inPlaceCard(await click(chat, buttonOn(form, 'review'), inputs));
      world.partnerCenter.answerNext(reply);
      const failedCard = inPlaceCard(await click(chat, buttonOn(review, 'confirm')));
      assert.ok(textsOf(failedCard).join('\n').includes(expected), `says: ${expected}`);
      // Whatever Partner Center did with the failed call, confirming again makes one transfer at most.
      const retry = actionButtons(failedCard).find((b) => b.data.step === 'confirm');
      if (name !== '404') {
        assert.ok(retry, 'Try again confirms the same card');
        const done = inPlaceCard(await click(chat, retry));
        assert.ok(textsOf(done).join('\n').includes(en.actions.titles.transferDone));
        // A late answer still made its transfer: wait for it before counting.
        if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs! + 100));
        const made = world.partnerCenter.made().transfers;
        assert.equal(made, 1, 'one transfer in all');
      }
    });
  }
});

describe('Partner Center actions in Web Chat, against the stand-ins', () => {
  let world: ActionWorld;
  beforeEach(async () => {
    world = await new ActionWorld().start();
  });
  afterEach(() => stopChecked(world));

  it('signs in with the card and the code the page shows, then the action goes on', async () => {
    const chat = new Chat({ channelId: 'webchat', userId: 'dl_partner', actions: (cs) => world.actions(cs) });
    await chat.say('start');
    for (const option of answersFor('G1')) await chat.answer(option);
    const result = chat.lastCard();
    const buttons = actionButtons(result);
    assert.deepEqual(
      buttons.map((b) => b.type),
      ['Action.Submit', 'Action.Submit'],
      'Web Chat gets Action.Submit',
    );
    const started = await chat.submit(buttons[0]!.data);
    const oauth = oauthCardOf(started);
    assert.ok(oauth, 'a sign-in card');
    assert.ok(
      started.some((a) => a.text === en.actions.signIn.codePrompt),
      'with the word to type the code here',
    );
    const page = await (await fetch(oauth.buttons[0]!.value)).text();
    const code = /\b(\d{6})\b/.exec(page)![1]!;
    const after = await chat.say(code);
    const card = postedCard(after);
    assert.ok(textsOf(card).includes(en.actions.titles.invitation), 'the invitation link follows the sign-in');
    assert.equal(world.partnerCenter.calls('GET /v1/customers/relationshiprequests'), 1);
  });
});

describe('Without an OAuth connection', () => {
  it('no result offers an action, and an action click signs nobody in', async () => {
    const chat = new Chat({ userId: ASKER.id });
    for (const row of ['G1', 'G4', 'G5', 'G6'] as const) {
      const result = await reachResult(chat, answersFor(row));
      assert.deepEqual(actionButtons(result), [], `${row} offers nothing`);
    }
    const clicked = await chat.execute({ action: 'partnerCenter', step: 'start', kind: 'requestGdap', row: 'G1' }, { verb: 'partnerCenter' });
    assert.equal(oauthCardOf(clicked.posted), undefined, 'no sign-in card');
    assert.notEqual(clicked.body.type, 'application/vnd.microsoft.activity.message');
  });
});

describe('Partner Center actions against hostile input', () => {
  let world: ActionWorld;
  beforeEach(async () => {
    world = await new ActionWorld().start();
  });
  afterEach(() => world.stop());

  const clicks: [string, Record<string, unknown>][] = [
    ['an unknown step', { action: 'partnerCenter', step: 'delete', kind: 'requestGdap', card: 'abcdefgh12' }],
    ['an unknown kind', { action: 'partnerCenter', step: 'start', kind: 'deleteCustomer', row: 'G1' }],
    ['a start without a row', { action: 'partnerCenter', step: 'start', kind: 'requestGdap' }],
    ['a card id no card has', { action: 'partnerCenter', step: 'confirm', kind: 'startTransfer', card: 'nosuchcard1' }],
    ['a card id with a path in it', { action: 'partnerCenter', step: 'confirm', kind: 'startTransfer', card: '../../etc/passwd' }],
    [
      'inputs far too long',
      { action: 'partnerCenter', step: 'review', kind: 'requestGdap', card: 'abcdefgh12', customer: 'x'.repeat(100_000), roles: 'a,'.repeat(50_000) },
    ],
  ];
  for (const [what, data] of clicks) {
    it(`a click with ${what} gets a short answer, calls nothing and keeps the conversation going`, async () => {
      const chat = new Chat({ userId: ASKER.id, actions: (cs) => world.actions(cs) });
      world.tokenService.signInDirectly(ASKER.id, CONNECTION, 'msteams');
      const answered = await chat.execute(data, { verb: 'partnerCenter' });
      assert.equal(answered.status, 200);
      assert.equal(messageLine(answered), en.actions.problems.expired);
      assert.equal(world.partnerCenter.received.length, 0, 'nothing reached Partner Center or Graph');
      const result = await reachResult(chat, answersFor('G1'));
      assert.equal(resultOf(result).row, 'G1', 'the advisor still answers');
    });
  }

  const invokes: [string, string, unknown, number][] = [
    ['a token exchange for another connection', 'signin/tokenExchange', { id: 'x1', connectionName: 'Other', token: 'abc' }, 400],
    ['a token exchange without a token', 'signin/tokenExchange', { id: 'x2', connectionName: CONNECTION }, 400],
    ['a token exchange that is no object', 'signin/tokenExchange', 'token', 400],
    ['a forged token to exchange', 'signin/tokenExchange', { id: 'x3', connectionName: CONNECTION, token: 'eyJhbGciOiJub25lIn0.eyJhdWQiOiJ4In0.' }, 412],
    ['a verify state without a code', 'signin/verifyState', {}, 400],
    ['a verify state with a made-up code', 'signin/verifyState', { state: '123456' }, 404],
  ];
  for (const [what, name, value, status] of invokes) {
    it(`${what} is answered ${status} and signs nobody in`, async () => {
      const chat = new Chat({ userId: ASKER.id, actions: (cs) => world.actions(cs) });
      const replies = await chat.turn({ type: 'invoke', name, value, from: ASKER });
      assert.equal((replies.find((a) => a.type === 'invokeResponse')?.value as { status: number }).status, status);
      assert.equal(world.tokenService.isSignedIn(ASKER.id, CONNECTION, 'msteams'), false);
    });
  }

  it('a typed six-digit number with no sign-in waiting is the advisor’s, not a code', async () => {
    const chat = new Chat({ channelId: 'webchat', userId: 'dl_partner', actions: (cs) => world.actions(cs) });
    await chat.say('start');
    const replies = await chat.say('123456');
    assert.equal(world.tokenService.calls('GET /api/usertoken/GetToken'), 0, 'the token service was not asked');
    assert.ok(replies.length > 0, 'the advisor answered it');
  });
});

describe("A partner's own role sets (CONTENT_OVERLAY)", () => {
  let world: ActionWorld;
  beforeEach(async () => {
    world = await new ActionWorld().start();
  });
  afterEach(() => stopChecked(world));

  it('are offered after Microsoft’s in the language they are written in, and their roles are the ones requested', async () => {
    const exchangeAdmin = { name: 'Exchange Administrator', roleDefinitionId: '29232cdf-9323-42fd-ade2-1d097af3e4de' };
    const content: DeploymentContent = {
      reviewDue: new Set(),
      overlay: { languages: { 'en-US': { name: 'Tailspin', roleSets: [{ id: 'mail', name: 'Tailspin mail desk', roles: [exchangeAdmin] }] } } },
    };
    const chat = new Chat({ userId: ASKER.id, actions: (cs) => world.actions(cs, { content }) });
    const result = await reachResult(chat, answersFor('G1'));
    world.tokenService.signInDirectly(ASKER.id, CONNECTION, 'msteams');
    const form = postedCard((await click(chat, actionButtons(result)[1]!)).posted);
    const sets = findElements(form, (e) => e.id === 'roleSet')[0] as unknown as { choices: { title: string; value: string }[] };
    assert.deepEqual(
      sets.choices.map((c) => c.title),
      [en.actions.roleSets.m365Support, en.actions.roleSets.azureManagement, 'Tailspin mail desk'],
    );
    const partnerSet = sets.choices[2]!.value;
    const review = inPlaceCard(
      await click(chat, buttonOn(form, 'review'), { customer: 'contoso.onmicrosoft.com', roleSet: partnerSet, duration: 'P180D', autoExtend: 'true' }),
    );
    const roles = findElements(review, (e) => e.id === 'roles')[0] as unknown as { value: string; choices: { title: string; value: string }[] };
    assert.equal(roles.value, exchangeAdmin.roleDefinitionId, "the partner's set preselected");
    assert.ok(roles.choices.some((c) => c.title === exchangeAdmin.name));
    inPlaceCard(await click(chat, buttonOn(review, 'confirm'), { roles: roles.value }));
    const sent = world.partnerCenter.received.find((r) => r.endpoint === 'POST /tenantRelationships/delegatedAdminRelationships')!.body as {
      duration: string;
      autoExtendDuration: string;
      accessDetails: { unifiedRoles: { roleDefinitionId: string }[] };
    };
    assert.deepEqual(sent.accessDetails.unifiedRoles, [{ roleDefinitionId: exchangeAdmin.roleDefinitionId }]);
    assert.equal(sent.duration, 'P180D');
    assert.equal(sent.autoExtendDuration, 'P180D');
  });
});

describe('Partner Center actions in Microsoft 365 Copilot', () => {
  let world: ActionWorld;
  beforeEach(async () => {
    world = await new ActionWorld().start();
  });
  afterEach(() => stopChecked(world));

  it("signs in as in Teams (SSO exchange); every step is a new message with Copilot's buttons, each click answered with a short line", async () => {
    const copilot = [{ type: 'ProductInfo', id: 'COPILOT' }];
    const chat = new Chat({ userId: ASKER.id, actions: (cs) => world.actions(cs) });
    // A G1 outside an Enterprise Agreement (GDAP doesn't cover EA subscriptions, so an EA G1 offers no GDAP).
    const replies = await chat.say('client has office365 via open value and wants support, we are direct bill, commercial PC', {
      from: ASKER,
      entities: copilot,
    });
    const verdict = replies.map(cardOf).find((c) => c && resultOf(c).row);
    assert.equal(verdict && resultOf(verdict).row, 'G1');
    const buttons = actionButtons(verdict!);
    assert.deepEqual(
      buttons.map((b) => b.verb),
      [COPILOT_VERB, COPILOT_VERB],
    );
    const execute = async (data: Record<string, unknown>): Promise<{ body: { type: string }; posted: Partial<Activity>[] }> => {
      const all = await chat.turn({
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb: COPILOT_VERB, data } },
        entities: copilot,
        from: ASKER,
      });
      const response = all.find((a) => a.type === 'invokeResponse')?.value as { body: { type: string } };
      return { body: response.body, posted: all.filter((a) => a.type !== 'invokeResponse') };
    };
    const started = await execute(buttons[1]!.data);
    assert.equal(started.body.type, 'application/vnd.microsoft.activity.message');
    const form = postedCard(started.posted);
    // Continue, Cancel and Sign out.
    assert.deepEqual(
      actionButtons(form).map((b) => b.verb),
      [COPILOT_VERB, COPILOT_VERB, COPILOT_VERB],
    );
    // Continue makes the first call: it asks for the sign-in.
    const continued = await execute({
      ...buttonOn(form, 'review').data,
      customer: 'contoso.onmicrosoft.com',
      roleSet: 'm365Support',
      duration: 'P90D',
      autoExtend: 'false',
    });
    assert.equal(continued.body.type, 'application/vnd.microsoft.activity.message');
    assert.ok(oauthCardOf(continued.posted)?.tokenExchangeResource, 'the sign-in card with its token exchange resource');
    const sso = await chat.turn({
      type: 'invoke',
      name: 'signin/tokenExchange',
      value: { id: 'copilot-exchange', connectionName: CONNECTION, token: world.tokenService.teamsSsoToken(ASKER.id) },
      entities: copilot,
      from: ASKER,
    });
    assert.ok(
      textsOf(postedCard(sso.filter((a) => a.type !== 'invokeResponse'))).some((t) => t.includes(en.actions.titles.gdapConfirm)),
      'the confirmation comes as a message once signed in',
    );
  });
});
