// A pasted call transcript ("Agent: did they buy it through an EA?" / "Customer: yes") is a
// conversation, not one statement: a question is not an answer, and a short "yes" or "no"
// answers the question the other speaker asked just before. The reader splits the transcript
// into its turns, drops the speaker labels and times (a speaker named "Microsoft Support" states
// no channel), and reads each exchange the way a colleague listening to the call would; the
// turns are then merged as a thread's parts are, the latest turn deciding each question.
import { loggedBefore, timeOf } from './clock';
import { chatted } from './speakerLabel';
import { QUESTION_IDS, QuestionId, optionsFor } from '../questions';
import { LAST_SENTENCE, asks, marked, seeksNod, tagged } from './asking';
import { compilePatterns, fold } from './compile';
import { LEXICONS } from './lexicon';
import { prepare } from './text';
import { mergeParts } from './thread';
import { FROM } from './mailHeaders';
import { labelledParts } from './labelled';
import { partyLabel } from './partyLabel';
import { echoedOptions } from './echoed';
import { productCloud } from './productCloud';
import { knownSpeaker } from './speakerLabel';
import type { Understanding } from './result';
import { isRecap } from './recap';
import { FIELD, REPLY, STAMPED, TITLE, parse } from './transcriptLine';
import { postAboveReplies, withoutCount } from './repliesBelow';
import { bidAnswered } from './tenderItems';

export interface Turn {
  speaker: string;
  text: string;
}

const words = (key: 'speakers' | 'yes' | 'no' | 'qa' | 'notIs' | 'defers'): string[] => LEXICONS.flatMap((l) => l.transcript?.[key] ?? []);
/** "Or" in each language: a question offering two options, which a yes or a no does not answer (found as a lexicon's whole words: "是EA还是Open？"). */
const OR = LEXICONS.flatMap((l) => l.structure?.or ?? []);
/** "Not sure", "no idea", «не знаю», "não sei", "nem tudom", "probably": an answer said under a doubt. */
const DOUBT = LEXICONS.flatMap((l) => [...(l.negation?.hedges ?? []), ...(l.negation?.hedgesAfter ?? []), ...(l.transcript?.defer ?? [])]);
// Whole words, or Chinese characters, which have no spaces between words ("还是通过…"); a stop may follow ("不知道，…").
const word = (patterns: string[], name: string, before: string): RegExp =>
  new RegExp(`${before}(?:${compilePatterns(patterns, name, 'u').source})(?=[ \\p{Script=Han}\\p{P}]|$)`, 'u');
const OR_IN = compilePatterns(OR, 'transcript.or', 'u');
const OR_FIRST = new RegExp(`^${OR_IN.source}`, 'u');
const DOUBT_IN = word(DOUBT, 'transcript.doubt', '(?:^| |(?<=[\\p{Script=Han}\\p{P}]))');
/** Any negation or no ("not the gov one", «глобальное нет»): an answer that says one cannot repeat an option to take it. */
const NEGATION = LEXICONS.flatMap((l) => [...(l.negation?.before ?? []), ...(l.negation?.after ?? []), ...(l.transcript?.no ?? [])]);
const NEGATION_IN = word(NEGATION, 'transcript.negation', '(?:^| |(?<=[\\p{Script=Han}\\p{P}]))');
const REFERS = LEXICONS.flatMap((l) => [...(l.structure?.first ?? []), ...(l.structure?.second ?? [])]);
const REFERENCE = compilePatterns(REFERS, 'transcript.reference', 'u');

