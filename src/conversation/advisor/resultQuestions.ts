// Free text typed after a result is one of three things: a question about it ("which roles do I
// need?", «кто должен утвердить?»), answered from the result's own steps and notes with its
// source; a new case (the message states answers the result does not have); or neither, when the
// result stays and the user hears what they can type. Pure: decided from the one reading of the
// message (../domain/reading) and the topic words of the user's language (content/texts:
// aboutResult), so it is tested from tables.
import { Catalog, format } from '../../domain/textCatalog';
import { containsWords, normalize } from '../../domain/matching';
import { linkUrl } from '../../domain/links';
import { LocaleTag } from '../../domain/locales';
import { Answers, QUESTION_IDS, QuestionId, consistentAnswers, isQuestionId } from '../../domain/questions';
import { LinkId, NoteId, Outcome } from '../../domain/outcomes';
import { isRecord } from '../../domain/records';
import type { ResultContent } from '../../domain/deploymentContent';
import type { Reading } from '../../domain/reading';
import { noteText, outcomeText } from './resultView';

export const TOPIC_IDS = ['roles', 'deadline', 'approval', 'duration', 'cost', 'links'] as const;
export type TopicId = (typeof TOPIC_IDS)[number];

/** One sentence of the result: of a step (by its index) or a note, by its index among that text's sentences. */
export type ResultPart = { step: number; sentence: number } | { note: NoteId; sentence: number };

export type AfterResult =
  /** A question about the result: the topics it asks, the sentences that answer them, the page to name as the source. */
  { kind: 'about'; topics: TopicId[]; parts: ResultPart[]; link?: LinkId } | { kind: 'newCase' } | { kind: 'other' };

/** The pages that answer a topic best, where the result lists them; otherwise the result's first page. */
const TOPIC_LINKS: Record<TopicId, readonly LinkId[]> = {
  roles: ['gdap', 'request-relationship', 'cn-request-relationship', 'transfer-nce-license', 'transfer-azure-plan'],
  deadline: ['gdap', 'transfer-nce-license', 'transfer-azure-plan', 'request-relationship'],
  approval: ['gdap', 'request-relationship', 'cn-request-relationship', 'customer-agreement', 'transfer-nce-license', 'transfer-azure-plan'],
  duration: ['gdap', 'transfer-nce-license', 'transfer-azure-plan', 'move-licenses'],
  cost: ['move-licenses', 'transfer-nce-license', 'transfer-azure-plan', 'switch-azure'],
  links: [],
};

/** A phrase as the message is folded; "%" at its end stands for the rest of a word (a stem). */
interface Folded {
  words: string;
  stem: boolean;
}

const foldedLists = new WeakMap<readonly string[], Folded[]>();

function folded(phrases: readonly string[]): Folded[] {
  let list = foldedLists.get(phrases);
  if (!list) {
    list = phrases.map((p) => ({ words: normalize(p.endsWith('%') ? p.slice(0, -1) : p), stem: p.endsWith('%') })).filter((f) => f.words !== '');
    foldedLists.set(phrases, list);
  }
  return list;
}

/** A text folded as the phrases are, question marks included (normalize keeps them for the command "?"). */
function fold(text: string): string {
  return normalize(text).replace(/\?/g, ' ').replace(/ +/g, ' ').trim();
}

function mentions(text: string, phrases: readonly string[]): boolean {
  return folded(phrases).some((f) => containsWords(text, f.words, f.stem));
}

/** The topics a message asks about, in the first of `catalogs` (the user's language, then English) where it asks any. */
export function topicsAsked(text: string, catalogs: readonly Catalog[]): TopicId[] {
  const message = fold(text);
  for (const c of catalogs) {
    const topics = TOPIC_IDS.filter((t) => mentions(message, c.aboutResult.topics[t].phrases));
    if (topics.length > 0) return topics;
  }
  return [];
}

