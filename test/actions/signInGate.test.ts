// The sign-in gate against the stand-in token service: a flood of not-signed-in action invokes
// carrying junk keeps the actions' state entry within its byte bound (the validated click only);
// three wrong codes drop the waiting click with a message; a code sent again after it signed its
// sender in says so; Teams' token exchanges are taken once per user and exchange id, not per
// conversation. Shapes: Teams "Add code to enable SSO in your bot app" (signin/tokenExchange),
// Bot Framework token service (GetToken with a code, exchange).
// The flood's size: ACTIONS_JUNK_INVOKES (5,000 for the acceptance run; a CI-sized 300 unless set).
import { strict as assert } from 'assert';
import { MemoryStorage } from 'botbuilder';
import { ActionWorld, CONNECTION } from '../support/actionWorld';
import { buttonsOf, Chat } from '../support/chat';
import { allCombinations } from '../support/answerCombinations';
import { decide } from '../../src/domain/rules';
import { catalogFor, format } from '../../src/domain/textCatalog';
import { ACTIONS_PROPERTY } from '../../src/hosting/actions/actionTurn';
import { MAX_CODE_MISSES, WAITING_MAX_BYTES, WAITING_USERS } from '../../src/hosting/actions/signInGate';

const en = catalogFor('en-US');
const KEY = 'webchat/conversations/conversation-1/';
const FLOOD = Number(process.env.ACTIONS_JUNK_INVOKES ?? 300);
/** The bound of the actions' whole state entry: the waiting clicks at their most, and room for cards and exchanges. */
const ENTRY_MAX_BYTES = WAITING_USERS * WAITING_MAX_BYTES + 128 * 1024;

function g1Answers(): string[] {
  const a = allCombinations().find(
    (x) => decide(x, '2026-11').row === 'G1' && x.cloud === 'global' && x.channel === 'microsoft' && x.partnerType === 'direct',
  )!;
  return (['cloud', 'channel', 'service', 'goal', 'partnerType'] as const).map((q) => a[q]).filter((v): v is NonNullable<typeof v> => v !== undefined);
}

async function entryOf(storage: MemoryStorage, key: string): Promise<unknown> {
  const read = await storage.read([key]);
  return (read[key] as Record<string, unknown> | undefined)?.[ACTIONS_PROPERTY];
}