/** A known speaker label anywhere in the speaker's name ("Agent", "Customer (Contoso)", "客服小王"). */
const SPEAKER = compilePatterns(words('speakers'), 'transcript.speakers', 'u');
/** A Q&A's labels ("Q:", "Kérdés:"): speakers where one answers the other; one alone heads the partner's own question to the bot. */
const QA = compilePatterns(words('qa'), 'transcript.qa', 'u').source;
/** A known label that is the whole name, but for a name or company in brackets ("Customer (Contoso)"), and not a Q&A's label. */
const LABEL = new RegExp(`^(?!${QA}$)${SPEAKER.source}(?:\\s*[(（][^)）]*[)）])?$`, 'u');
/** A yes or a no that opens a turn (said once or repeated, "no no", «да-да», "不是不是"), and what follows it. */
const opening = (key: 'yes' | 'no'): RegExp => {
  const word = compilePatterns(words(key), `transcript.${key}`, 'u').source;
  return new RegExp(`^${word}(?:[\\s,-]*${word})*(?=[\\s,.!;:，。！；、—–-]|$)(.*)$`, 'su');
};
const [YES, NO] = [opening('yes'), opening('no')];
/** A "not" that opens an answer and runs into its words, without a stop or a Chinese word after a space, said once (`transcript.notIs`). */
const NOT_IS = compilePatterns(words('notIs'), 'transcript.notIs', 'u').source;
const GLUED_NO = new RegExp(`^(?:${NOT_IS})(?!${NOT_IS})(?:\\p{Script=Han}|\\s*[a-z0-9])`, 'u');
/** What follows a yes or a no when it is said alone: nothing, or a stop first. */
const ALONE = /^\s*(?:[,.!;:，。！；、—–-]|$)/u;
/** A yes that goes on, in its sentence, to put the answer off ("tudo bem, deixa eu confirmar…", "yes, let me check"): it only takes the question in. */
const DEFERRED = new RegExp(`^[\\s,，、—–-]*(?:${compilePatterns(words('defers'), 'transcript.defers', 'u').source})`, 'u');
/** A chat export's stamp: a date (day, month and year in any order, "2026.03.04.", "03/11/2026,") before the time. */
const DATED = /^\s*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\.?,?\s+\d{1,2}:\d{2}/u;

/**
 * The turns of a pasted transcript, oldest first, or undefined when the text is not one. A transcript has at least two turns by
 * two speakers, each turn a line opened by a known label or a time (or is one line a known label opens). After its first such
 * turn, a line opened by any short name ("Anna (Contoso):") is a turn too, but for the first line under a name and a time
 * ("Diego  15:34" over "corrigindo: …"): that person's words. Lines without a name continue the turn before. Words above the
 * first turn are the paster's own note, written after the call (read as the newest turn). A text with a mail header ("From:",
 * "发件人:") is a mail thread, whose lines ending in a colon ("更正一下我同事说的：") are no speakers' turns.
 */
