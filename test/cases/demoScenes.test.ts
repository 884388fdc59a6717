// The scenes of the demonstration (issue 63) that demoFollowUps.test.ts does not play, as
// docs/actions.md "Try it without Azure" walks through them on the Web Chat page (the local Direct
// Line, the demonstration's stand-ins, no Azure): Assign access from a template (the group's roles
// from the deployment's template preselected on the confirmation, submitted as they stand) and its
// undo (Remove access: deleting, then deleted on Check status); a transfer request that stays
// pending, cancelled after its confirmation; and the team view with a hand-over between two
// colleagues, the new owner then cancelling the case from My cases. Each step waits for the card or
// line itself (a positive signal) within a generous bound; nothing measures how soon.
import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { InProcess, startInProcess } from '../support/inProcess';
import { cardIn, DirectLineChat, openDirectLine } from '../support/directLineChat';
import { buttonsOf, CardJson, findElements, resultOf } from '../support/chat';
import { g1GdapAnswers } from '../support/gdapResult';
import { PROJECT_ROOT } from '../support/paths';
import { catalogFor, format } from '../../src/domain/textCatalog';
import { DEMO_ASSIGNMENT_MS, SAMPLE_CURRENT_PARTNER, SAMPLE_ENDING, SAMPLE_PENDING, Standins, startStandins } from '../../tools/standins/demo';
import { allCombinations } from '../support/answerCombinations';
import { decide } from '../../src/domain/rules';
import { SAMPLE_GROUPS } from '../../tools/standins/graphAccess';
import { demoEventTrust } from '../../tools/standins/eventSigning';

type Json = Record<string, unknown>;
const en = catalogFor('en-US');
const AGENTS = SAMPLE_GROUPS.find((g) => g.displayName === 'Helpdesk agents')!;

/** The shipped template for "Helpdesk*" groups, read from the content file itself, not from the code under test. */
const templates = (
  JSON.parse(readFileSync(join(PROJECT_ROOT, 'content', 'actions', 'assignmentTemplates.json'), 'utf8')) as {
    templates: { id: string; roles: { roleDefinitionId: string }[] }[];
  }
).templates;
const HELPDESK_ROLES = templates.find((t) => t.id === 'helpdesk')!.roles.map((r) => r.roleDefinitionId);
/** A role the relationship holds that the template does not give Helpdesk agents: never preselected for them. */
const USER_ADMIN = 'fe930be7-5e62-47db-91af-98c3a49a38b1';

const json = (card: CardJson | undefined): string => JSON.stringify(card ?? {});
const stepOf = (card: CardJson | undefined, step: string): Json | undefined =>
  (card ? buttonsOf(card) : []).find((b) => b.data?.action === 'partnerCenter' && b.data?.step === step)?.data as Json | undefined;
const cardWith = (chat: DirectLineChat, text: string, ms = 60_000): Promise<CardJson> =>
  chat.until((a) => (json(cardIn(a)).includes(text) ? cardIn(a) : undefined), ms);

/** The answers of row G6 (new-commerce licences from another CSP partner) for a direct partner. */
const G6 = allCombinations().find((a) => decide(a, '2026-11').row === 'G6' && a.cloud === 'global' && a.partnerType === 'direct')!;

async function reachG1(chat: DirectLineChat, answerSet: Record<string, string> = g1GdapAnswers() as unknown as Record<string, string>): Promise<CardJson> {
  const answers = answerSet;
  await chat.say({ text: 'start' });
  for (let step = 0; step < 8; step++) {
    const next = await chat.until((a) => {
      const card = cardIn(a);
      if (card && resultOf(card).row) return { result: card };
      const choice = card && findElements(card, (e) => e.type === 'Input.ChoiceSet')[0];
      const submit = card?.actions?.find((b) => b.data?.action === 'answer');
      return choice && submit ? { question: { id: choice.id!, data: submit.data as Json } } : undefined;
    });
    if ('result' in next) return next.result!;
    await chat.say({ value: { ...next.question.data, [next.question.id]: answers[next.question.id] } });
  }
  throw new assert.AssertionError({ message: 'no result card after eight questions' });
}

