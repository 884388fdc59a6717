// The demonstration end to end, as a newcomer sees it on the Web Chat page (the local Direct Line,
// no Azure): a GDAP request sent to a sample customer; the stand-in customer approves it a few
// seconds later and Partner Center's event (signed with the demonstration's test authority) comes
// three times, alternating between two instances that share their state in Azurite; the conversation gets
// "Contoso approved your GDAP request" with Assign access within 10 seconds, exactly once. The
// second instance, which cannot reach a conversation of the first one's local Direct Line, tells
// nothing (its copy is answered 500 and forgotten, so Partner Center would deliver it again).
import { strict as assert } from 'assert';
import { InProcess, startInProcess } from '../support/inProcess';
import { cardIn, openDirectLine } from '../support/directLineChat';
import { buttonsOf, CardJson, findElements, resultOf } from '../support/chat';
import { g1GdapAnswers } from '../support/gdapResult';
import { azurite } from '../support/azurite';
import { catalogFor, format } from '../../src/domain/textCatalog';
import { Standins, startStandins } from '../../tools/standins/demo';
import { demoEventTrust } from '../../tools/standins/eventSigning';

type Json = Record<string, unknown>;
const en = catalogFor('en-US');
const USER = 'dl_follow_e2e_partner_01';
const HELPDESK_ADMIN = '729827e3-9c14-49f7-bb1b-9608f156bbb8';

const adaptive = (a: Json): CardJson | undefined => cardIn(a);

/** Waits for a condition to hold (checked every 50 ms), failing after a generous deadline. */
async function eventually(holds: () => boolean, what: string, deadlineMs = 60_000): Promise<void> {
  const end = Date.now() + deadlineMs;
  while (!holds()) {
    if (Date.now() > end) throw new assert.AssertionError({ message: `never: ${what}` });
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('The demonstration end to end: GDAP requested, approved, told once (local Direct Line, two instances on Azurite)', function () {
  this.timeout(120_000);
  let standins: Standins;
  let one: InProcess;
  let two: InProcess;

  before(async () => {
    const az = await azurite();
    standins = await startStandins();
    standins.eventCopies = 3;
    const env = { PARTNER_ACTIONS_DEMO: 'true', STORAGE: 'blob', BLOB_CONNECTION_STRING: az.connectionString, BLOB_CONTAINER: az.container('demo-follow') };
    one = await startInProcess(env, { logLevel: 'info', standins, eventTrust: demoEventTrust() });
    two = await startInProcess(env, { logLevel: 'info', standins, eventTrust: demoEventTrust() });
    // The first copy reaches the instance that does not serve the conversation, then they alternate.
    standins.eventsTo = `${two.base}/api/partnercenter/events`;
    standins.alsoTo = [`${one.base}/api/partnercenter/events`];
  });
  after(async () => {
    await one?.stop();
    await two?.stop();
    await standins?.stop();
  });

  it('issue 67 finding 4: brings "approved, Assign access" after the approval, once, though the event came three times', async () => {
    const { say, read, until, seen, signInWithCode } = await openDirectLine(one.base, USER, 'en-US');

    // Up to the result, answering each question card as Web Chat submits a click.
    await say({ text: 'start' });
    const answers = g1GdapAnswers() as Record<string, string>;
    let result: CardJson | undefined;
    for (let step = 0; step < 8 && !result; step++) {
      const next = await until((a) => {
        const card = adaptive(a);
        if (card && resultOf(card).row) return { result: card };
        const choice = card && findElements(card, (e) => e.type === 'Input.ChoiceSet')[0];
        const submit = card?.actions?.find((b) => b.data?.action === 'answer');
        return choice && submit ? { question: { id: choice.id!, data: submit.data as Json } } : undefined;
      });
      if ('result' in next) result = next.result;
      else await say({ value: { ...next.question.data, [next.question.id]: answers[next.question.id] } });
    }
    assert.equal(resultOf(result!).row, 'G1');
    const gdap = buttonsOf(result!).find((b) => b.data?.kind === 'requestGdap');
    assert.ok(gdap, 'G1 (not EA, commercial cloud) offers Request GDAP');

    // The form, signed in at its Continue with the stand-in page's code, the review, the confirmation.
    await say({ value: gdap.data });
    const button = (card: CardJson | undefined, step: string) =>
      (card ? buttonsOf(card) : []).find((b) => b.data?.action === 'partnerCenter' && b.data?.step === step)?.data;
    const form = await until((a) => button(adaptive(a), 'review'));
    await say({ value: { ...form, customer: 'contoso.onmicrosoft.com', roleSet: 'm365Support', duration: 'P730D' } });
    await signInWithCode();
    const review = await until((a) => button(adaptive(a), 'confirm'));
    let approvedAt = 0;
    const approve = standins.partnerCenter.onApproved;
    standins.partnerCenter.onApproved = (relationship) => {
      approvedAt = Date.now();
      approve?.(relationship);
    };
    await say({ value: { ...review, roles: HELPDESK_ADMIN } });

    // The customer approves by itself a few seconds later; the follow-up comes within 10 s of it.
    const title = format(en.followUps.titles.approved, { customer: 'Contoso Ltd' });
    const isFollowUp = (a: Json): boolean => JSON.stringify(adaptive(a) ?? {}).includes(title);
    const followUp = await until((a) => (isFollowUp(a) ? adaptive(a) : undefined), 30_000);
    // issue 67 finding 4: how soon it comes is the benchmarks' to measure (bench:followups); here it
    // comes after the approval, with Assign access.
    assert.ok(approvedAt > 0, 'the stand-in customer approved');
    const steps = buttonsOf(followUp).map((b) => (b.data as Json | undefined)?.step);
    assert.deepEqual(steps, ['assign'], 'with Assign access');

    // Exactly once: counted once all three copies of the event have been answered (a positive
    // signal, not a fixed sleep) and the bot has answered a message sent after them.
    await eventually(() => standins.eventAnswers.length === 3, 'all three copies of the event answered');
    const asked = ((await say({ text: 'help' })) as { json?: { id?: string } }).json?.id;
    assert.ok(asked, 'Direct Line gave the message an id');
    await until((a) => (a.replyToId === asked ? a : undefined), 30_000);
    await read();
    assert.equal(seen.filter(isFollowUp).length, 1, 'one follow-up');
    // The second instance's first copy: reached elsewhere, answered 500 and forgotten (to come again);
    // the first instance's tells; the third, a copy seen already, is answered 200 and tells nothing.
    assert.deepEqual(standins.eventAnswers, [500, 200, 200]);
  });
});