export function transcriptTurns(text: string): Turn[] | undefined {
  // Lines labelled newest and older ("最上面（客户，11/28）：" over "下面（客户，11/23）：") are a history, not turns.
  if (labelledParts(text) !== undefined || bidAnswered(text)) return undefined;
  const lines = text.split(/\r?\n/u).map(parse);
  const known = lines.filter((l) => l.turn !== undefined && knownSpeaker(l.turn.name, SPEAKER));
  // A chat pasted without times names its people in full ("Ben Harper:", "[Teams] Alicia Gomez:"): two of them make it one.
  const people = lines.filter((l) => l.turn?.person === true);
  const named = new Set(people.map((l) => l.turn!.name)).size >= 2 ? people : [];
  const chat = chatted(lines);
  const sure = lines.filter((l) => l.turn?.time !== undefined || known.includes(l) || named.includes(l) || chat.includes(l));
  // One line pasted from a transcript is a turn too, when a known label opens a question: a
  // question is no answer. A statement is read as written ("Partner: Litware, they're T1" names us).
  const one = lines.length === 1 && known.length === 1 && LABEL.test(known[0]!.turn!.name) && marked(known[0]!.turn!.text) && !FIELD.test(known[0]!.turn!.text);
  // A chat app's export stamps each message with its date and time ("[03/11/2026, 09:14] Ana:"): two such lines are a
  // chat even when one person wrote them both.
  const exported = lines.filter((l) => l.turn?.time !== undefined && DATED.test(l.turn.time)).length >= 2;
  if ((!one && !exported && new Set(sure.map((l) => l.turn!.name)).size < 2) || lines.some((l) => FROM.test(l.line))) return undefined;
  const turns: Turn[] = [];
  const note: string[] = [];
  const times: number[] = [];
  const quotes: Turn[] = [];
  for (const l of lines) {
    const { line, turn } = l;
    const last = turns[turns.length - 1];
    // A reply's quotation of an older message ("↳ Replying to Ana (yesterday): "…"", as chats copy it) is no turn: the oldest words.
    if (REPLY.test(line)) quotes.push({ speaker: '', text: parse(line.replace(REPLY, '')).turn?.text ?? line.replace(REPLY, '') });
    // A reference said on by the same speaker ("翻到了，是后者", "the latter") picks among the options of their turn before: one turn.
    else if (turn !== undefined && last?.speaker === turn.name && REFERENCE.test(prepare(turn.text).text)) last.text += `\n${turn.text}`;
    // In a chat export one person's statements in a row are one turn: a message goes on their own one before (a question stays apart).
    else if (turn !== undefined && exported && last?.speaker === turn.name && last.text !== '' && !asks(last.text) && !asks(turn.text))
      last.text += `\n${turn.text}`;
    else if (turn !== undefined && (sure.includes(l) || (turns.length > 0 && last!.text !== ''))) {
      turns.push({ speaker: turn.name, text: partyLabel(turn.name, turn.text) });
      const time = timeOf(turn.time);
      if (time !== undefined) times.push(time);
    } else if (turns.length === 0) note.push(line);
    // A line stamped with a time and no name ("10:45 — still undecided") is the log writer's own turn, not the last speaker's.
    else if (STAMPED.test(line)) turns.push({ speaker: '', text: line });
    else turns[turns.length - 1]!.text += `\n${line}`;
  }
  // A transcript is written oldest first, unless its times go down (pasted newest on top).
  // Counted step by step: a 12-hour clock passing 12 ("12:58", "1:03") or midnight goes down once.
  const first = times[0];
  const steps = times.slice(1).map((t, k) => Math.sign(t - times[k]!));
  if (steps.filter((d) => d < 0).length > steps.filter((d) => d > 0).length) turns.reverse();
  for (const turn of turns) turn.text = turn.text.trim();
  const post = postAboveReplies(note);
  const own = withoutCount(note)
    .filter((l) => !TITLE.test(l))
    .join('\n')
    .trim();
  const ownTurn = own.length > 0 ? [{ speaker: '', text: own }] : [];
  // A post above its counted replies (repliesBelow.ts) or a recap above the turns (recap.ts) is older than them, not the paster's note.
  // So are a log's own entries stamped earlier than its first turn (clock.ts).
  const older = post || isRecap(own) || loggedBefore(note, first);
  return older ? [...quotes, ...ownTurn, ...turns] : [...quotes, ...turns, ...ownTurn];
}

/**
 * A message that is no transcript but quotes a question someone asked on the call, on a line a
 * known label opens ("Agent: did they buy it through EA?" and a note after it), is read as a
 * transcript is: the question is a turn, the words after it the answer ("the customer did not
 * say" names EA only to ask). A question that names nothing (`names`) stays in its turn.
 * Undefined when no labelled line asks anything of the case. (A question without a label is
 * often the partner's own to the bot, "can we become partner of record on their MPSA?", and
 * states its case: it is read as written.)
 */