describe('The demonstration (issue 63): assign from a template, then undo', function () {
  this.timeout(180_000);
  let standins: Standins;
  let bot: InProcess;

  before(async () => {
    standins = await startStandins();
    bot = await startInProcess({ PARTNER_ACTIONS_DEMO: 'true' }, { logLevel: 'info', standins, eventTrust: demoEventTrust() });
    standins.eventsTo = `${bot.base}/api/partnercenter/events`;
  });
  after(async () => {
    standins.partnerCenter.access.clock = Date.now;
    await bot?.stop();
    await standins?.stop();
  });

  it("issue 63: Assign access offers Helpdesk agents with its template's roles preselected; submitted as they stand they are assigned, pending then active, and Remove access undoes it", async () => {
    let clock = Date.now();
    standins.partnerCenter.access.clock = () => clock;
    const chat = await openDirectLine(bot.base, 'dl_demo_template_00001', 'en-US');
    const result = await reachG1(chat);
    const gdap = buttonsOf(result).find((b) => b.data?.kind === 'requestGdap');
    assert.ok(gdap, 'G1 offers Request GDAP');
    await chat.say({ value: gdap.data });
    const form = await chat.until((a) => stepOf(cardIn(a), 'review'));
    await chat.say({ value: { ...form, customer: SAMPLE_ENDING.domain, roleSet: 'm365Support', duration: 'P730D' } });
    await chat.signInWithCode();
    const review = await chat.until((a) => stepOf(cardIn(a), 'confirm'));
    // The relationship holds the template's three roles and one more (User Administrator).
    await chat.say({ value: { ...review, roles: [...HELPDESK_ROLES, USER_ADMIN].join(',') } });

    const approved = await cardWith(chat, format(en.followUps.titles.approved, { customer: SAMPLE_ENDING.companyName }));
    await chat.say({ value: buttonsOf(approved).find((b) => b.data?.step === 'assign')!.data });
    const picker = await cardWith(chat, en.actions.titles.assignForm);
    await chat.say({ value: { ...stepOf(picker, 'review'), groups: AGENTS.id } });

    // From a template: the confirmation says so, and preselects exactly the template's roles.
    const confirm = await cardWith(chat, en.actions.titles.assignConfirm);
    assert.ok(json(confirm).includes(en.actions.access.fromTemplate.split('{group}')[0]!), 'the roles come from the template');
    const roles0 = findElements(confirm, (e) => e.id === 'roles0')[0] as unknown as { value?: string; choices: { value: string }[] };
    assert.ok(
      roles0.choices.some((c) => c.value === USER_ADMIN),
      'User Administrator can be chosen',
    );
    assert.deepEqual(
      String(roles0.value ?? '')
        .split(',')
        .sort(),
      [...HELPDESK_ROLES].sort(),
      'but only the template roles are preselected',
    );
    await chat.say({ value: { ...stepOf(confirm, 'confirm'), roles0: roles0.value } });

    // Pending as made, then active once the stand-in's clock has passed the assignment's delay.
    const assigned = await cardWith(chat, en.actions.titles.assigned);
    assert.ok(json(assigned).includes(`"${en.actions.assignmentStatuses.pending}"`), 'pending as made');
    clock += DEMO_ASSIGNMENT_MS;
    await chat.say({ value: stepOf(assigned, 'status') });
    const active = await chat.until((a) => (json(cardIn(a)).includes(`"${en.actions.assignmentStatuses.active}"`) ? cardIn(a) : undefined));
    // What Graph was asked to create: the group, with the template's roles and not User Administrator.
    const made = standins.partnerCenter.received.filter((r) => r.method === 'POST' && r.path.endsWith('/accessAssignments'));
    assert.equal(made.length, 1, 'one assignment created');
    const body = made[0]!.body as { accessContainer: { accessContainerId: string }; accessDetails: { unifiedRoles: { roleDefinitionId: string }[] } };
    assert.equal(body.accessContainer.accessContainerId, AGENTS.id);
    assert.deepEqual(body.accessDetails.unifiedRoles.map((r) => r.roleDefinitionId).sort(), [...HELPDESK_ROLES].sort());

    // The undo: Remove access for the group, deleting, then deleted on Check status.
    const undo = stepOf(active, 'undo');
    assert.ok(undo, 'Remove access is offered');
    await chat.say({ value: { ...undo, groups: AGENTS.id } });
    const removed = await cardWith(chat, en.actions.access.removed);
    assert.ok(json(removed).includes(`"${en.actions.assignmentStatuses.deleting}"`), 'deleting');
    await chat.say({ value: stepOf(removed, 'status') });
    await chat.until((a) => (json(cardIn(a)).includes(`"${en.actions.assignmentStatuses.deleted}"`) ? cardIn(a) : undefined));
  });
});

/** G6 → Create a transfer request for the pending sample customer, signed in with the code: the review card, or the done card once confirmed. */
async function transferFor(chat: DirectLineChat, confirm: boolean): Promise<CardJson | undefined> {
  const result = await reachG1(chat, G6 as unknown as Record<string, string>);
  const transfer = buttonsOf(result).find((b) => b.data?.kind === 'startTransfer');
  assert.ok(transfer, 'G6 offers Create a transfer request');
  await chat.say({ value: transfer.data });
  const form = await chat.until((a) => stepOf(cardIn(a), 'review'));
  await chat.say({
    value: {
      ...form,
      customer: SAMPLE_PENDING.domain,
      customerEmail: 'admin@fabrikam.example',
      currentPartner: SAMPLE_CURRENT_PARTNER.tenantId,
      currentPartnerName: SAMPLE_CURRENT_PARTNER.name,
    },
  });
  await chat.signInWithCode();
  const review = await chat.until((a) => stepOf(cardIn(a), 'confirm'));
  if (!confirm) return undefined;
  await chat.say({ value: review });
  return cardWith(chat, en.actions.titles.transferDone);
}

/** A line of the bot's (text, no card) that includes `text`: among those read already (one read takes every new activity), or waited for. */
const lineWith = async (chat: DirectLineChat, text: string, ms = 30_000): Promise<string> => {
  const has = (a: Record<string, unknown>): string | undefined => (typeof a.text === 'string' && a.text.includes(text) ? a.text : undefined);
  for (const a of chat.seen) if (has(a)) return has(a)!;
  return chat.until(has, ms);
};

