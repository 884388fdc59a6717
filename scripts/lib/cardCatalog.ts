// Every card the bot can send, once each, under a stable readable name: each question (per cloud
// where its options differ), each question notice, one representative result per SPEC row, the
// welcome, help, language, change and notice cards and an answered receipt. The card tests and
// the card gallery (scripts/cards-preview.ts) both walk this list, so a new card shows up in both.
// Pure: no botbuilder, no I/O.
import { catalogFor } from '../../src/domain/textCatalog';
import { LocaleTag } from '../../src/domain/locales';
import { OUTCOME_ROWS } from '../../src/domain/outcomes';
import { Answers, QUESTION_IDS, QuestionId, optionsFor } from '../../src/domain/questions';
import { decide } from '../../src/domain/rules';
import { DEFAULT_EDITION, EDITIONS } from '../../src/domain/editions';
import { Notice, Reply } from '../../src/conversation/advisor/flow';
import { REPRESENTATIVE_ANSWERS } from '../../src/conversation/advisor/representativeAnswers';
import { CardView, answeredView, errorView, viewOf } from '../../src/conversation/advisor/viewModels';

export interface CardSample {
  /** Stable and safe as a file name: letters, digits and `-` (e.g. `question-channel-china`, `result-G4`). */
  name: string;
  /** One line for reviewers: when the bot sends this card. */
  description: string;
  /** The card as the bot would send it to a user of this locale. */
  view(locale: LocaleTag): CardView;
}

/** The token the sample cards carry; any well-formed token renders the same. */
const SAMPLE_TOKEN = 'sample.1';
/** A display name as Teams gives it, for the read-only view of someone else's case. */
const SAMPLE_ASKER = 'Alex Wilber';
const SAMPLE_OWN_CASE_URL = 'https://teams.microsoft.com/l/chat/0/0?users=28%3A00000000-0000-0000-0000-0000000000b0';

/** The view of a reply that is always a card (every reply but `languageChanged`). */
function cardOf(reply: Reply, locale: LocaleTag): CardView {
  const view = viewOf(reply, catalogFor(locale), locale);
  if (!('card' in view)) throw new Error(`reply ${reply.kind} is plain text, not a card`);
  return view;
}

function fromReply(name: string, description: string, reply: (locale: LocaleTag) => Reply): CardSample {
  return { name, description, view: (locale) => cardOf(reply(locale), locale) };
}

function kebab(id: string): string {
  return id.replace(/[A-Z]/g, (ch) => `-${ch.toLowerCase()}`);
}

/** Answers given before a question is asked, on the way the gallery walks (commercial cloud unless told). */
function answersBefore(question: QuestionId, cloud: 'global' | 'china'): Answers {
  const path: Answers =
    cloud === 'china' ? { cloud, channel: 'vianet', service: 'license', goal: 'support' } : { cloud, channel: 'ea', service: 'license', goal: 'support' };
  const before = QUESTION_IDS.slice(0, QUESTION_IDS.indexOf(question));
  return Object.fromEntries(before.map((q) => [q, path[q]])) as Answers;
}

type QuestionReply = Extract<Reply, { kind: 'question' }>;

function questionReply(question: QuestionId, cloud: 'global' | 'china', extra: { notice?: Notice; selected?: string } = {}): QuestionReply {
  const position = QUESTION_IDS.indexOf(question) + 1;
  return {
    kind: 'question',
    question,
    token: SAMPLE_TOKEN,
    position,
    total: QUESTION_IDS.length,
    canGoBack: position > 1,
    answers: answersBefore(question, cloud),
    ...extra,
  };
}

/** Questions whose options depend on the cloud get one card per cloud family. */
function questionSamples(): CardSample[] {
  return QUESTION_IDS.flatMap((question) => {
    const differs = optionsFor(question, { cloud: 'global' }).join() !== optionsFor(question, { cloud: 'china' }).join();
    if (!differs) {
      return [fromReply(`question-${kebab(question)}`, `Question "${question}"`, () => questionReply(question, 'global'))];
    }
    return [
      fromReply(`question-${kebab(question)}-commercial`, `Question "${question}" for Partner Center and US Government`, () =>
        questionReply(question, 'global'),
      ),
      fromReply(`question-${kebab(question)}-china`, `Question "${question}" for Partner Center operated by 21Vianet`, () => questionReply(question, 'china')),
    ];
  });
}

