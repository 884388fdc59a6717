// What a typed message means for the question on screen: the option it picks (and how), what it
// states about other questions, and what in it does not fit here, so the re-prompt can say so
// instead of showing the same card again.
import { Catalog } from '../textCatalog';
import { MatchResult, MatchVia } from '../matching';
import { Answers, CHINA_CHANNELS, COMMERCIAL_CHANNELS, Channel, QUESTION_IDS, QuestionId, isValidOption, optionsFor } from '../questions';
import { Understanding } from '../understanding';
import { channelInCloud } from '../understanding/channels';
import { Message } from './message';
import { foldedOption } from './vocabulary';

/** Words of a message that answer something, but not the question on screen. */
export interface Mismatch {
  /** The question the words answer: the one on screen (an option it does not offer) or an answered one. */
  question: QuestionId;
  /** The words as the user wrote them. */
  words: string;
}

/**
 * The option on screen, as the message names it: picked (by the card's own words, `via` a match
 * of the option lists, or `stated` by the understanding of a sentence), named ambiguously (two
 * options fit the words), or not named.
 */
export type Pick = { kind: 'picked'; option: string; via: MatchVia | 'stated' } | { kind: 'ambiguous' } | { kind: 'none' };

export interface AnswerReading {
  kind: 'answer';
  /** The question on screen. */
  question: QuestionId;
  pick: Pick;
  /** What the message states about the other questions (a sentence may answer several); never the one on screen. */
  stated: Answers;
  /** Questions the message contradicts itself on, or answers with something that does not fit. */
  conflicts: QuestionId[];
  /** What the message said to each of those questions. */
  said?: Said;
  /** Questions answered only under a doubt, with the option it named. */
  hedged?: Hedged;
  mismatches: Mismatch[];
}

/** For each question to clarify, the options a message stated ("EA" and "Open"). */
export type Said = Partial<Record<QuestionId, string[]>>;

/** For each question a message answered only under a doubt ("probably EA"), the option it named. */
export type Hedged = Partial<Record<QuestionId, string>>;

/** The questions a message leaves to clarify, with what it said to them, and those it only guessed at. */
export interface Unclear {
  conflicts: readonly QuestionId[];
  said?: Said;
  hedged?: Hedged;
}

export function unclearIn(understood: Understanding): { conflicts: QuestionId[]; said?: Said; hedged?: Hedged } {
  const conflicts = [...understood.conflicts, ...(understood.unsettled ?? [])];
  return {
    conflicts,
    ...(understood.said ? { said: understood.said } : {}),
    ...(understood.hedged ? { hedged: understood.hedged } : {}),
  };
}

