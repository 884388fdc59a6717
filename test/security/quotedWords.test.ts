// Issue 60, finding 1: one user's words on another user's card. Four users in four chats answer
// the channel question in words that leave two answers open; each must be asked about their own
// words, whoever wrote first. The reply cache once keyed a card on a list of the reply's fields
// that left out the words a question quotes back, so everyone after the first saw the first
// user's words. The expected words are the users' own, written here, never read from the bot.
import { strict as assert } from 'assert';
import { Chat, findElements } from '../support/chat';

interface Said {
  message: string;
  /** The two stretches of the message the question must quote. */
  words: [string, string];
}

const USERS: Record<string, Said[]> = {
  'en-US': [
    { message: 'they have Azure through EA, bought from another CSP partner', words: ['EA', 'another CSP partner'] },
    { message: 'they have Azure via Enterprise Agreement, bought from another CSP', words: ['via Enterprise Agreement', 'another CSP'] },
    { message: 'Azure, maybe Open Value, or through a different CSP partner', words: ['Open Value', 'a different CSP partner'] },
    { message: 'Open Value, but then they said it was bought from another CSP partner', words: ['Open Value', 'another CSP partner'] },
  ],
  'ru-RU': [
    { message: 'клиент говорит EA, но купили у другого партнера CSP', words: ['EA', 'другого партнера CSP'] },
    { message: 'клиент говорит Open Value, но купили у другого CSP партнера', words: ['Open Value', 'другого CSP партнера'] },
    { message: 'Azure через Enterprise Agreement или напрямую у Microsoft', words: ['Enterprise Agreement', 'напрямую у Microsoft'] },
    { message: 'клиент не уверен: EA или напрямую у Microsoft', words: ['EA', 'напрямую у Microsoft'] },
  ],
  'zh-CN': [
    { message: '客户说是 EA，但发票显示是另一家 CSP 合作伙伴', words: ['EA', '另一家 CSP 合作伙伴'] },
    { message: '客户说是 Open Value，但又说是从另一个 CSP 合作伙伴买的', words: ['Open Value', '另一个 CSP 合作伙伴'] },
    { message: '客户也说不清是企业协议还是直接从 Microsoft 买的', words: ['企业协议', '直接从 Microsoft'] },
    { message: '客户不确定是 Open 还是直接从微软购买', words: ['Open', '直接从微软'] },
  ],
  'pt-BR': [
    { message: 'cliente diz que é EA, mas na nota fiscal aparece outro parceiro CSP', words: ['EA', 'outro parceiro CSP'] },
    { message: 'cliente não tem certeza se é Open Value ou outro parceiro CSP', words: ['Open Value', 'outro parceiro CSP'] },
    { message: 'cliente não sabe se comprou pelo Enterprise Agreement ou direto da Microsoft', words: ['Enterprise Agreement', 'direto da Microsoft'] },
    { message: 'disse que foi pelo EA, mas comprou direto da Microsoft', words: ['EA', 'direto da Microsoft'] },
  ],
  'hu-HU': [
    { message: 'az ügyfél szerint EA, de a számlán egy másik CSP partner szerepel', words: ['EA', 'másik CSP partner'] },
    { message: 'az ügyfél nem biztos benne, hogy Open Value vagy egy másik CSP partner', words: ['Open Value', 'másik CSP partner'] },
    { message: 'nem tudja, hogy Enterprise Agreement vagy közvetlenül a Microsofttól vette', words: ['Enterprise Agreement', 'közvetlenül a Microsofttól'] },
    { message: 'azt mondta, EA-n keresztül, de egy másik CSP partnertől vette', words: ['EA', 'másik CSP partnertől'] },
  ],
};

/** The notice above the question: where the question quotes the user's words. */
function noticeOf(chat: Chat): string {
  const notices = findElements(chat.lastCard(), (e) => e.id === 'notice' && typeof e.text === 'string');
  assert.equal(notices.length, 1, 'the question card has one notice');
  return notices[0]!.text!;
}

/** Whether the notice quotes exactly these words (in any of the languages' quotation marks). */
function quotes(notice: string, words: string): boolean {
  return ['“”', '«»', '„”'].some(([open, close]) => notice.includes(`${open}${words}${close}`));
}

async function askedAbout(locale: string, said: Said): Promise<string> {
  const chat = new Chat({ locale });
  await chat.start();
  await chat.answer('global');
  await chat.say(said.message);
  assert.equal(chat.currentQuestion().id, 'channel', `"${said.message}" leaves the channel open`);
  return noticeOf(chat);
}

describe('Security finding 1: each user is asked about their own words (the reply cache keys the whole reply)', () => {
  for (const [locale, users] of Object.entries(USERS)) {
    for (const order of ['in order', 'in reverse order'] as const) {
      it(`finding 1: four users in four chats each see their own words, ${order} (${locale})`, async () => {
        const turns = order === 'in order' ? users : [...users].reverse();
        for (const said of turns) {
          const notice = await askedAbout(locale, said);
          for (const words of said.words) assert.ok(quotes(notice, words), `${locale}: "${said.message}" is quoted back with “${words}”, not: ${notice}`);
        }
      });
    }
  }
});
