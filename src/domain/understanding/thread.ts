// A pasted mail thread or chat log is several statements made at different times, split into its parts, newest first,
// before reading any words: the newest statement about a question decides it, and a quoted, older or superseded one never
// does (it only fills in what nothing newer says). Mail headers, "> " quoting, signatures and chat lines are recognised
// in the five languages; a message without them is one part, read as before.
import { ThreadParts, dayBefore, withQuote } from './quoteOrder';
import { QUESTION_IDS, QuestionId, isValidOption } from '../questions';
import { channelInCloud } from './channels';
import { compilePatterns } from './compile';
import { LEXICONS } from './lexicon';
import { unquotedMatch } from './olderQuote';
import { replyParts } from './replyLines';
import { labelledParts } from './labelled';
import { statedOrderParts, titledOldestFirst } from './statedOrder';
import { timelineParts } from './timeline';
import type { Understanding } from './result';
import { inLogEntry } from './logEntry';
import { isRecap } from './recap';
import { recapComments } from './recapComments';
import { forumParts, ownPost } from './forumThread';
import { channelInCorrectedCloud } from './cloudCorrected';
import { prepare } from './text';
import { quotedSeller } from './quotedSeller';
import { optionsDecidedAfter } from './optionsDecided';
import { FROM, FROM_SAID, HEADER, SEPARATOR, SUBJECT, WROTE } from './mailHeaders';
import { DATE_HEADER, pastedOldestFirst } from './mailDates';
import { clientMarks } from './clientMarks';
import { CHAT, CHAT_DAY, CHAT_LOG, CHAT_NAMED, CHAT_PLAIN, CHAT_STAMP, CHAT_TAGGED, chatLine, chatTime } from './chatLines';

/** A signature begins: "--", a closing formula. Everything after it in its part is dropped. */
const SIGNATURE_START = new RegExp(`^\\s*(?:--\\s*|(?:${clientMarks('signoffs')}),?)\\s*$`, 'iu');
/** A contact line: "Name | Title | Company | +1 (425) 555-0143". */
/** Whether a reading states the partner's role and nothing else (a contact line's cell that keeps its words). */
export const onlyRole = (r: Understanding): boolean => r.answers.partnerType !== undefined && Object.keys(r.answers).length === 1 && r.conflicts.length === 0;
const CONTACT = /\|.*\|| \| .*\d{3}|(?:\+?\d[\d ()-]{7,}\d)\s*$/u;

/** Whether the text has the shape of a thread (only then is it split). */
function isThread(lines: readonly string[]): boolean {
  // Lines tagged with an app's name, or unbracketed, make a chat only when there are two of them.
  const tagged = Math.max(lines.filter((l) => CHAT_TAGGED.test(l)).length, lines.filter((l) => CHAT_PLAIN.test(l)).length);
  // Lines stamped with their time alone make a log to order only when pasted newest on top: written
  // oldest first, they read as one text, where a later line may correct an earlier one by name. (One
  // stamp, or none, goes down nowhere.)
  const stamps = lines.map((l) => CHAT_STAMP.exec(l) ?? CHAT_LOG.exec(l) ?? CHAT_DAY.exec(l)).flatMap((m) => (m === null ? [] : [chatTime(m)]));
  return (
    tagged > 1 ||
    stamps[0]! > stamps[stamps.length - 1]! ||
    lines.some((l) => FROM.test(l) || SEPARATOR.test(l) || WROTE.test(l) || /^\s*>/.test(l) || CHAT.test(l) || CHAT_NAMED.test(l))
  );
}

/**
 * Words pasted inline as a quotation after a colon ('Pasting from their email: "…"', «пишет:
 * «…»», "原话：“…”", 'colando aqui: "…"', "ezt írta: „…”", typed „…" too): another party's words, older
 * than the message around them, which decides what it says itself. A colon after a closing quote is a
 * quoted key's ('"role": "…"', as in JSON): its quoted value is a field of the record, not words quoted.
 */