/** The sentences of a step or note: after . ! ? followed by a space, or after Chinese full-width ones. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|(?<=[。！？])/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** The sentences of the result's steps and notes that speak of one of the topics, in the card's order. */
export function partsAbout(topics: readonly TopicId[], outcome: Outcome, c: Catalog, locale: LocaleTag): ResultPart[] {
  const lists = topics.flatMap((t) => (t === 'links' ? [] : [c.aboutResult.inResult[t].phrases]));
  const speaks = (sentence: string): boolean => lists.some((phrases) => mentions(fold(sentence), phrases));
  const parts: ResultPart[] = [];
  outcomeText(c, outcome).steps.forEach((step, i) =>
    sentencesOf(step).forEach((s, j) => {
      if (speaks(s)) parts.push({ step: i, sentence: j });
    }),
  );
  for (const id of outcome.notes)
    sentencesOf(noteText(c, id, locale).text).forEach((s, j) => {
      if (speaks(s)) parts.push({ note: id, sentence: j });
    });
  return parts;
}

/** The page a topic's answer names: the first of the topic's pages the result lists, else the result's first. */
function sourceFor(topics: readonly TopicId[], outcome: Outcome): LinkId | undefined {
  for (const t of topics) {
    const found = TOPIC_LINKS[t].find((id) => outcome.links.includes(id));
    if (found) return found;
  }
  return outcome.links[0];
}

/**
 * What a message typed after a result is. It starts a new case only when it states an answer the
 * result does not have (or contradicts itself): a question that names the result's own answers
 * ("which roles do I need for support?" after a support result) is about the result.
 */
export function readAfterResult(
  text: string,
  reading: Extract<Reading, { kind: 'newCase' }>,
  answers: Answers,
  outcome: Outcome,
  catalogs: readonly [Catalog, ...Catalog[]],
  locale: LocaleTag,
): AfterResult {
  const differs = reading.conflicts.length > 0 || QUESTION_IDS.some((q) => reading.stated[q] !== undefined && reading.stated[q] !== answers[q]);
  if (differs) return { kind: 'newCase' };
  const topics = topicsAsked(text, catalogs);
  if (topics.length === 0) return { kind: 'other' };
  const link = sourceFor(topics, outcome);
  return { kind: 'about', topics, parts: partsAbout(topics, outcome, catalogs[0], locale), ...(link ? { link } : {}) };
}

/** The answer to a question about a result, as Markdown text in the user's language, naming its source. */
export function aboutResultText(
  about: { topics: readonly TopicId[]; parts: readonly ResultPart[]; link?: LinkId; outcome: Outcome; content?: ResultContent },
  c: Catalog,
  locale: LocaleTag,
): string {
  const { outcome } = about;
  const moved = about.content?.linkUrls;
  const linked = (id: LinkId): string => `[${c.links[id]}](${linkUrl(id, locale, moved?.[id])})`;
  if (about.parts.length === 0 && about.topics.every((t) => t === 'links')) {
    return [c.aboutResult.sources, ...outcome.links.map((id) => `- ${linked(id)}`)].join('\n');
  }
  const steps = outcomeText(c, outcome).steps;
  const sentence = (p: ResultPart): string | undefined =>
    'step' in p ? sentencesOf(steps[p.step] ?? '')[p.sentence] : sentencesOf(noteText(c, p.note, locale).text)[p.sentence];
  const found = about.parts.map(sentence).filter((s): s is string => s !== undefined);
  const names = about.topics.map((t) => c.aboutResult.topics[t].name).join(c.separators.list);
  const body = found.length > 0 ? [c.aboutResult.heading, ...found.map((s) => `- ${s}`)] : [format(c.aboutResult.notInResult, { topics: names })];
  return [...body, ...(about.link ? [format(c.aboutResult.source, { link: linked(about.link) })] : [])].join('\n');
}

/** The result a case started from a message after it goes back to (with Back, or the button that says so). */
export interface PreviousResult {
  answers: Answers;
  history: QuestionId[];
  /** How many answers the message gave the new case: Back past them returns to the result. */
  seeded: number;
}

/** The previous result as kept in state (which may hold anything), or undefined when there is none usable. */
export function previousOf(value: unknown): PreviousResult | undefined {
  if (!isRecord(value) || !isRecord(value.answers) || !Array.isArray(value.history) || typeof value.seeded !== 'number') return undefined;
  const answers = consistentAnswers(value.answers as Answers);
  const history = value.history.filter((q): q is QuestionId => isQuestionId(q) && answers[q] !== undefined);
  return Object.keys(answers).length > 0 && Number.isInteger(value.seeded) ? { answers, history, seeded: value.seeded } : undefined;
}