export function questionTurns(text: string, names: (question: string) => boolean): Turn[] | undefined {
  const turns: Turn[] = [];
  let open = '';
  for (const { line, turn } of text.split(/\r?\n/u).map(parse)) {
    const labelled = turn !== undefined && LABEL.test(turn.name) && !FIELD.test(turn.text);
    for (const piece of (labelled ? turn.text : line).split(/(?<=[?？])/u)) {
      open += piece;
      if (!labelled || !asks(piece) || !names(LAST_SENTENCE.exec(piece)![0])) continue;
      turns.push({ speaker: String(turns.length % 2), text: open.trim() });
      open = '';
    }
    open += '\n';
  }
  if (turns.length === 0) return undefined;
  return open.trim().length > 0 ? [...turns, { speaker: String(turns.length % 2), text: open.trim() }] : turns;
}

const nothing = (): Understanding => ({ answers: {}, conflicts: [], evidence: {}, negated: [] });
/** Whether a reading says anything about a question (an answer, two, one to ask about, a negation). */
function touches(r: Understanding, q: QuestionId): boolean {
  return r.answers[q] !== undefined || r.conflicts.includes(q) || r.unsettled?.includes(q) === true || r.negated.includes(q);
}

/** Whether an answer's own words answer a question (a value, two, one to ask about): a denial alone answers nothing. */
function answersOwn(r: Understanding, q: QuestionId): boolean {
  return r.answers[q] !== undefined || r.conflicts.includes(q) || r.unsettled?.includes(q) === true;
}

/** The either/or a question listed and its answer left open: still two options, asked about. */
function openOptions(asked: Understanding, open: readonly QuestionId[]): Understanding {
  const conflicts = asked.conflicts.filter((q) => open.includes(q));
  const said = Object.fromEntries(conflicts.flatMap((q) => (asked.said?.[q] ? [[q, asked.said[q]]] : [])));
  return { ...nothing(), conflicts, ...(conflicts.length > 0 ? { said } : {}) };
}

/**
 * The product a question names while asking about something else ("where did they buy Office
 * 365?" – "through EA"; "Office 365: move it or support it?"): the customer's product, which the
 * answer takes for granted. A question about the product alone says nothing until it is answered; a bare
 * no turns the whole question down ("so Office 365 through EA" – "no"), a no that answers ("no, via Open") the rest only.
 */
function presupposed(asked: Understanding, rest: readonly QuestionId[], own: boolean, question: string): Partial<Understanding> {
  const service = asked.answers.service;
  if (service === undefined || !rest.includes('service') || (!own && asked.conflicts.length === 0)) return {};
  // The cloud that qualifies the product is taken for granted with it (productCloud.ts).
  const cloud = rest.includes('cloud') ? productCloud(question, asked) : {};
  const evidence = asked.evidence.service === undefined ? {} : { service: asked.evidence.service };
  return { answers: { service, ...cloud.answers }, evidence: { ...evidence, ...cloud.evidence } };
}

/**
 * An answer to a question, as a reading. The words after an opening yes or no are the answer's
 * own and decide what they say. A yes said alone or before words of its own takes, for the rest,
 * the options the question named. A no with no words that answer anything leaves every question
 * the question named without an answer ("did they buy it through EA?" – "no": never EA), but
 * where it named one option of a question that has two, it is the other ("move them to us?" –
 * "no": support). A reference ("the second one") picks among the options an either/or question
 * listed and accepts the rest of the question.
 */
