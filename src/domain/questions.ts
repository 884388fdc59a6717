// The questions of the advisor, their options and the order in which they are asked.
// Ids are stable: cards use the question id as the ChoiceSet id and the option id as each
// choice's value, and state stores them. Labels live in the locale resources.

export const QUESTION_IDS = ['cloud', 'channel', 'service', 'goal', 'partnerType'] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

export const CLOUDS = ['global', 'usgov', 'china'] as const;
export type Cloud = (typeof CLOUDS)[number];

/** Channels for Partner Center and Partner Center for US Government. */
export const COMMERCIAL_CHANNELS = ['microsoft', 'advisor', 'open', 'ea', 'thirdParty', 'syndication', 'otherCsp'] as const;
/** Channels for Partner Center operated by 21Vianet. */
export const CHINA_CHANNELS = ['vianet', 'formerAdvisor', 'other'] as const;
export type CommercialChannel = (typeof COMMERCIAL_CHANNELS)[number];
export type ChinaChannel = (typeof CHINA_CHANNELS)[number];
export type Channel = CommercialChannel | ChinaChannel;

export const SERVICES = ['license', 'usage'] as const;
export type Service = (typeof SERVICES)[number];

export const GOALS = ['support', 'move'] as const;
export type Goal = (typeof GOALS)[number];

export const PARTNER_TYPES = ['direct', 'indirectProvider', 'indirectReseller'] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];

/** The answers given so far; a question that was not answered (or does not apply) is absent. */
export interface Answers {
  cloud?: Cloud;
  channel?: Channel;
  service?: Service;
  goal?: Goal;
  partnerType?: PartnerType;
}

type OptionOf<Q extends QuestionId> = NonNullable<Answers[Q]>;

export function isQuestionId(value: unknown): value is QuestionId {
  return typeof value === 'string' && (QUESTION_IDS as readonly string[]).includes(value);
}

/**
 * Can the question matter for these answers? `goal` only for license-based services; while the
 * service is still open a stated goal is kept (it is asked after the service, so never too early).
 */
export function isApplicable(question: QuestionId, answers: Answers): boolean {
  return question !== 'goal' || answers.service !== 'usage';
}

/** The options a question offers, given what is already known (channels depend on the cloud). */
export function optionsFor<Q extends QuestionId>(question: Q, answers: Answers): readonly OptionOf<Q>[];
export function optionsFor(question: QuestionId, answers: Answers): readonly string[] {
  switch (question) {
    case 'cloud':
      return CLOUDS;
    case 'channel':
      return answers.cloud === 'china' ? CHINA_CHANNELS : COMMERCIAL_CHANNELS;
    case 'service':
      return SERVICES;
    case 'goal':
      return GOALS;
    case 'partnerType':
      return PARTNER_TYPES;
  }
}

export function isValidOption(question: QuestionId, option: unknown, answers: Answers): boolean {
  return typeof option === 'string' && (optionsFor(question, answers) as readonly string[]).includes(option);
}

/** The first applicable question without an answer, or undefined when the answers are complete. */
export function nextQuestion(answers: Answers): QuestionId | undefined {
  for (const q of QUESTION_IDS) if (answers[q] === undefined && isApplicable(q, answers)) return q;
  return undefined;
}

/**
 * Answers with everything removed that no longer fits: a channel of the other cloud family,
 * a goal once the service is usage-based, unknown values from old or tampered state.
 */
export function consistentAnswers(answers: Answers): Answers {
  const result: Answers = {};
  for (const q of QUESTION_IDS) {
    const value = answers[q];
    if (value !== undefined && isApplicable(q, result) && isValidOption(q, value, result)) {
      (result as Record<QuestionId, string>)[q] = value;
    }
  }
  return result;
}

/** Returns new answers with one question set, dropping later answers it makes invalid. */
export function withAnswer(answers: Answers, question: QuestionId, option: string): Answers {
  if (!isValidOption(question, option, answers)) return answers;
  return consistentAnswers({ ...answers, [question]: option });
}

export function withoutAnswer(answers: Answers, question: QuestionId): Answers {
  const copy: Answers = { ...answers };
  delete copy[question];
  return consistentAnswers(copy);
}

/** Fully answered: every applicable question has a valid answer. */
export type CompleteAnswers = Required<Omit<Answers, 'goal'>> & Pick<Answers, 'goal'>;

export function isComplete(answers: Answers): answers is CompleteAnswers {
  return nextQuestion(answers) === undefined;
}
