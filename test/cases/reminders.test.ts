// Reminders, expiry, the follow-ups' buttons and the conversations they reach, on the real bot in a
// Teams-shaped chat with a clock the test moves: a GDAP request not approved after 7 days is
// reminded once; 7 days before its deadline once more; Remind me again brings it back a day later;
// Stop reminding ends them; the expiry offers Start again, which opens a GDAP form for the customer.
// A connector that refuses (403: the bot was removed) marks the item and nothing more is tried; one
// that fails for now (502) is tried again later. In a group chat the owner is mentioned; someone
// else's click changes nothing.
import { strict as assert } from 'assert';
import { catalogFor, format } from '../../src/domain/textCatalog';
import { REMIND_AFTER_DAYS, REMIND_BEFORE_DAYS, SNOOZE_DAYS, WAIT_DAYS } from '../../src/domain/cases';
import { cardOf, findElements } from '../support/chat';
import { ASKER, cardsOf, DAY, followUpButtons, Harness, OTHER, POLL_MS } from './support';

const en = catalogFor('en-US');
const titles = (h: Harness): string[] => cardsOf(h.proactive).map((c) => String((c.body as { text?: string }[])[0]?.text));

class ConnectorError extends Error {
  constructor(readonly statusCode: number) {
    super(`connector answered ${statusCode}`);
  }
}

describe('Follow the case: reminders and expiry', () => {
  let h: Harness;
  afterEach(() => h.follow.stop());

  it('reminds once after 7 days and once 7 days before the deadline; Remind me again, Stop reminding; expiry → Start again', async () => {
    h = new Harness();
    const item = await h.addItem('gdapApproval', 'rel-1');
    h.clock.advance(REMIND_AFTER_DAYS * DAY - 1000);
    await h.follow.reminders.tick();
    assert.equal(h.proactive.length, 0, 'nothing before a week');

    h.clock.advance(1000);
    await h.follow.reminders.tick();
    await h.follow.reminders.tick();
    assert.equal(h.proactive.length, 1, 'one reminder, however often the loop runs');
    assert.equal(titles(h)[0], format(en.followUps.titles.notApprovedYet, { customer: 'Contoso Ltd', ago: '7 days ago' }));
    const buttons = followUpButtons(cardsOf(h.proactive)[0]!);
    assert.deepEqual(
      buttons.map((b) => b.step),
      ['remindAgain', 'stopReminding'],
    );

    // Someone else's click changes nothing.
    const before = await h.store.get(item.id);
    const foreign = await h.chat.execute(buttons[0]!, { verb: 'followUp', from: OTHER });
    assert.equal(foreign.body.value, format(en.followUps.answers.notYours, { name: ASKER.name }));
    assert.deepEqual(await h.store.get(item.id), before, 'the item is as it was');

    const again = await h.chat.execute(buttons[0]!, { verb: 'followUp', from: ASKER });
    assert.equal(again.body.value, en.followUps.answers.remindAgain);
    h.clock.advance(SNOOZE_DAYS * DAY - 1000);
    await h.follow.reminders.tick();
    assert.equal(h.proactive.length, 1, 'not before the day is out');
    h.clock.advance(1000);
    await h.follow.reminders.tick();
    assert.equal(h.proactive.length, 2, 'reminded again a day later');
    assert.equal(titles(h)[1], format(en.followUps.titles.notApprovedYet, { customer: 'Contoso Ltd', ago: '8 days ago' }));

    // A week before the deadline: the last reminder.
    h.clock.at = item.deadline - REMIND_BEFORE_DAYS * DAY;
    await h.follow.reminders.tick();
    assert.equal(h.proactive.length, 3);
    assert.equal(titles(h)[2], format(en.followUps.titles.gdapExpiresSoon, { customer: 'Contoso Ltd', when: 'in 7 days' }));
    const stop = await h.chat.execute(followUpButtons(cardsOf(h.proactive)[2]!)[1]!, { verb: 'followUp', from: ASKER });
    assert.equal(stop.body.value, en.followUps.answers.stopped);
    assert.equal((await h.store.get(item.id))?.quiet, true);

    // The deadline: the expiry is told even so, with Start again.
    h.clock.at = item.deadline;
    await h.follow.reminders.tick();
    await h.follow.reminders.tick();
    assert.equal(h.proactive.length, 4, 'the expiry, once');
    assert.equal(titles(h)[3], format(en.followUps.titles.gdapExpired, { customer: 'Contoso Ltd' }));
    assert.equal(item.deadline - item.createdAt, WAIT_DAYS.gdapApproval * DAY);
    const startAgain = followUpButtons(cardsOf(h.proactive)[3]!);
    assert.deepEqual(
      startAgain.map((b) => b.step),
      ['startAgain'],
    );
    const foreignStart = await h.chat.execute(startAgain[0]!, { verb: 'followUp', from: OTHER });
    assert.equal(foreignStart.posted.length, 0, "a colleague's Start again opens nothing");
    const started = await h.chat.execute(startAgain[0]!, { verb: 'followUp', from: ASKER });
    const form = started.posted.map(cardOf).find((c) => c !== undefined);
    assert.ok(form, 'a GDAP request card');
    assert.ok(JSON.stringify(form).includes(en.actions.titles.gdapForm));
    const customer = findElements(form, (e) => e.id === 'customer')[0] as unknown as { value?: string };
    assert.equal(customer.value, 'contoso.onmicrosoft.com', 'for that customer');

    // A stale click (the item forgotten since) says so.
    await h.store.forget(item.id);
    const stale = await h.chat.execute(startAgain[0]!, { verb: 'followUp', from: ASKER });
    assert.equal(stale.body.value, en.followUps.answers.gone);
  });

  it('a transfer request that expired: Start again opens a transfer request card for the customer', async () => {
    h = new Harness();
    const item = await h.addItem('transfer', 'tr-1');
    h.clock.at = item.deadline;
    await h.follow.reminders.tick();
    assert.equal(titles(h).at(-1), format(en.followUps.titles.transferExpired, { customer: 'Contoso Ltd' }));
    const [startAgain] = followUpButtons(cardsOf(h.proactive).at(-1)!);
    const started = await h.chat.execute(startAgain!, { verb: 'followUp', from: ASKER });
    const form = started.posted.map(cardOf).find((c) => c !== undefined);
    assert.ok(form && JSON.stringify(form).includes(en.actions.titles.transferForm), 'a transfer request card');
  });

  it('Web Chat: the buttons come as message submits, and the answers as messages', async () => {
    h = new Harness({ channelId: 'webchat', locale: 'ru-RU' });
    const ru = catalogFor('ru-RU');
    const item = await h.addItem('transfer', 'tr-1', { locale: 'ru-RU' });
    h.clock.at = item.deadline - REMIND_BEFORE_DAYS * DAY;
    await h.follow.reminders.tick();
    assert.equal(titles(h)[0], format(ru.followUps.titles.transferExpiresSoon, { customer: 'Contoso Ltd', when: 'через 7 дней' }));
    const [, stop] = followUpButtons(cardsOf(h.proactive)[0]!);
    const replies = await h.chat.submit(stop!);
    assert.deepEqual(
      replies.map((r) => r.text),
      [ru.followUps.answers.stopped],
    );
    assert.equal((await h.store.get(item.id))?.quiet, true);
  });
});