function answerTo(question: string, answer: string, read: (text: string) => Understanding, opensWithReference: (text: string) => boolean): Understanding[] {
  const asked = read(question);
  const folded = fold(answer).trim();
  const yes = YES.exec(folded);
  // A "not" run into the words after it ("不是 Azure，是 Visio", "不是只要支持，是…") negates them: no bare no ("不用 先帮着支持" is one).
  const noWord = yes === null ? NO.exec(folded) : null;
  const no = noWord !== null && GLUED_NO.test(folded) ? null : noWord;
  if (yes !== null && DEFERRED.test(yes[yes.length - 1]!)) return [read(yes[yes.length - 1]!)];
  const opened = yes ?? no;
  const said = read(opened === null ? answer : opened[opened.length - 1]!);
  const rest = QUESTION_IDS.filter((q) => !touches(said, q));
  const own = rest.length < QUESTION_IDS.length;
  const given = nothing();
  const set = given.answers as Record<QuestionId, string>;
  // A yes or a no under a doubt ("no idea", "yes, probably"), or to a question offering two
  // options ("EA or Advisor?" – "yes"), answers nothing the question named: it is still asked.
  // So is a doubt said with no yes or no («не знаю», "I don't know, they want us to take over billing").
  const doubt = DOUBT_IN.test(prepare(answer).text);
  // An "or" offers options only in a question that asks or names two ("账单还是世纪互联开" – "对": 还是 is "still" there).
  const offers = OR_IN.test(prepare(question).text) && (marked(question) || asked.conflicts.length > 0);
  if (doubt || (opened !== null && offers)) {
    // The product the question takes for granted is no part of the doubt ("Office 365: move or support?" – "not decided").
    const taken = opened === null ? presupposed(asked, rest, own, question) : {};
    // Words after the yes or no that echo one option take it ("是美国政府云还是商业云？" – "对，商业的"), as without it.
    // A doubt takes no option: the words after it are left unheard.
    const after = opened === null || doubt ? undefined : opened[opened.length - 1]!;
    const echoed = after === undefined || NEGATION_IN.test(prepare(after).text) ? nothing() : echoedOptions(question, asked, rest, after, read);
    const left = rest.filter((q) => echoed.answers[q] === undefined);
    const doubted = left.filter((q) => asked.answers[q] !== undefined && taken.answers?.[q] === undefined);
    const hedged = Object.fromEntries(doubted.map((q) => [q, asked.answers[q]]));
    // A cloud read from the very words of a doubted option ("from 21Vianet, or from us as an
    // Advisor?" – "can't tell") is doubted only through it: an older part's cloud still stands.
    const implied = doubted.filter((q) => QUESTION_IDS.some((o) => o !== q && asked.said?.[o]?.includes(asked.evidence[q] ?? '') === true));
    return [said, { ...openOptions(asked, left), ...taken, hedged, doubtImplied: implied }, echoed];
  }
  if (yes !== null && (own || ALONE.test(yes[yes.length - 1]!))) {
    for (const q of rest) {
      const value = asked.answers[q];
      if (value === undefined) continue;
      set[q] = value;
      given.evidence[q] = asked.evidence[q];
    }
  } else if (no !== null && !own) {
    const named = rest.filter((q) => asked.answers[q] !== undefined || asked.conflicts.includes(q));
    const [q] = named;
    const other = q === undefined ? [] : optionsFor(q, {}).filter((o) => o !== asked.answers[q]);
    if (named.length === 1 && other.length === 1) set[q!] = other[0]!;
    else given.negated = named;
  } else if (opensWithReference(answer)) {
    const both = read(`${question} ${answer.split(/(?<=[.!?。！？])/u)[0]!}`);
    // The answer's words after the reference may deny the option it did not pick ("the second. EA we had until 2021",
    // "后者。Azure 我们没有"): a denial is no answer of its own, the reference still picks (answersOwn).
    for (const q of QUESTION_IDS.filter((id) => !answersOwn(said, id))) {
      const value = both.answers[q];
      if (value !== undefined) set[q] = value;
    }
    return [{ ...said, negated: said.negated.filter((q) => set[q] === undefined) }, given];
  } else {
    const plain = !DOUBT_IN.test(prepare(answer).text) && !NEGATION_IN.test(prepare(answer).text);
    const echoed = plain ? echoedOptions(question, asked, rest, answer, read) : nothing();
    const open = openOptions(
      asked,
      rest.filter((q) => echoed.answers[q] === undefined),
    );
    // An answer that leaves it undecided ("let's talk about it internally") keeps the option asked as only proposed, as if unanswered:
    // the speaker's wish and another's proposal are both still open.
    const options = Object.fromEntries(Object.entries(asked.answers).filter(([q]) => rest.includes(q as QuestionId)));
    const proposed = said.undecided === true ? { hedged: options, proposed: options } : {};
    return [said, { ...open, ...(opened === null || (no !== null && own) ? presupposed(asked, rest, own, question) : {}), ...proposed }, echoed];
  }
  return [said, given];
}