function noticeSamples(): CardSample[] {
  const first = QUESTION_IDS[0];
  const second = QUESTION_IDS[1];
  return [
    fromReply('question-not-understood', 'A typed answer matched no option', () => questionReply(second, 'global', { notice: 'notUnderstood' })),
    fromReply(
      'question-retry',
      'A second typed answer in a row the question could not take: what did not fit, and the numbered options',
      () => ({ ...questionReply(second, 'china', { notice: 'retry' }), retry: { count: 2, mismatches: [{ question: 'channel', words: 'Advisor' }] } }) as Reply,
    ),
    fromReply(
      'question-retry-answered',
      'A typed answer that answers an earlier question again, the third in a row',
      () =>
        ({
          ...questionReply('partnerType', 'global', { notice: 'retry' }),
          retry: { count: 3, mismatches: [{ question: 'service', words: 'Azure' }] },
        }) as Reply,
    ),
    fromReply('question-ambiguous', 'A typed answer matched several options', () => questionReply(second, 'global', { notice: 'ambiguous' })),
    fromReply('question-stale', 'A button on an older card was clicked while a question is open', () =>
      questionReply(second, 'global', { notice: 'stale', selected: optionsFor(second, { cloud: 'global' })[0]! }),
    ),
    fromReply('question-no-previous', '"Back" on the first question', () => questionReply(first, 'global', { notice: 'noPrevious' })),
    fromReply('question-restarted', '"Start over": the first question again', () => questionReply(first, 'global', { notice: 'restarted' })),
    fromReply('question-understood', 'A typed message answered several questions: what was taken, and the next question', () => ({
      ...questionReply('service', 'global'),
      notice: 'understood',
      understood: answersBefore('service', 'global'),
    })),
    fromReply('question-clarify', 'A typed message left two answers to this question open: its words named, to choose from', () => ({
      ...questionReply(second, 'global', { notice: 'clarify' }),
      said: ['EA', 'Open Value'],
    })),
    fromReply('question-confirm', 'A typed answer said under a doubt: named, with a Yes button beside the choices', () => ({
      ...questionReply(second, 'global', { notice: 'confirm' }),
      guess: 'ea',
    })),
    fromReply('question-greeting', 'A greeting typed while a question is open: a line back to the question', () =>
      questionReply(second, 'global', { notice: 'greeting' }),
    ),
  ];
}

/** One result per row and edition; the edition in force keeps the plain names (`result-G4-…`). */
function resultSamples(): CardSample[] {
  return EDITIONS.flatMap((edition) =>
    OUTCOME_ROWS.map((row) => {
      const { suffix, answers } = REPRESENTATIVE_ANSWERS[row];
      const outcome = decide(answers, edition);
      if (outcome.row !== row) throw new Error(`the sample answers for ${row} lead to ${outcome.row}`);
      const described = Object.values(answers).join(', ');
      const prefix = edition === DEFAULT_EDITION ? 'result' : `result-${edition}`;
      return fromReply(`${prefix}-${row}${suffix ? `-${suffix}` : ''}`, `Result, row ${row} of edition ${edition} (${described})`, () => ({
        kind: 'result',
        outcome,
        answers,
        token: SAMPLE_TOKEN,
      }));
    }),
  );
}

/** Every card the bot can send, in the order a conversation meets them. Names are unique. */
export function cardCatalog(): CardSample[] {
  const receiptQuestion: QuestionId = 'channel';
  const samples: CardSample[] = [
    fromReply('welcome', 'First contact', () => ({ kind: 'welcome' })),
    fromReply('help', '"Help"', () => ({ kind: 'help' })),
    fromReply('language-picker', '"Language": the language picker', (locale) => ({ kind: 'language', current: locale })),
    ...questionSamples(),
    ...noticeSamples(),
    {
      name: 'answered-receipt',
      description: 'What a question card turns into once it is answered',
      view: (locale) => answeredView(receiptQuestion, 'ea', catalogFor(locale)),
    },
    ...resultSamples(),
    fromReply('change-answer', '"Change an answer" after a result', () => ({
      kind: 'change',
      answers: REPRESENTATIVE_ANSWERS.G1.answers,
      token: SAMPLE_TOKEN,
    })),
    fromReply('notice-cancelled', '"Cancel"', () => ({ kind: 'closed', token: SAMPLE_TOKEN, notice: 'cancelled' })),
    fromReply('notice-closed', 'A finished case that can no longer show its result', () => ({ kind: 'closed', token: SAMPLE_TOKEN })),
    fromReply('notice-stale', 'A button on an older card was clicked after the case was closed', () => ({
      kind: 'closed',
      token: SAMPLE_TOKEN,
      notice: 'stale',
    })),
    fromReply('notice-stale-after-result', 'A button on an older card was clicked after the result', () => ({ kind: 'resultStanding', token: SAMPLE_TOKEN })),
    { name: 'notice-error', description: 'Something went wrong on our side', view: (locale) => errorView(catalogFor(locale)) },
    fromReply('notice-earlier-case', 'A card of an earlier case, shown again after the next case started (Teams)', () => ({ kind: 'earlier' })),
    fromReply('case-view-no-answers', "Someone else's new case in a group chat or channel, read-only (Teams)", () => ({
      kind: 'caseView',
      askerName: SAMPLE_ASKER,
      answers: {},
      ownCaseUrl: SAMPLE_OWN_CASE_URL,
    })),
    fromReply('case-view-in-progress', "Someone else's case in progress, read-only: who and the answers so far (Teams)", () => ({
      kind: 'caseView',
      askerName: SAMPLE_ASKER,
      answers: answersBefore('service', 'global'),
      ownCaseUrl: SAMPLE_OWN_CASE_URL,
    })),
    fromReply('case-view-verdict', "Someone else's finished case, read-only, with its verdict (Teams)", () => ({
      kind: 'caseView',
      answers: REPRESENTATIVE_ANSWERS.G1.answers,
      outcome: decide(REPRESENTATIVE_ANSWERS.G1.answers, DEFAULT_EDITION),
      ownCaseUrl: SAMPLE_OWN_CASE_URL,
    })),
  ];
  const seen = new Set<string>();
  for (const s of samples) {
    if (!/^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/.test(s.name)) throw new Error(`card name "${s.name}" is not file-name safe`);
    if (seen.has(s.name)) throw new Error(`card name "${s.name}" is used twice`);
    seen.add(s.name);
  }
  return samples;
}