export interface AnswerResources {
  catalog: Catalog;
  fallbackCatalogs: readonly Catalog[];
  /** Answers the deployment fixes: a message never states them. */
  preset: Answers;
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
export function readAnswer(message: Message, question: QuestionId, answers: Answers, resources: AnswerResources): AnswerReading {
  const catalogs = [resources.catalog, ...resources.fallbackCatalogs];
  const named = foldedOption(message.folded, { question, options: optionsFor(question, answers) }, catalogs);
  if (named.kind === 'match' && named.via === 'label') return onlyPick(question, { kind: 'picked', option: named.id, via: 'label' }, []);
  if (commercialAtChina(message, question, answers, named, catalogs)) return onlyPick(question, { kind: 'none' }, [{ question, words: message.text }]);

  const understood = message.understanding();
  const stated = statedInCloud(statedAnswers(understood.answers, resources.preset), answers);
  const mismatches = mismatchesOf(understood, stated, question, answers, resources.preset);
  const statedHere = stated[question] !== undefined && isValidOption(question, stated[question], answers) ? stated[question] : undefined;
  delete stated[question];
  return {
    kind: 'answer',
    question,
    pick: pickOnScreen(named, understood, statedHere, question, mismatches),
    stated,
    ...unclearIn(understood),
    mismatches,
  };
}

/** A reply that asks `question`, naming the option the message said to it under a doubt ("probably EA"). */
export function namingGuess<R extends { kind: string }>(
  reply: R,
  question: QuestionId | undefined,
  hedged: Hedged | undefined,
): R & { guess?: string; selected?: string } {
  const value = question === undefined ? undefined : hedged?.[question];
  const asking = reply.kind === 'question' && 'question' in reply && reply.question === question;
  return asking && value !== undefined ? { ...reply, guess: value, selected: value } : reply;
}

/** A reply that asks to clarify `question`, with what the message said to it ("EA", "Open Value"). */
export function namingSaid<R extends { kind: string }>(reply: R, question: QuestionId | undefined, said: Said | undefined): R & { said?: string[] } {
  const values = question === undefined ? undefined : said?.[question];
  const asking = reply.kind === 'question' && 'question' in reply && reply.question === question;
  return asking && values !== undefined && values.length > 0 ? { ...reply, said: values } : reply;
}

function onlyPick(question: QuestionId, pick: Pick, mismatches: Mismatch[]): AnswerReading {
  return { kind: 'answer', question, pick, stated: {}, conflicts: [], mismatches };
}

/**
 * One rule for every channel of the commercial Partner Center named at the 21Vianet question
 * ("EA", "Open", "Advisor program", "through the Advisor program"): none of them picks one of its
 * three options silently; the re-prompt quotes what was typed and says it is not a purchase
 * channel there. A 21Vianet option named by its number or its whole name is taken as such.
 */
function commercialAtChina(message: Message, question: QuestionId, answers: Answers, named: MatchResult<string>, catalogs: readonly Catalog[]): boolean {
  if (question !== 'channel' || answers.cloud !== 'china') return false;
  if (named.kind === 'match' && (named.via === 'name' || named.via === 'number')) return false;
  const elsewhere = foldedOption(message.folded, { question, options: COMMERCIAL_CHANNELS }, catalogs);
  return elsewhere.kind === 'match' && elsewhere.via !== 'number' && elsewhere.via !== 'sentence';
}

/**
 * A channel stated without a cloud is read in the Partner Center already chosen. Inside a
 * sentence the rule of commercialAtChina holds too: a commercial channel is not read as
 * "somewhere else" at the 21Vianet question (it is when the message itself names 21Vianet's
 * Partner Center).
 */
function statedInCloud(stated: Answers, answers: Answers): Answers {
  if (stated.channel === undefined || stated.cloud !== undefined || answers.cloud === undefined) return stated;
  const commercialAtChina = answers.cloud === 'china' && !(CHINA_CHANNELS as readonly Channel[]).includes(stated.channel);
  const inCloud = commercialAtChina ? undefined : channelInCloud(stated.channel, answers.cloud);
  if (inCloud === undefined) delete stated.channel;
  else stated.channel = inCloud;
  return stated;
}

/** The words that answer the question on screen with an option it does not offer, or a question answered already. */
function mismatchesOf(understood: Understanding, stated: Answers, question: QuestionId, answers: Answers, preset: Answers): Mismatch[] {
  const mismatches: Mismatch[] = [];
  for (const q of QUESTION_IDS) {
    const words = understood.evidence[q];
    if (words === undefined || preset[q] !== undefined) continue;
    const offered = q === question ? stated[q] !== undefined && isValidOption(q, stated[q], answers) : true;
    if (!offered || (q !== question && answers[q] !== undefined)) mismatches.push({ question: q, words });
  }
  return mismatches;
}

/**
 * The option on screen, in order of trust: the card's words (unless the understanding found the
 * message contradicting itself on this question), then what the understanding states, then a
 * word inside a sentence (unless the understanding read the sentence otherwise: a contradiction,
 * an option not offered here, a negation).
 */
function pickOnScreen(
  named: MatchResult<string>,
  understood: Understanding,
  statedHere: string | undefined,
  question: QuestionId,
  mismatches: readonly Mismatch[],
): Pick {
  // A value said under a doubt is confirmed by the question naming it, not taken from a word in the sentence.
  const contradicted = understood.conflicts.includes(question) || understood.hedged?.[question] !== undefined;
  if (named.kind === 'match' && named.via !== 'sentence' && !contradicted) return { kind: 'picked', option: named.id, via: named.via };
  if (statedHere !== undefined) return { kind: 'picked', option: statedHere, via: 'stated' };
  if (named.kind === 'match' && !contradicted && !mismatches.some((m) => m.question === question) && !understood.negated.includes(question)) {
    return { kind: 'picked', option: named.id, via: 'sentence' };
  }
  return named.kind === 'ambiguous' ? { kind: 'ambiguous' } : { kind: 'none' };
}
