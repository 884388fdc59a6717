// The follow-ups a newcomer sees in the demonstration (issue 63), each scene as docs/actions.md
// walks through it on the Web Chat page (the local Direct Line, the demonstration's stand-ins, no
// Azure): an access assignment pending, then active on Check status; a relationship with the sample
// customer whose relationship reaches its last month (auto-extend off) brings the reminder before
// its end, whose Turn on auto-extend turns it on (a confirmation, then Graph's PATCH); an Azure-plan
// transfer (G4) that the stand-in's current partner completes brings the
// completion with the note that the previous partner keeps Azure RBAC. Each waits for the message
// itself (a positive signal), within a generous bound; nothing here measures how soon it comes.
import { strict as assert } from 'assert';
import { InProcess, startInProcess } from '../support/inProcess';
import { cardIn, DirectLineChat, openDirectLine } from '../support/directLineChat';
import { buttonsOf, CardJson, findElements, resultOf } from '../support/chat';
import { g1GdapAnswers } from '../support/gdapResult';
import { allCombinations } from '../support/answerCombinations';
import { decide } from '../../src/domain/rules';
import type { Answers } from '../../src/domain/questions';
import { catalogFor, format } from '../../src/domain/textCatalog';
import { DEMO_ASSIGNMENT_MS, SAMPLE_CURRENT_PARTNER, SAMPLE_CUSTOMERS, SAMPLE_ENDING, Standins, startStandins } from '../../tools/standins/demo';
import { demoEventTrust } from '../../tools/standins/eventSigning';

type Json = Record<string, unknown>;
const en = catalogFor('en-US');
const HELPDESK_ADMIN = '729827e3-9c14-49f7-bb1b-9608f156bbb8';
const NORTHWIND = SAMPLE_CUSTOMERS.find((c) => c.domain === 'northwind.onmicrosoft.com')!;

const json = (card: CardJson | undefined): string => JSON.stringify(card ?? {});
/** The data of an action card's button for a step, if the card has one. */
const stepOf = (card: CardJson | undefined, step: string): Json | undefined =>
  (card ? buttonsOf(card) : []).find((b) => b.data?.action === 'partnerCenter' && b.data?.step === step)?.data as Json | undefined;

/** Answers each question card as Web Chat submits a click, up to the result card. */
async function reachResult(chat: DirectLineChat, answers: Answers): Promise<CardJson> {
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
    await chat.say({ value: { ...next.question.data, [next.question.id]: (answers as Record<string, string>)[next.question.id] } });
  }
  throw new assert.AssertionError({ message: 'no result card after eight questions' });
}

/** G1 → Request GDAP for a customer, signed in with the stand-in page's code, confirmed with one role. */
async function requestGdap(chat: DirectLineChat, customer: string): Promise<void> {
  const result = await reachResult(chat, g1GdapAnswers());
  const gdap = buttonsOf(result).find((b) => b.data?.kind === 'requestGdap');
  assert.ok(gdap, 'G1 offers Request GDAP');
  await chat.say({ value: gdap.data });
  const form = await chat.until((a) => stepOf(cardIn(a), 'review'));
  // Auto-extend stays off, as the form offers it.
  await chat.say({ value: { ...form, customer, roleSet: 'm365Support', duration: 'P730D' } });
  await chat.signInWithCode();
  const review = await chat.until((a) => stepOf(cardIn(a), 'confirm'));
  await chat.say({ value: { ...review, roles: HELPDESK_ADMIN } });
}

/** The follow-up card whose JSON holds `text`, waited for. */
const followUp = (chat: DirectLineChat, text: string, ms = 60_000): Promise<CardJson> =>
  chat.until((a) => (json(cardIn(a)).includes(text) ? cardIn(a) : undefined), ms);

