// Text typed while an action waits for its sender's sign-in, in the five languages (Web Chat, the
// stand-in token service): anything that is not a code ("I can't find the code") is answered with
// how to go on and how to get a new code, the waiting Request GDAP kept and the questions not
// started over; a wrong code leaves the tries that remain, so the third try may still be the
// right one; three wrong codes end the sign-in with a clear message.
import { strict as assert } from 'assert';
import { ActionWorld } from '../support/actionWorld';
import { buttonsOf, Chat } from '../support/chat';
import { g1Answers } from '../support/gdapResult';
import { catalogFor, format } from '../../src/domain/textCatalog';
import type { LocaleTag } from '../../src/domain/locales';
import { MAX_CODE_MISSES } from '../../src/hosting/actions/signInGate';
import { readWhileSigningIn } from '../../src/conversation/actions/signInTyping';

const LOST: Record<LocaleTag, string> = {
  'en-US': "I can't find the code",
  'ru-RU': 'не могу найти код',
  'zh-CN': '我找不到代码',
  'pt-BR': 'não encontro o código',
  'hu-HU': 'nem találom a kódot',
};

const texts = (replies: { text?: string }[]): string[] => replies.map((a) => a.text ?? '');

describe('Text typed while a sign-in is pending keeps the action', function () {
  this.timeout(60_000);
  let world: ActionWorld;
  beforeEach(async () => {
    world = await new ActionWorld().start();
  });
  afterEach(() => world.stop());

  async function waitingGdap(locale: LocaleTag): Promise<{ chat: Chat; code: string }> {
    const chat = new Chat({ channelId: 'webchat', locale, userId: 'dl_partner', actions: (cs) => world.actions(cs) });
    await chat.say('start');
    for (const option of g1Answers()) await chat.answer(option);
    const gdap = buttonsOf(chat.lastCard()).find((a) => a.data?.kind === 'requestGdap');
    assert.ok(gdap?.data, 'the result offers Request GDAP');
    // The form calls nothing, so it comes first; its Continue makes the first Partner Center call and asks for the sign-in.
    await chat.submit(gdap.data);
    const review = buttonsOf(chat.lastCard()).find((a) => a.data?.step === 'review');
    assert.ok(review?.data, 'the GDAP form has Continue');
    const inputs = { customer: 'contoso.onmicrosoft.com', roleSet: 'm365Support', duration: 'P730D', autoExtend: 'false' };
    const continued = await chat.submit({ ...review.data, ...inputs });
    const oauth = continued.flatMap((a) => a.attachments ?? []).find((a) => a.contentType === 'application/vnd.microsoft.card.oauth');
    assert.ok(oauth, 'a sign-in card');
    const page = await (await fetch((oauth.content as { buttons: { value: string }[] }).buttons[0]!.value)).text();
    return { chat, code: /\b(\d{6})\b/.exec(page)![1]! };
  }

  for (const locale of Object.keys(LOST) as LocaleTag[]) {
    const c = catalogFor(locale);
    const s = c.actions.signIn;

    it(`${locale}: “${LOST[locale]}” says how to go on and get a new code; two wrong codes leave tries, the third try signs in and Request GDAP goes on`, async () => {
      const { chat, code } = await waitingGdap(locale);
      const lost = await chat.say(LOST[locale]);
      assert.deepEqual(texts(lost), [format(s.waiting, { action: c.actions.names.requestGdap, button: s.button })]);
      assert.ok(!lost.some((a) => (a.attachments ?? []).length > 0), 'no question card: the questions did not start over');
      const asked = world.tokenService.calls('GET /api/usertoken/GetToken');
      assert.deepEqual(texts(await chat.say('000000')), [format(s.codeRejected, { left: 2, button: s.button })]);
      // Digits of the wrong length are a try too, and cost the token service nothing.
      assert.deepEqual(texts(await chat.say('12 34')), [format(s.codeRejected, { left: 1, button: s.button })]);
      assert.equal(world.tokenService.calls('GET /api/usertoken/GetToken'), asked + 1, 'only the six-digit code was asked about');
      const before = world.partnerCenter.received.length;
      const signedIn = await chat.say(code);
      assert.ok(world.partnerCenter.received.length > before || signedIn.some((a) => (a.attachments ?? []).length > 0), 'the waiting Request GDAP went on');
      assert.ok(!texts(signedIn).includes(format(s.tooManyCodes, { action: c.actions.names.requestGdap })));
    });

    it(`${locale}: ${MAX_CODE_MISSES} wrong codes end the sign-in with a clear message`, async () => {
      const { chat } = await waitingGdap(locale);
      const replies: string[] = [];
      for (let i = 0; i < MAX_CODE_MISSES; i++) replies.push(...texts(await chat.say('000000')));
      assert.deepEqual(replies, [
        format(s.codeRejected, { left: 2, button: s.button }),
        format(s.codeRejected, { left: 1, button: s.button }),
        format(s.tooManyCodes, { action: c.actions.names.requestGdap }),
      ]);
      // Nothing waits now: text goes to the advisor again, which keeps the result (resultQuestions.ts).
      const after = await chat.say(LOST[locale]);
      assert.ok(!texts(after).includes(format(s.waiting, { action: c.actions.names.requestGdap, button: s.button })));
    });
  }
});

describe('readWhileSigningIn, from a table', () => {
  const others = (['en-US', 'ru-RU', 'zh-CN', 'pt-BR', 'hu-HU'] as const).map(catalogFor);
  const ROWS: { locale: LocaleTag; text: string; read: ReturnType<typeof readWhileSigningIn> }[] = [
    { locale: 'en-US', text: '123456', read: { kind: 'code', code: '123456' } },
    { locale: 'en-US', text: ' 123 456 ', read: { kind: 'code', code: '123456' } },
    { locale: 'hu-HU', text: '12-34', read: { kind: 'code', code: '1234' } },
    { locale: 'en-US', text: "I can't find the code", read: { kind: 'other' } },
    { locale: 'zh-CN', text: '代码在哪里？', read: { kind: 'other' } },
    { locale: 'en-US', text: 'start over', read: { kind: 'command' } },
    { locale: 'ru-RU', text: 'заново', read: { kind: 'command' } },
    // A command in another language than the chat's is still one, as the advisor reads it.
    { locale: 'pt-BR', text: 'help', read: { kind: 'command' } },
    { locale: 'en-US', text: '--', read: { kind: 'other' } },
  ];
  for (const row of ROWS) {
    it(`${row.locale}: “${row.text}” → ${row.read.kind}`, () => {
      assert.deepEqual(readWhileSigningIn(row.text, catalogFor(row.locale), others), row.read);
    });
  }
});