describe('The sign-in gate of the Partner Center actions', function () {
  this.timeout(Math.max(60_000, FLOOD * 40));
  let world: ActionWorld;
  beforeEach(async () => {
    world = await new ActionWorld().start();
  });
  afterEach(() => world.stop());

  it(`${FLOOD} not-signed-in action invokes with 200 KB of junk each: answered, and the state entry stays within its bound`, async () => {
    // Web Chat: the clicks wait for a sign-in in the conversation's state (Teams keeps nothing: Universal Actions sends the click again).
    const storage = new MemoryStorage();
    const chat = new Chat({ channelId: 'webchat', userId: 'u0', storage, actions: (cs) => world.actions(cs) });
    await chat.say('start', { from: { id: 'u0', name: '' } });
    for (const option of g1Answers()) await chat.answer(option);
    const junk = 'x'.repeat(200 * 1024);
    let largest = 0;
    for (let i = 0; i < FLOOD; i++) {
      // Many senders (more than the gate keeps) and every field stuffed: the click's own inputs and fields it has no use for.
      const from = { id: `u${i % (WAITING_USERS * 3)}`, name: '' };
      const value = { action: 'partnerCenter', step: 'start', kind: 'invitationLink', row: 'G1', customer: junk, roles: junk, junk, more: { junk } };
      const replies = await chat.turn({ type: 'message', value, from });
      assert.ok(replies.length > 0, 'answered');
      chat.transcript.length = 0;
      if (i % 50 === 0 || i === FLOOD - 1) {
        const size = Buffer.byteLength(JSON.stringify(await entryOf(storage, KEY)));
        largest = Math.max(largest, size);
      }
    }
    const entry = (await entryOf(storage, KEY)) as { pending: Record<string, unknown> };
    assert.ok(largest <= ENTRY_MAX_BYTES, `${largest} bytes at most, bound ${ENTRY_MAX_BYTES}`);
    assert.equal(Object.keys(entry.pending).length, WAITING_USERS, 'only the latest senders wait');
    for (const waiting of Object.values(entry.pending)) assert.ok(Buffer.byteLength(JSON.stringify(waiting)) <= WAITING_MAX_BYTES);
    assert.ok(!JSON.stringify(entry).includes('xxxxxxxxxx'), 'no junk kept');
    assert.deepEqual(world.partnerCenter.received, [], 'nothing called');
  });

  it(`${MAX_CODE_MISSES} wrong codes drop the waiting click with a message; a right code after that starts nothing`, async () => {
    const chat = new Chat({ channelId: 'webchat', userId: 'dl_partner', actions: (cs) => world.actions(cs) });
    await chat.say('start');
    for (const option of g1Answers()) await chat.answer(option);
    const invitation = buttonsOf(chat.lastCard()).find((a) => a.data?.kind === 'invitationLink')!;
    await chat.submit(invitation.data!);
    const replies: string[] = [];
    for (let i = 0; i < MAX_CODE_MISSES; i++) replies.push(...(await chat.say('000000')).map((a) => a.text ?? ''));
    assert.equal(
      replies.filter((t) => t.startsWith(format(en.actions.signIn.codeRejected, { left: '', button: '' }).slice(0, 20))).length,
      MAX_CODE_MISSES - 1,
    );
    assert.ok(replies.includes(format(en.actions.signIn.tooManyCodes, { action: en.actions.names.invitationLink })), replies.join(' | '));
    const asked = world.tokenService.calls('GET /api/usertoken/GetToken');
    world.tokenService.signInDirectly('dl_partner', CONNECTION, 'webchat');
    await chat.say('123456');
    assert.equal(world.partnerCenter.calls('GET /v1/customers/relationshiprequests'), 0, 'the dropped click never runs');
    assert.equal(world.tokenService.calls('GET /api/usertoken/GetToken'), asked, 'a code with nothing waiting asks the token service nothing');
  });

  it('a code sent again after it signed its sender in says they are signed in, and runs nothing twice', async () => {
    const chat = new Chat({ channelId: 'webchat', userId: 'dl_partner', actions: (cs) => world.actions(cs) });
    await chat.say('start');
    for (const option of g1Answers()) await chat.answer(option);
    const invitation = buttonsOf(chat.lastCard()).find((a) => a.data?.kind === 'invitationLink')!;
    const started = await chat.submit(invitation.data!);
    const oauth = started.flatMap((a) => a.attachments ?? []).find((a) => a.contentType === 'application/vnd.microsoft.card.oauth')!;
    const page = await (await fetch((oauth.content as { buttons: { value: string }[] }).buttons[0]!.value)).text();
    const code = /\b(\d{6})\b/.exec(page)![1]!;
    await chat.say(code);
    assert.equal(world.partnerCenter.calls('GET /v1/customers/relationshiprequests'), 1);
    const again = await chat.say(code);
    assert.deepEqual(
      again.map((a) => a.text),
      [en.actions.signIn.done],
    );
    assert.equal(world.partnerCenter.calls('GET /v1/customers/relationshiprequests'), 1, 'nothing ran again');
  });

  it("Teams' token exchange is de-duplicated per user and exchange id: another member's same id still signs them in", async () => {
    const chat = new Chat({ userId: '29:a', conversationType: 'groupChat', actions: (cs) => world.actions(cs) });
    const exchange = async (user: string) =>
      chat.turn({
        type: 'invoke',
        name: 'signin/tokenExchange',
        value: { id: 'same-id', connectionName: CONNECTION, token: world.tokenService.teamsSsoToken(user) },
        from: { id: user, name: '' },
      });
    const status = (replies: { type?: string; value?: unknown }[]) => (replies.find((a) => a.type === 'invokeResponse')?.value as { status: number }).status;
    assert.equal(status(await exchange('29:a')), 200);
    assert.equal(status(await exchange('29:a')), 200, 'the same user’s duplicate: 200');
    assert.equal(status(await exchange('29:b')), 200);
    assert.equal(world.tokenService.calls('POST /api/usertoken/exchange'), 2, 'each user exchanged once');
    assert.ok(world.tokenService.isSignedIn('29:b', CONNECTION, 'msteams'), 'the second member is signed in');
  });

  it('Sign out, typed in any of the five languages or clicked on an action card, signs out through the token service', async () => {
    const chat = new Chat({ channelId: 'webchat', userId: 'dl_partner', actions: (cs) => world.actions(cs) });
    // pt «sair» is the cancel word, never sign-out (translation review of 25 November 2026, A1).
    const typed = ['sign out', 'Выйти', '注销', 'Encerrar sessão', 'Kijelentkezés'];
    for (const words of typed) {
      world.tokenService.signInDirectly('dl_partner', CONNECTION, 'webchat');
      const replies = await chat.say(words);
      assert.deepEqual(
        replies.map((a) => a.text),
        [en.actions.signIn.signedOut],
        words,
      );
      assert.ok(!world.tokenService.isSignedIn('dl_partner', CONNECTION, 'webchat'), `${words}: signed out`);
    }
    assert.equal(world.tokenService.calls('DELETE /api/usertoken/SignOut'), typed.length);

    await chat.say('start');
    for (const option of g1Answers()) await chat.answer(option);
    world.tokenService.signInDirectly('dl_partner', CONNECTION, 'webchat');
    const invitation = buttonsOf(chat.lastCard()).find((a) => a.data?.kind === 'invitationLink')!;
    const card = (await chat.submit(invitation.data!))
      .map((a) => a.attachments?.[0]?.content as Record<string, unknown> | undefined)
      .find((c) => c && buttonsOf(c).length > 0);
    const signOut = buttonsOf(card!).find((a) => a.data?.step === 'signOut');
    assert.equal(signOut?.title, en.actions.buttons.signOut, 'the action card offers Sign out');
    await chat.submit(signOut!.data!);
    assert.ok(!world.tokenService.isSignedIn('dl_partner', CONNECTION, 'webchat'), 'signed out by the button');
  });
});