describe('The demonstration (issue 63): cancel a pending transfer request; the team view and a hand-over', function () {
  this.timeout(180_000);
  let standins: Standins;
  let bot: InProcess;

  before(async () => {
    standins = await startStandins();
    bot = await startInProcess({ PARTNER_ACTIONS_DEMO: 'true' }, { logLevel: 'info', standins, eventTrust: demoEventTrust() });
    standins.eventsTo = `${bot.base}/api/partnercenter/events`;
  });
  after(async () => {
    await bot?.stop();
    await standins?.stop();
  });

  it(`issue 63: a transfer request for ${SAMPLE_PENDING.companyName} stays pending; Cancel request cancels it once confirmed`, async () => {
    const chat = await openDirectLine(bot.base, 'dl_demo_cancel_0000001', 'en-US');
    const done = (await transferFor(chat, true))!;
    assert.ok(json(done).includes(`"${en.actions.transferStatuses.Active}"`), 'pending (Active)');
    await chat.say({ value: stepOf(done, 'cancelTransfer') });
    const confirm = await cardWith(chat, en.actions.titles.transferCancel);
    assert.equal(standins.partnerCenter.calls('PATCH /v1/customers/{customerId}/transfers/{transferId}'), 0, 'nothing sent before Confirm');
    await chat.say({ value: stepOf(confirm, 'confirm') });
    const cancelled = await cardWith(chat, en.actions.transfer.cancelled);
    assert.ok(json(cancelled).includes(`"${en.actions.transferStatuses.Canceled}"`));
    assert.equal(standins.partnerCenter.calls('PATCH /v1/customers/{customerId}/transfers/{transferId}'), 1);
  });

  it('issue 63: the team view shows a colleague’s case; it is handed over, both are told, and its new owner cancels it from My cases', async () => {
    // Each visitor's user id is the server's (a signed cookie's): read back from the token service, as it was last asked for a token.
    const lastUser = (): string => standins.tokenService.received.filter((r) => r.endpoint === 'GET /api/usertoken/GetToken').at(-1)!.query.userId!;
    const alex = await openDirectLine(bot.base, 'dl_demo_team_alex_0001', 'en-US');
    await transferFor(alex, true);
    const alexName = standins.tokenService.nameOf(lastUser());
    // A colleague opens the page (a second visitor), signs in on an action card, and asks for the team's cases.
    const megan = await openDirectLine(bot.base, 'dl_demo_team_megan_001', 'en-US');
    await transferFor(megan, false);
    const meganName = standins.tokenService.nameOf(lastUser());
    await megan.say({ text: 'team cases' });
    const seen = await cardWith(megan, en.teamCases.title);
    assert.ok(json(seen).includes(SAMPLE_PENDING.companyName), "the colleague's case");

    await alex.say({ text: 'team cases' });
    const list = await cardWith(alex, en.teamCases.title);
    const hand = buttonsOf(list).find((b) => b.data?.action === 'teamCases' && b.data?.step === 'pick');
    assert.ok(hand, 'Hand over');
    await alex.say({ value: hand.data });
    const picker = await cardWith(alex, en.teamCases.colleague);
    const choice = findElements(picker, (e) => e.id === 'to')[0] as unknown as { choices: { title: string; value: string }[] };
    const to = choice.choices.find((c) => c.title === meganName);
    assert.ok(to, `the colleague is offered: ${JSON.stringify(choice.choices)}`);
    const give = buttonsOf(picker).find((b) => b.data?.step === 'handOver')!;
    await alex.say({ value: { ...give.data, to: to.value } });
    await lineWith(alex, format(en.teamCases.answers.handedOver, { name: meganName }));
    // Both are told, each in their own chat.
    await lineWith(alex, en.teamCases.told.away.split('{name}')[1]!.trim());
    await lineWith(
      megan,
      format(en.teamCases.told.to.split('{command}')[0]!, {
        actor: alexName,
        case: `${en.myCases.kinds.transfer}: ${SAMPLE_PENDING.companyName}`,
        previous: alexName,
      }),
    );

    // The new owner's My cases lists it, with Cancel request; cancelled after its confirmation.
    await megan.say({ text: 'my cases' });
    const mine = await cardWith(megan, en.myCases.title);
    const cancel = buttonsOf(mine).find((b) => b.data?.action === 'myCases' && b.data?.step === 'cancelTransfer');
    assert.ok(cancel, 'Cancel request on the case handed over');
    const patches = standins.partnerCenter.calls('PATCH /v1/customers/{customerId}/transfers/{transferId}');
    await megan.say({ value: cancel.data });
    const confirm = await cardWith(megan, en.actions.titles.transferCancel);
    await megan.say({ value: stepOf(confirm, 'confirm') });
    await cardWith(megan, en.actions.transfer.cancelled);
    assert.equal(standins.partnerCenter.calls('PATCH /v1/customers/{customerId}/transfers/{transferId}'), patches + 1);
  });
});
