// An option's label typed the way the card shows it always chooses that option: for every
// language, question, option and Partner Center, in every form a user may type it (as shown, in
// another case, without accents, with or without the card's "N · " number). Run through the real
// dialog; the answer taken is read from the "change an answer" card, and "back" reopens the question.
import { strict as assert } from 'assert';
import { Chat, findElements } from '../support/chat';
import { catalogFor } from '../../src/domain/textCatalog';
import { LocaleTag, LOCALES } from '../../src/domain/locales';
import { Answers, CLOUDS, Cloud, QUESTION_IDS, QuestionId, optionsFor } from '../../src/domain/questions';

/** Clicked answers that lead to each question (the goal needs a license-based service). */
const PATH: Record<Cloud, Answers> = {
  global: { cloud: 'global', channel: 'ea', service: 'license', goal: 'support' },
  usgov: { cloud: 'usgov', channel: 'microsoft', service: 'license', goal: 'move' },
  china: { cloud: 'china', channel: 'vianet', service: 'license', goal: 'support' },
};

function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '');
}

/** The ways a user types a label the card shows as `N · label`. */
function typedForms(label: string, number: number): { form: string; text: string }[] {
  const shown = `${number} · ${label}`;
  return [
    { form: 'as shown', text: label },
    { form: 'upper case', text: label.toLocaleUpperCase() },
    { form: 'lower case', text: label.toLocaleLowerCase() },
    { form: 'without accents', text: withoutAccents(label) },
    { form: 'numbered', text: shown },
    { form: 'numbered, lower case', text: shown.toLocaleLowerCase() },
    { form: 'numbered, without accents', text: withoutAccents(shown) },
  ];
}

/** A chat standing at `question`, with the cloud context's earlier answers clicked. */
async function chatAt(locale: LocaleTag, cloud: Cloud, question: QuestionId): Promise<Chat> {
  const chat = new Chat({ locale, channelId: 'webchat' });
  await chat.start();
  for (const q of QUESTION_IDS.slice(0, QUESTION_IDS.indexOf(question))) await chat.answer(PATH[cloud][q]!);
  assert.equal(chat.currentQuestion().id, question);
  return chat;
}

/** The answer to `question` as the last "change an answer" card lists it ("Bought through: From 21Vianet"). */
function answerShown(chat: Chat, question: QuestionId): string | undefined {
  const choiceSet = findElements(chat.lastCard(), (e) => e.type === 'Input.ChoiceSet')[0];
  return choiceSet?.choices?.find((ch) => ch.value === question)?.title;
}

/** The contexts a question is asked in: the cloud question has none, the others one per cloud. */
function contexts(question: QuestionId): (Cloud | undefined)[] {
  return question === 'cloud' ? [undefined] : [...CLOUDS];
}

for (const locale of LOCALES) {
  describe(`typed labels choose their option (${locale})`, () => {
    const c = catalogFor(locale);
    for (const question of QUESTION_IDS) {
      for (const cloud of contexts(question)) {
        it(`${question}${cloud ? ` in the ${cloud} cloud` : ''}: every option, every form`, async () => {
          const failures: string[] = [];
          const options = optionsFor(question, cloud ? PATH[cloud] : {}) as readonly string[];
          let chat = await chatAt(locale, cloud ?? 'global', question);
          for (const [i, option] of options.entries()) {
            const label = (c.questions[question].options as Record<string, string>)[option]!;
            for (const { form, text } of typedForms(label, i + 1)) {
              await chat.say(text);
              await chat.say(c.commands.change.phrases[0]!);
              const taken = answerShown(chat, question);
              await chat.say(c.commands.back.phrases[0]!);
              if (taken !== `${c.questions[question].name}${c.separators.label}${label}` || chat.currentQuestion().id !== question) {
                failures.push(`${form} "${text}" → ${taken ?? 'no answer'}`);
                chat = await chatAt(locale, cloud ?? 'global', question);
              }
            }
          }
          assert.deepEqual(failures, [], `typed labels that did not choose their option:\n${failures.join('\n')}`);
        });
      }
    }
  });
}
