// A guess is never an answer: whichever question a message leaves with two answers (a
// contradiction, an unresolved "either X or Y", a partner unsure of its own role), the bot asks
// that question with one short sentence naming both, and the other answers of the message stay.
import { strict as assert } from 'assert';
import { Chat } from '../support/chat';
import type { QuestionId } from '../../src/domain/questions';

const CASES: { question: QuestionId; text: string; first: string; second: string }[] = [
  { question: 'cloud', text: 'either the commercial cloud or the US government cloud, Azure via EA', first: 'commercial', second: 'government cloud' },
  { question: 'channel', text: "Office 365, it's either EA or Open Value, no idea which", first: 'EA', second: 'Open Value' },
  { question: 'service', text: 'commercial cloud, they have Azure or Office 365 through EA', first: 'Azure', second: 'Office 365' },
  { question: 'goal', text: 'commercial cloud, Office 365 via EA, they either want to move them or just have us manage them', first: 'move', second: 'manage' },
  { question: 'partnerType', text: "commercial cloud, Office 365 via EA, we're a T2 or a direct-bill partner, not sure", first: 'T2', second: 'direct-bill' },
];

describe('a question instead of a guess, for every question', () => {
  for (const { question, text, first, second } of CASES) {
    it(`${question}: asks it once, naming “${first}” and “${second}”`, async () => {
      const chat = new Chat();
      await chat.say(text);
      assert.equal(chat.currentQuestion().id, question);
      const card = JSON.stringify(chat.lastCard());
      assert.match(card, new RegExp(`You said “[^”]*${first}[^”]*” and “[^”]*${second}[^”]*”: which one is right\\?`));
    });
  }
});