const INLINE_QUOTE = /(?<!["”][ \t]*)[:：]\s*(?:"([^"\n]{12,})"|“([^”\n]{12,})”|«([^»\n]{12,})»|„([^”“"\n]{12,})[”“"]|「([^」\n]{12,})」)/u;
/** A correction word right before such a quotation ("helyesen: „…”"): the quoted words are the writer's own, corrected. */
const CORRECTED = new RegExp(
  `(?:${
    compilePatterns(
      LEXICONS.flatMap((l) => l.corrections ?? []),
      'corrections',
    ).source
  }) ?$`,
  'u',
);

/**
 * What a subject line tells: the product, cloud and channel it names, as plain answers. It names a
 * topic, never who writes or what is wanted ("RE: Distributor question", "RE: Support request").
 */
export function subjectReading(reading: Understanding): Understanding {
  const result: Understanding = { answers: {}, conflicts: [], evidence: {}, negated: [] };
  for (const q of ['cloud', 'channel', 'service'] as const) {
    const value = reading.answers[q];
    if (value === undefined) continue;
    (result.answers as Record<QuestionId, string>)[q] = value;
    if (reading.evidence[q] !== undefined) result.evidence[q] = reading.evidence[q];
  }
  return result;
}

/** Words speaking to this partner ("you", «вы», "vocês", "önök", "你们"). */
const ADDRESSEE = compilePatterns(
  LEXICONS.flatMap((l) => l.structure?.addressee ?? []),
  'structure.addressee',
  'u',
);

/**
 * What another party's words quoted inline tell: all but a partner's role, since the "we" in them is
 * theirs («Клиент переслал письмо прежнего партнёра: «Мы являемся дистрибьютором…»»), not this
 * partner's; unless they speak to us ("as a reseller, you need to order through us").
 */
export function quotedReading(said: Understanding, words: string): Understanding {
  const reading = quotedSeller(said, words);
  if (ADDRESSEE.test(prepare(words).text)) return reading;
  const role = (q: QuestionId): boolean => q !== 'partnerType';
  const { partnerType: _answer, ...answers } = reading.answers;
  const { partnerType: _words, ...evidence } = reading.evidence;
  const result: Understanding = { ...reading, answers, evidence, conflicts: reading.conflicts.filter(role), negated: reading.negated.filter(role) };
  // A part's unsettled question is only ever its channel, and the words it said of a question are read only with an answer, a conflict, a negation or a doubt of it.
  delete (result.hedged = { ...reading.hedged }).partnerType;
  return result;
}

/** The parts of a message, newest first, apart from them its newest subject line, and which parts are quoted inline. */
export function threadOf(text: string, answers: (words: string) => boolean = () => false, roleAlone: (cell: string) => boolean = () => false): ThreadParts {
  // A forum thread's replies are other partners' words: its parts are the asker's own (forumThread.ts).
  const labelled = forumParts(text) ?? labelledParts(text) ?? recapComments(text);
  if (labelled !== undefined) return { parts: labelled };
  const replies = replyParts(text);
  if (replies !== undefined) return { parts: replies };
  const stated = statedOrderParts(text) ?? timelineParts(text);
  if (stated !== undefined) return { parts: stated };
  const quote = unquotedMatch(INLINE_QUOTE, text);
  const words = quote?.slice(1).find((q) => q !== undefined);
  // Quoted words that pick one of two options asked before them ('He answered: "the first one"') answer it where they stand,
  // and so does a quoted question those words answer ('I asked: "EA or MPSA?" Answer: "the second"').
  const asked = quote !== null && /[?？]\s*$/u.test(words!) && answers(text.slice(quote.index + quote[0].length));
  // Options quoted from a record and the decision after the quote are read together (optionsDecided.ts).
  const decided = quote !== null && optionsDecidedAfter(words!, text.slice(quote.index + quote[0].length));
  const stamped = (l: string): boolean => (CHAT_STAMP.exec(l) ?? CHAT_LOG.exec(l) ?? CHAT_DAY.exec(l)) !== null;
  if (
    quote !== null &&
    !answers(words!) &&
    !asked &&
    !decided &&
    !CORRECTED.test(prepare(text.slice(0, quote.index)).text) &&
    !ownPost(text.slice(0, quote.index)) &&
    !inLogEntry(text, quote.index, stamped)
  ) {
    const own = threadOf(`${text.slice(0, quote.index)}. ${text.slice(quote.index + quote[0].length)}`, answers, roleAlone);
    return withQuote(own, words!, dayBefore(text, quote.index));
  }
  if (!text.includes('\n')) return { parts: [text] };
  const lines = text.split(/\r?\n/);
  if (!isThread(lines)) return { parts: [text] };

  // Each part remembers whether it was quoted ("> "): quoted text is older than the text around it.
  // A mail opened by its "From:" line remembers its date header's value (mailDates.ts).
  const parts: Array<{ lines: string[]; quoted: boolean; chat?: boolean; mail?: boolean; date?: string }> = [{ lines: [], quoted: false }];
  let inSignature = false;
  let subject: string | undefined;
  let chat = false;
  // The chat lines' times (seconds in the day), in the order they are written.
  const times: number[] = [];
  const open = (quoted: boolean): void => {
    const last = parts[parts.length - 1]!;
    if (last.lines.length > 0) parts.push({ lines: [], quoted });
    else last.quoted = quoted;
    inSignature = false;
  };
  for (const raw of lines) {
    const quoted = /^\s*>/.test(raw);
    const line = raw.replace(/^\s*(?:>\s?)+/, '');
    if (quoted !== parts[parts.length - 1]!.quoted && line.trim().length > 0) open(quoted);
    if (SEPARATOR.test(line) || FROM.test(line) || WROTE.test(line)) {
      open(quoted);
      const said = FROM_SAID.exec(line);
      if (said !== null) parts[parts.length - 1]!.lines.push(said[1]!);
      else if (FROM.test(line)) parts[parts.length - 1]!.mail = true;
      continue;
    }
    const dated = DATE_HEADER.exec(line);
    const last = parts[parts.length - 1]!;
    if (dated !== null && last.mail === true && last.lines.length === 0) {
      last.date ??= dated[1]!;
      continue;
    }
    if (HEADER.test(line)) {
      // The first subject met is the newest message's: an older one repeats it.
      if (SUBJECT.test(line)) subject ??= line.replace(SUBJECT, '').trim();
      continue;
    }
    const said = chatLine(line);
    if (said) {
      chat = true;
      // A tagged line has no time: the log is then read in the order it is written.
      if (said[2] !== undefined) times.push(chatTime(said));
      open(quoted);
      parts[parts.length - 1]!.lines.push(line.slice(said[0].length));
      parts[parts.length - 1]!.chat = true;
      open(quoted);
      continue;
    }
    // A rule of three dashes after a signature ends it: the paster's own words follow ("---", "客户只要我们帮忙管理").
    if (inSignature && /^\s*(?:-{3,}|_{3,}|—{2,})\s*$/u.test(line)) inSignature = false;
    else if (SIGNATURE_START.test(line)) {
      inSignature = true;
      continue;
    }
    if (inSignature) continue;
    // A contact line is dropped, but for the cells that state only the writer's role ("Name | Firm | Tier 1 direct bill CSP partner").
    const cells = CONTACT.test(line) ? line.split('|').filter(roleAlone) : [line];
    if (cells.length > 0) parts[parts.length - 1]!.lines.push(cells.join(', '));
    continue;
  }
  const texts = (list: typeof parts): string[] => list.map((p) => p.lines.join('\n').trim()).filter((p) => p.length > 0);
  // A chat log is written oldest first unless its times go down (a log pasted newest on top),
  // a mail thread newest first; quoted text is the oldest. A note above a chat log is the
  // paster's, written after the log: it stays the newest part.
  const own = parts.filter((p) => !p.quoted);
  const newestFirst = times.length > 1 && times[0]! > times[times.length - 1]!;
  const firstChat = own.findIndex((p) => p.chat === true);
  // Mails whose dates grow down the page were pasted oldest first: the one at the bottom is the newest.
  // So are mails under a title above the first that says so ("Thread (in chronological order)").
  const firstMail = own.findIndex((p) => p.mail === true);
  const titled = firstMail > 0 && titledOldestFirst(texts(own.slice(0, firstMail)).join('\n'));
  const oldestFirst = !chat && (titled || pastedOldestFirst(own.filter((p) => p.mail === true).map((p) => p.date)));
  const ordered =
    chat && !newestFirst
      ? [...own.slice(0, firstChat), ...own.slice(firstChat).reverse()]
      : oldestFirst
        ? [...own.slice(0, firstMail), ...own.slice(firstMail).reverse()]
        : own;
  // A recap above the log is older than the replies below it (recap.ts).
  if (firstChat > 0 && isRecap(texts(own.slice(0, firstChat)).join('\n'))) ordered.push(...ordered.splice(ordered.indexOf(own[0]!), firstChat));
  const oldest = texts(parts.filter((p) => p.quoted));
  return { parts: [...texts(ordered), ...oldest], subject, oldest };
}

/**
 * The reading of a thread from the readings of its parts (newest first): each question is
 * decided by the newest part that says anything about it (an answer, two answers, a channel to
 * ask about, or a negation); older parts fill in only what nothing newer touches.
 */
export function mergeParts(readings: readonly Understanding[]): Understanding {
  const result: Understanding = { answers: {}, conflicts: [], evidence: {}, negated: [] };
  const set = result.answers as Record<QuestionId, string>;
  // A part saying the case was left undecided ("two sides, two stories; their boss decides") leaves open each question
  // the older parts told two answers to, unless a newer part settles it. Said after all it tells ("through a syndication
  // partner. Could be either"), its own answer counts with theirs; one it gives after saying so decides.
  const open = readings.findIndex((r) => r.undecided === true);
  const own = open >= 0 && readings[open]!.undecidedLast === true ? open : open + 1;
  const told = (q: QuestionId): Understanding[] => (open < 0 ? [] : readings.slice(own).filter((r) => (r.answers[q] ?? r.proposed?.[q]) !== undefined));
  for (const q of QUESTION_IDS) {
    // The newest part that says anything of the question decides it. A value said there only under
    // a doubt is named when the question is asked: an older part's plain answer is what the newer
    // one puts in doubt ("can't tell whether syndication or the hoster" above "> a syndication partner").
    // A doubt only implied by another answer's (a doubted purchase from 21Vianet, its cloud) is none.
    const part = readings.find(
      (r) =>
        r.answers[q] !== undefined ||
        r.conflicts.includes(q) ||
        r.unsettled?.includes(q) ||
        r.negated.includes(q) ||
        (r.hedged?.[q] !== undefined && !r.doubtImplied?.includes(q)),
    );
    if (part !== undefined && open >= 0 && readings.indexOf(part) >= own && new Set(told(q).map((r) => r.answers[q] ?? r.proposed?.[q])).size > 1) {
      result.conflicts.push(q);
      result.said = { ...result.said, [q]: told(q).flatMap((r) => r.evidence[q] ?? []) };
      continue;
    }
    if (part === undefined) {
      const doubted = readings.find((r) => r.hedged?.[q] !== undefined)?.hedged?.[q];
      if (doubted !== undefined) result.hedged = { ...result.hedged, [q]: doubted };
      continue;
    }
    const doubted = part.hedged?.[q];
    if (doubted !== undefined && part.answers[q] === undefined && !part.conflicts.includes(q) && !part.unsettled?.includes(q) && !part.negated.includes(q)) {
      result.hedged = { ...result.hedged, [q]: doubted };
      continue;
    }
    const value = part.answers[q];
    if (value !== undefined) {
      set[q] = value;
      const words = part.evidence[q];
      if (words !== undefined) result.evidence[q] = words;
    } else if (part.conflicts.includes(q)) result.conflicts.push(q);
    else if (part.unsettled?.includes(q)) result.unsettled = [...(result.unsettled ?? []), q];
    else result.negated.push(q);
    const said = part.said?.[q];
    if (said !== undefined && value === undefined) result.said = { ...result.said, [q]: said };
  }
  // A channel read in a part that did not name the cloud is read again in the thread's cloud; "from us as
  // an Advisor" in a thread that says nothing of the cloud is the Advisor program, as in one message.
  channelInCorrectedCloud(result, readings);
  const { channel, cloud } = result.answers;
  const cloudSaid = readings.some(
    (r) => r.answers.cloud !== undefined || r.conflicts.includes('cloud') || r.negated.includes('cloud') || r.hedged?.cloud !== undefined,
  );
  if (channel !== undefined && (cloud !== undefined || (channel === 'formerAdvisor' && !cloudSaid))) {
    const inCloud = channelInCloud(channel, cloud);
    if (inCloud === undefined) {
      delete result.answers.channel;
      result.unsettled = [...(result.unsettled ?? []), 'channel'];
      result.said = { ...result.said, channel: [result.evidence.channel ?? channel] };
      delete result.evidence.channel;
    } else result.answers.channel = inCloud;
  }
  // A usage-based service has no goal: its words go with it, so nothing reports words for it,
  // and a goal a part left open or only offered is not asked either. Nor while the service is
  // left open between usage and a license, as in one message.
  if (result.answers.service === 'usage' || result.conflicts.includes('service')) {
    delete result.answers.goal;
    delete result.evidence.goal;
    result.conflicts = result.conflicts.filter((q) => q !== 'goal');
    delete result.hedged?.goal;
    delete result.said?.goal;
    if (result.hedged !== undefined && Object.keys(result.hedged).length === 0) delete result.hedged;
  }
  for (const q of QUESTION_IDS) {
    const v = result.answers[q];
    if (v !== undefined && !isValidOption(q, v, result.answers)) {
      delete result.answers[q];
      delete result.evidence[q];
    }
  }
  return result;
}