/**
 * A transcript's reading: each turn is read on its own, a question only as what the answer
 * after it makes of it, and the turns' readings are merged newest first. A question nobody
 * answers states nothing; the option it named is kept to name when the question is asked.
 */
export function readTranscript(
  turns: readonly Turn[],
  read: (text: string) => Understanding,
  // Where in an answer its reference counts (the reader's own rule for a reply: at its opening).
  opensWithReference: (text: string) => boolean,
): Understanding {
  const readings: Understanding[] = [];
  // A question ends with a question mark, or is answered by a bare yes or no (captions often have
  // no marks); a statement with a tag ("…, right?") is one answered by a yes, a no or a doubt.
  const yesOrNo = (turn: Turn, next: Turn | undefined): boolean =>
    next !== undefined &&
    ![turn.speaker, ''].includes(next.speaker) &&
    !asks(next.text) &&
    ([YES, NO].some((r) => r.test(fold(next.text).trim())) || ((tagged(turn.text) || nod(turn)) && DOUBT_IN.test(prepare(next.text).text)));
  const nod = (turn: Turn): boolean => seeksNod(turn.text, (words) => Object.keys(read(words).answers).length > 0 || read(words).conflicts.length > 0);
  for (let i = 0; i < turns.length; i++) {
    const turn = turns[i]!;
    if ((!asks(turn.text) || nod(turn)) && !yesOrNo(turn, turns[i + 1])) {
      readings.push(read(turn.text));
      continue;
    }
    let question = LAST_SENTENCE.exec(turn.text)![0];
    // "Did they buy it through EA? Or from an Advisor partner?": a question opened by "or" goes on the one before, if any.
    const head = turn.text.slice(0, turn.text.length - question.length);
    if (OR_FIRST.test(prepare(question).text)) question = LAST_SENTENCE.exec(head)![0] + question;
    // "You said either an Advisor or the website. Which is it?" – "the first": a question naming nothing asks about the options of the sentence before.
    const prior = turn.text.slice(0, turn.text.length - question.length);
    const next = turns[i + 1];
    if (
      prior.trim() !== '' &&
      next !== undefined &&
      opensWithReference(next.text) &&
      Object.keys(read(question).answers).length === 0 &&
      read(question).conflicts.length === 0
    )
      question = LAST_SENTENCE.exec(prior)![0] + question;
    const before = turn.text.slice(0, turn.text.length - question.length);
    // The asker's own statements before the question are statements; earlier questions of the turn answer nothing.
    const stated = read(
      before
        .split(/(?<=[.!?。！？])/u)
        .filter((sentence) => !marked(sentence))
        .join(' '),
    );
    readings.push(stated);
    // The answer is the very next turn, by another speaker, unless it only asks back.
    const answer = turns[i + 1];
    if (answer === undefined || answer.speaker === turn.speaker || asks(answer.text)) {
      const asked = read(question);
      // What the asker has just stated, the question only repeats ("Azure under an EA. How do we take their Azure?"): no doubt.
      const hedged = Object.fromEntries(Object.entries(asked.answers).filter(([q, v]) => stated.answers[q as QuestionId] !== v));
      readings.push({ ...openOptions(asked, QUESTION_IDS), hedged });
      continue;
    }
    readings.push(...answerTo(question, answer.text, read, opensWithReference).reverse());
    i++;
  }
  return mergeParts(readings.reverse());
}