describe('The demonstration shows the follow-ups (issue 63): pending then active, the end near, a transfer completed', function () {
  this.timeout(180_000);
  let standins: Standins;
  let bot: InProcess;

  before(async () => {
    standins = await startStandins();
    bot = await startInProcess({ PARTNER_ACTIONS_DEMO: 'true' }, { logLevel: 'info', standins, eventTrust: demoEventTrust() });
    standins.eventsTo = `${bot.base}/api/partnercenter/events`;
  });
  // A scene that holds the assignments' clock gives it back.
  afterEach(() => {
    standins.partnerCenter.access.clock = Date.now;
  });
  after(async () => {
    await bot?.stop();
    await standins?.stop();
  });

  it(`issue 63: Assign access on ${SAMPLE_ENDING.companyName}'s approved relationship: the assignment is pending, then active on Check status`, async () => {
    let clock = Date.now();
    standins.partnerCenter.access.clock = () => clock;
    const chat = await openDirectLine(bot.base, 'dl_demo_access_000001', 'en-US');
    await requestGdap(chat, SAMPLE_ENDING.domain);
    const approved = await followUp(chat, format(en.followUps.titles.approved, { customer: SAMPLE_ENDING.companyName }));
    const assign = buttonsOf(approved).find((b) => b.data?.step === 'assign');
    assert.ok(assign, 'the approval comes with Assign access');
    await chat.say({ value: assign.data });
    const form = await chat.until((a) => (json(cardIn(a)).includes(en.actions.titles.assignForm) ? cardIn(a) : undefined));
    const groups = (findElements(form, (e) => e.id === 'groups')[0] as unknown as { choices: { title: string; value: string }[] }).choices;
    const agents = groups.find((g) => g.title.includes('Helpdesk agents'));
    assert.ok(agents, `Helpdesk agents offered among ${JSON.stringify(groups)}`);
    await chat.say({ value: { ...stepOf(form, 'review'), groups: agents.value } });
    const confirm = await chat.until((a) => stepOf(cardIn(a), 'confirm'));
    await chat.say({ value: { ...confirm, roles0: HELPDESK_ADMIN } });
    const assigned = await chat.until((a) => (json(cardIn(a)).includes(en.actions.titles.assigned) ? cardIn(a) : undefined));
    assert.ok(json(assigned).includes(`"${en.actions.assignmentStatuses.pending}"`), 'pending as made');
    // Check status, as a newcomer clicks it: still pending until DEMO_ASSIGNMENT_MS has passed on
    // the stand-in's clock (held here, so the poller's reads in between change nothing), then active.
    const checkStatus = async (on: CardJson): Promise<CardJson> => {
      await chat.say({ value: stepOf(on, 'status') });
      return chat.until((a) => (json(cardIn(a)).includes(en.actions.titles.assigned) ? cardIn(a) : undefined));
    };
    const pending = await checkStatus(assigned);
    assert.ok(json(pending).includes(`"${en.actions.assignmentStatuses.pending}"`), 'still pending on Check status');
    clock += DEMO_ASSIGNMENT_MS;
    const active = await checkStatus(pending);
    assert.ok(json(active).includes(`"${en.actions.assignmentStatuses.active}"`), 'active once Graph activated it');
    assert.ok(!json(active).includes(`"${en.actions.assignmentStatuses.pending}"`), 'and no longer pending');
  });

  it(`issue 63: a GDAP relationship with ${SAMPLE_ENDING.companyName} (auto-extend off) brings the reminder before its end, with the offer to turn auto-extend on`, async () => {
    const chat = await openDirectLine(bot.base, 'dl_demo_ending_000001', 'en-US');
    await requestGdap(chat, SAMPLE_ENDING.domain);
    await followUp(chat, format(en.followUps.titles.approved, { customer: SAMPLE_ENDING.companyName }));
    // The title ends with the relative day ("in 20 days"): matched up to it; the text up to the date.
    const title = en.followUps.titles.gdapEndsSoon.split('{when}')[0]!.replace('{customer}', SAMPLE_ENDING.companyName);
    const reminder = await followUp(chat, title, 120_000);
    assert.ok(json(reminder).includes(en.followUps.texts.gdapEndsSoon.split('{deadline}')[0]!), 'auto-extend is off: turn it on, or request again');
    assert.deepEqual(
      buttonsOf(reminder).map((b) => b.data?.step),
      ['autoExtend', 'requestGdap'],
      'with Turn on auto-extend and Request GDAP',
    );
    assert.ok(!json(reminder).includes(en.followUps.texts.gdapEndsSoonGlobalAdministrator.split('{deadline}')[0]!), 'no Global Administrator here');

    // Turn on auto-extend: a confirmation first, then Graph's PATCH over the relationship's ETag.
    await chat.say({ value: buttonsOf(reminder).find((b) => b.data?.step === 'autoExtend')!.data });
    const confirm = await followUp(chat, en.actions.titles.gdapExtend);
    assert.equal(standins.partnerCenter.calls('PATCH /tenantRelationships/delegatedAdminRelationships/{id}'), 0, 'nothing changed before Confirm');
    await chat.say({ value: stepOf(confirm, 'confirm') });
    await followUp(chat, en.actions.extend.done);
    const patch = standins.partnerCenter.received.find((r) => r.method === 'PATCH' && r.path.includes('delegatedAdminRelationships'))!;
    assert.deepEqual(patch.body, { autoExtendDuration: 'P180D' });
    const relationshipId = decodeURIComponent(patch.path.split('/').at(-1)!);
    assert.equal(standins.partnerCenter.relationship(relationshipId)?.autoExtendDuration, 'P180D', 'the relationship extends itself now');
  });

  it('issue 63: an Azure-plan transfer (G4) for Northwind, completed by the stand-in current partner, brings the completion with the RBAC note', async () => {
    const chat = await openDirectLine(bot.base, 'dl_demo_transfer_00001', 'en-US');
    const g4 = allCombinations().find((a) => decide(a, '2026-11').row === 'G4' && a.cloud === 'global' && a.partnerType === 'direct');
    assert.ok(g4, 'a G4 combination for a direct partner');
    const result = await reachResult(chat, g4);
    assert.equal(resultOf(result).row, 'G4');
    const transfer = buttonsOf(result).find((b) => b.data?.kind === 'startTransfer');
    assert.ok(transfer, 'G4 offers Create a transfer request');
    await chat.say({ value: transfer.data });
    const form = await chat.until((a) => stepOf(cardIn(a), 'review'));
    await chat.say({
      value: {
        ...form,
        customer: NORTHWIND.domain,
        customerEmail: 'admin@northwind.example',
        currentPartner: SAMPLE_CURRENT_PARTNER.tenantId,
        currentPartnerName: SAMPLE_CURRENT_PARTNER.name,
      },
    });
    await chat.signInWithCode();
    const review = await chat.until((a) => stepOf(cardIn(a), 'confirm'));
    await chat.say({ value: review });
    const completed = await followUp(chat, format(en.followUps.titles.completed, { customer: NORTHWIND.companyName }));
    // The request asked for Azure plan products (G4): the note is said of this transfer (review 5.4).
    const [, rbac, removeLater] = en.followUps.texts.afterAzureTransfer;
    assert.ok(json(completed).includes(rbac!), 'the previous partner keeps Azure RBAC; no AOBO for the new one');
    assert.ok(json(completed).includes(removeLater!), 'and when to remove the old access');
  });
});
