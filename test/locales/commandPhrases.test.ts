// One typed word, one command (issue 64; review of 25 November 2026, A1–A3). A partner who types
// the word for "cancel" must not be signed out of Partner Center: every phrase a user can type as
// a command (the conversation's commands, the sign-out command, My cases, the team's cases), folded as the reader
// folds a message (normalize), belongs to one command only, in all five languages together (the
// reader and the sign-out check accept a command in any of them). And no command phrase is read as
// an answer to a question on screen, by its option words or by the sentence reading.
import { strict as assert } from 'assert';
import { availableLocales, catalogFor, Catalog } from '../../src/domain/textCatalog';
import { normalize } from '../../src/domain/matching';
import { COMMAND_IDS, recognizeCommand } from '../../src/domain/reading';
import { readAnswer } from '../../src/domain/reading/answer';
import { Message } from '../../src/domain/reading/message';
import { Answers, CLOUDS, QuestionId, optionsFor } from '../../src/domain/questions';
import { SignInGate } from '../../src/hosting/actions/signInGate';
import { isMyCasesCommand } from '../../src/conversation/followUps/caseListCards';
import type { LocaleTag } from '../../src/domain/locales';

const LOCALES = availableLocales();
const ALL = LOCALES.map(catalogFor);

/** Every list of typed phrases a language has, by the command it names. */
function commandLists(c: Catalog): Array<{ command: string; phrases: readonly string[] }> {
  return [
    ...COMMAND_IDS.map((id) => ({ command: id, phrases: c.commands[id].phrases })),
    { command: 'signOut', phrases: c.actions.signOutCommand.phrases },
    { command: 'myCases', phrases: c.myCases.command.phrases },
    { command: 'teamCases', phrases: c.teamCases.command.phrases },
  ];
}

/** The screens a question is asked on: each cloud's channels, and the questions after them. */
function screens(): Array<{ question: QuestionId; answers: Answers }> {
  const out: Array<{ question: QuestionId; answers: Answers }> = [
    { question: 'cloud', answers: {} },
    { question: 'channel', answers: {} },
  ];
  for (const cloud of CLOUDS) {
    const channel = optionsFor('channel', { cloud })[0]!;
    out.push(
      { question: 'channel', answers: { cloud } },
      { question: 'service', answers: { cloud, channel } },
      { question: 'goal', answers: { cloud, channel, service: 'license' } },
      { question: 'partnerType', answers: { cloud, channel, service: 'license', goal: 'move' } },
    );
  }
  return out;
}

describe('one typed word, one command (issue 64)', () => {
  it('no phrase, folded as the reader folds it, belongs to two commands in any language', () => {
    const owners = new Map<string, Set<string>>();
    const where = new Map<string, string[]>();
    for (const locale of LOCALES)
      for (const { command, phrases } of commandLists(catalogFor(locale)))
        for (const phrase of phrases) {
          const folded = normalize(phrase);
          owners.set(folded, (owners.get(folded) ?? new Set()).add(command));
          where.set(folded, [...(where.get(folded) ?? []), `${locale} ${command} «${phrase}»`]);
        }
    const collisions = [...owners].filter(([, commands]) => commands.size > 1).map(([folded]) => where.get(folded)!.join(' / '));
    assert.deepEqual(collisions, []);
  });

  it('no command phrase is read as an answer to a question, in any language the user speaks', () => {
    const readAsAnswer: string[] = [];
    for (const locale of LOCALES) {
      const resources = { catalog: catalogFor(locale), fallbackCatalogs: locale === 'en-US' ? [] : [catalogFor('en-US')], preset: {} };
      for (const typed of ALL.flatMap(commandLists))
        for (const phrase of typed.phrases)
          for (const { question, answers } of screens()) {
            const reading = readAnswer(new Message(phrase), question, answers, resources);
            if (reading.pick.kind !== 'none' || Object.keys(reading.stated).length > 0)
              readAsAnswer.push(
                `${locale}: ${typed.command} «${phrase}» at ${question} ${JSON.stringify(answers)}: ${JSON.stringify(reading.pick)} ${JSON.stringify(reading.stated)}`,
              );
          }
    }
    assert.deepEqual(readAsAnswer, []);
  });

  const cancelWords: Array<[string, LocaleTag, string]> = [
    ['A1', 'pt-BR', 'sair'],
    ['A2', 'ru-RU', 'выход'],
    ['A3', 'hu-HU', 'kilépés'],
  ];
  for (const [id, locale, word] of cancelWords)
    it(`${id}: «${word}» (${locale}) cancels the check and does not sign the partner out`, () => {
      const c = catalogFor(locale);
      assert.equal(recognizeCommand(word, c, ALL), 'cancel');
      for (const typed of [word, `${word}!`, word.toLocaleUpperCase(locale)]) assert.equal(SignInGate.mayBeTyped(typed), false, typed);
    });

  it('A1–A3: the sign-out phrases the review proposes sign out, folded as the reader folds them', () => {
    for (const typed of [
      'encerrar sessão',
      'Sair da conta.',
      'выйти из учетной записи',
      'Выход из системы',
      'kijelentkezés',
      'Kijelentkezes!',
      'Sign out',
      'sign-out',
      '注销',
    ])
      assert.equal(SignInGate.mayBeTyped(typed), true, typed);
  });

  it('My cases is read as the reader reads a command (case, accents and punctuation folded)', () => {
    for (const typed of ['my items', 'Saját ügyeim?', 'sajat ugyeim', 'Minhas solicitações!']) assert.ok(isMyCasesCommand(typed, ALL), typed);
    for (const typed of ['open items', 'más nyelv']) assert.ok(!isMyCasesCommand(typed, ALL), typed);
  });
});