describe('Follow the case: reaching the conversation', () => {
  let h: Harness;
  afterEach(() => h.follow.stop());

  it('a group chat: the follow-up mentions its owner', async () => {
    h = new Harness({ conversationType: 'groupChat', conversationId: '19:group@thread.v2' });
    await h.addItem('gdapApproval', 'rel-1');
    await h.follow.followUps.onChange({ kind: 'gdapApproval', objectId: 'rel-1', change: 'approved' }, 'event');
    assert.equal(h.proactive.length, 1);
    const sent = h.proactive[0]!;
    assert.equal(sent.conversation?.id, '19:group@thread.v2', 'in the conversation the action started in');
    assert.ok(sent.text?.startsWith(`<at>${ASKER.name}</at>`), sent.text);
    assert.deepEqual(
      (sent.entities ?? []).filter((e) => e.type === 'mention'),
      [{ type: 'mention', text: `<at>${ASKER.name}</at>`, mentioned: { id: ASKER.id, name: ASKER.name } }],
    );
  });

  it('a personal chat: the follow-up reaches it, with no mention', async () => {
    h = new Harness();
    await h.addItem('transfer', 'tr-1');
    await h.follow.followUps.onChange({ kind: 'transfer', objectId: 'tr-1', change: 'completed' }, 'event');
    assert.equal(h.proactive.length, 1);
    assert.equal(h.proactive[0]!.conversation?.id, 'conversation-1');
    assert.equal((h.proactive[0]!.entities ?? []).filter((e) => e.type === 'mention').length, 0);
    const card = JSON.stringify(cardsOf(h.proactive)[0]);
    for (const step of en.followUps.texts.afterTransfer) assert.ok(card.includes(step), `the after-step "${step}"`);
  });

  it('a conversation the bot can no longer reach (403): the item is marked, nothing more is tried', async () => {
    h = new Harness({
      reach: () => async () => {
        throw new Error('The reply could not be delivered', { cause: new ConnectorError(403) });
      },
    });
    const item = await h.addItem('gdapApproval', 'rel-1');
    await h.follow.followUps.onChange({ kind: 'gdapApproval', objectId: 'rel-1', change: 'approved' }, 'event');
    assert.equal(h.attempts, 1);
    const marked = await h.store.get(item.id);
    assert.equal(typeof marked?.unreachableAt, 'number', 'marked unreachable');
    for (let i = 0; i < 5; i++) {
      h.clock.advance(8 * DAY);
      await h.follow.poller.tick();
      await h.follow.reminders.tick();
    }
    assert.equal(h.attempts, 1, 'no retry, no reminder, no expiry message');
  });

  it('a connector failing for now (502): the follow-up is tried again at a later poll, and told once', async () => {
    let failures = 1;
    h = new Harness({
      reach: (real) => async (reference, logic) => {
        if (failures-- > 0) throw new ConnectorError(502);
        await real(reference, logic);
      },
    });
    const item = await h.addItem('gdapApproval', 'rel-1');
    await h.follow.followUps.onChange({ kind: 'gdapApproval', objectId: 'rel-1', change: 'approved' }, 'event');
    assert.equal(h.proactive.length, 0);
    const given = await h.store.get(item.id);
    assert.deepEqual(given?.sent, [], 'the claim is given back');
    assert.equal(given?.sendFailures, 1);
    h.clock.advance(10 * POLL_MS);
    await h.follow.poller.tick();
    await h.follow.poller.tick();
    assert.equal(h.proactive.length, 1, 'sent at the next poll, once');
    assert.equal(h.attempts, 2);
    assert.equal((await h.store.get(item.id))?.sendFailures, undefined);
  });
});
