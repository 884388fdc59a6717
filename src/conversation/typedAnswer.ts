// What a typed message means for the question on screen: the option it picks, what it states
// about other questions, and (when it cannot be taken) what in it does not fit here, so the
// re-prompt can say so instead of showing the same card again.
import { Answers, CHINA_CHANNELS, COMMERCIAL_CHANNELS, Channel, QUESTION_IDS, QuestionId, isValidOption, optionsFor } from '../domain/questions';
import { understand } from '../domain/understanding';
import { channelInCloud } from '../domain/understanding/channels';
import { Catalog } from '../domain/content';
import { recognizeOption } from './recognizers';

/** Words of a message that answer something, but not the question on screen. */
export interface Mismatch {
  /** The question the words answer: the one on screen (an option it does not offer) or an answered one. */
  question: QuestionId;
  /** The words as the user wrote them. */
  words: string;
}

export interface Typed {
  /** The option picked for the question on screen. */
  chosen?: string;
  /** What the message states about any question (a sentence may answer several). */
  stated: Answers;
  conflicts: QuestionId[];
  ambiguous: boolean;
  mismatches: Mismatch[];
}

/** Stated answers that the deployment does not fix already. */
export function statedAnswers(answers: Answers, preset: Answers): Answers {
  const out: Answers = {};
  for (const q of QUESTION_IDS) {
    if (answers[q] !== undefined && preset[q] === undefined) (out as Record<QuestionId, string>)[q] = answers[q]!;
  }
  return out;
}

/**
 * Reads a typed answer to `question`. The card's own words (its number, an option's label or
 * name or its start) answer the question on screen; an option's label, as the card shows it,
 * means that option and nothing else, though its words may name other things ("Partner Center
 * operated by 21Vianet", "while we were in the Advisor program"). A word found inside a sentence
 * is the understanding's to judge, since it knows negation ("not through EA") and
 * contradictions; a channel it reads is read in the Partner Center already chosen.
 */
export function readTyped(
  text: string,
  question: QuestionId,
  answers: Answers,
  catalogs: { catalog: Catalog; fallbackCatalogs: readonly Catalog[]; preset: Answers },
): Typed {
  const result = recognizeOption(text, { question, options: optionsFor(question, answers) }, catalogs.catalog, catalogs.fallbackCatalogs);
  if (result.kind === 'match' && result.via === 'label') return { chosen: result.id, stated: {}, conflicts: [], ambiguous: false, mismatches: [] };
  if (question === 'channel' && answers.cloud === 'china' && !(result.kind === 'match' && (result.via === 'name' || result.via === 'number'))) {
    // One rule for every channel of the commercial Partner Center named at the 21Vianet
    // question ("EA", "Open", "Advisor program", "through the Advisor program"): none of them
    // picks one of its three options silently; the re-prompt quotes what was typed and says it
    // is not a purchase channel there.
    const elsewhere = recognizeOption(text, { question, options: COMMERCIAL_CHANNELS }, catalogs.catalog, catalogs.fallbackCatalogs);
    if (elsewhere.kind === 'match' && elsewhere.via !== 'number' && elsewhere.via !== 'sentence') {
      return { stated: {}, conflicts: [], ambiguous: false, mismatches: [{ question, words: text }] };
    }
  }

  const understood = understand(text);
  const stated = statedAnswers(understood.answers, catalogs.preset);
  const mismatches: Mismatch[] = [];
  if (stated.channel !== undefined && stated.cloud === undefined && answers.cloud !== undefined) {
    // Inside a sentence the same rule: a commercial channel is not read as "somewhere else" at
    // the 21Vianet question (it is when the message itself names 21Vianet's Partner Center).
    const commercialAtChina = answers.cloud === 'china' && !(CHINA_CHANNELS as readonly Channel[]).includes(stated.channel);
    const inCloud = commercialAtChina ? undefined : channelInCloud(stated.channel, answers.cloud);
    if (inCloud === undefined) delete stated.channel;
    else stated.channel = inCloud;
  }
  for (const q of QUESTION_IDS) {
    const words = understood.evidence[q];
    if (words === undefined || catalogs.preset[q] !== undefined) continue;
    const offered = q === question ? stated[q] !== undefined && isValidOption(q, stated[q], answers) : true;
    if (!offered || (q !== question && answers[q] !== undefined)) mismatches.push({ question: q, words });
  }

  const unclear = understood.conflicts.includes(question);
  const statedHere = stated[question] !== undefined && isValidOption(question, stated[question], answers) ? stated[question] : undefined;
  const readHere = mismatches.some((m) => m.question === question);
  const matched = result.kind === 'match' ? result : undefined;
  const direct = matched && matched.via !== 'sentence' && !unclear ? matched.id : undefined;
  // A word inside a sentence does not answer when the understanding read the sentence otherwise.
  const inSentence = matched && matched.via === 'sentence' && !unclear && !readHere && !understood.negated.includes(question) ? matched.id : undefined;
  const chosen = direct ?? statedHere ?? inSentence;
  if (statedHere === undefined) delete stated[question];
  return { ...(chosen !== undefined ? { chosen } : {}), stated, conflicts: understood.conflicts, ambiguous: result.kind === 'ambiguous', mismatches };
}
