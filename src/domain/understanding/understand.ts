// Free-text understanding: which answers of the advisor's questions does a message state?
// Deterministic and data-driven: the wording lives in ./lexicon (one file per language plus a
// language-neutral one), this file only decides how mentions combine (the steps: understand).
import { Cloud, QUESTION_IDS, QuestionId, isValidOption } from '../questions';
import { channelStated } from './channels';
import { CompiledLexicon, compileLexicon, lexiconPatterns } from './compile';
import { LEXICONS } from './lexicon';
import { PreparedText, bracketed, dashBetween, listItems, nameFollows, originalSpan, overlaps, prepare, writtenAsName } from './text';
import { matches, onlyService, resolveAlternatives, scopeContrast } from './structure';
import { listedOptions } from './listedOptions';
import { roleLayout } from './roleLayout';
import { dismissAsidesAndItems } from './itemAside';
import { governanceItems } from './governance';
import { openItems } from './openItem';
import { criteriaAndRequirements } from './tenderItems';
import { bareRoles, namedDistributors, namedResellers, ourResellers } from './roles';
import { TIER_TWO_OPTION, markTierTwo, refineTier } from './tier';
import { attributeRoles, formerAdvisor, neitherCspNorSyndication, otherCases, ownSupply, sellersNotCsp, supplierRoles } from './parties';
import { unsureRoles } from './unsureRoles';
import { joiningWords, markNegations, negatePhrases } from './negation';
import { caseRoles } from './cases';
import { hypotheticals } from './hypothetical';
import { confirmedPast } from './confirmedPast';
import { earlierNotes, stillUnknown } from './earlierNote';
import { plainText, readLayout, tableRowSpans } from './document';
import { pickedRows } from './pickedRows';
import { relationColumn } from './relationColumn';
import { roleTableHeaders } from './roleTable';
import { closedLines } from './closedLines';
import { namedPartyBrackets } from './partyBracket';
import { mergeParts, onlyRole, quotedReading, subjectReading, threadOf } from './thread';
import { answeredQuestions } from './quoteOrder';
import { questionTurns, readTranscript, transcriptTurns } from './transcript';
import { buildDictionary, tolerate } from './tolerance';
import { letterNames, respell, spelledOut } from './spelled';
import { firstSaid, laterGoals, negatedTogether, undecidedQuestions, wantedGoal } from './desire';
import { eitherAboutOlder } from './eitherScope';
import { keepDisputed } from './disputed';
import { restoreRivals, rivalRoleWords } from './rivalClaims';
import { sellerAlternatives, sellerUndecided } from './sellerOption';
import { fromTranslit, transliterations } from './translit';
import { servicesOutOfScope } from './outOfScope';
import { selfAnswered } from './selfAnswered';
import { answeringParty, senderRoles } from './expertAnswer';
import { forumParts } from './forumThread';
import { ownRoleUnknown } from './ownRoleUnknown';
import { bundleNotCsp, bundleSaidNotCsp } from './bundleNotCsp';
import { Named, withoutReplaced } from './replacedValue';
import { olderRevisions } from './revisions';
import { numberedOptions } from './numberedOptions';
import type { Understanding } from './result';
import { Candidate, latest, resolve, told } from './resolve';
import { Mention, Span, correctionMarks, dominantLanguages, findMentions } from './mentions';
import { confirmedAfter, notTakenBack, deniedLater, doubtAlone, markCorrections, takeBackForCsp, takeBackUnnamed } from './takenBack';
export type { Understanding } from './result';

/** Longer messages are pasted documents or logs, not a description of a case: nothing is read. */
export const MAX_INPUT_LENGTH = 4000;

const COMPILED: readonly CompiledLexicon[] = LEXICONS.map(compileLexicon);
const DICTIONARY = buildDictionary(LEXICONS.map((l) => [l.language, lexiconPatterns(l)] as const));
const LETTERS = letterNames(LEXICONS);
const TRANSLITERATIONS = transliterations(LEXICONS);

function empty(): Understanding {
  return { answers: {}, conflicts: [], evidence: {}, negated: [] };
}

/**
 * What a message states about the advisor's questions. Never throws; unknown input gives nothing.
 *   1. Prepare the text (fold case, accents and full-width forms; keep clause punctuation), fold
 *      look-alike letters in Latin words and correct misspelt long words (tolerance.ts).
 *   2. Find every mention of every lexicon; where mentions overlap the longest wins
 *      ("Open Licensing" is a channel, not a licence; "T2 reseller" is not "T2"; "through our
 *      distributor" is the partner's supplier, not its type).
 *   3. Drop negated mentions ("not through EA", "не через EA", "不是通过 EA", "nem EA-n keresztül")
 *      and mark uncertain ones ("not sure if EA or Open").
 *   4. Per question, after its last correction ("sorry", "I mean"): one value → answer; two
 *      different values → conflict (the dialog asks, naming them); channels are read in the
 *      stated cloud, and one it does not offer is kept to ask about; goal does not apply to
 *      usage-based services.
 */
export function understand(text: string): Understanding {
  if (typeof text !== 'string' || text.length === 0 || text.length > MAX_INPUT_LENGTH) return empty();
  try {
    text = olderRevisions(withoutReplaced(plainText(text, COMPILED), valuesOf), valuesOf, (piece) => read(piece, true).answers);
    // A forum thread's labelled lines are no call's turns: its replies are set aside (forumThread.ts, read by threadOf).
    const turns = forumParts(text) === undefined ? transcriptTurns(text) : undefined;
    if (turns !== undefined) return readTranscript(turns, (turn) => read(turn, true), opensWithReference);
    const { parts, subject, quoted } = threadOf(text, opensWithReference, (cell) => onlyRole(read(cell, true)));
    const about = subject ? [subjectReading(read(subject, true))] : [];
    const readPart = (p: string): Understanding => (quoted?.includes(p) ? quotedReading(read(p, true), p) : read(p, true));
    if (parts.length + about.length > 1) return mergeParts([...answeredQuestions(parts, opensWithReference).map(readPart), ...about]);
    const asked = questionTurns(parts[0]!, (question) => names(read(question, true)));
    // Else a question the writer answers right after it (selfAnswered.ts) is read as a question and its answer.
    const turnsOf = asked ?? selfAnswered(parts[0]!, (part) => read(part, true));
    return turnsOf === undefined ? read(parts[0]!, false) : readTranscript(turnsOf, (turn) => read(turn, true), opensWithReference);
  } catch {
    // Nothing here should throw (the lexicons are checked when the module loads); if it ever does, a message the bot cannot read must not end the conversation.
    return empty();
  }
}

/** The values a field's old or new value names, where they stand in it (replacedValue.ts). */
function valuesOf(piece: string): Named[] {
  const prepared = prepare(piece);
  const found = findMentions(COMPILED, prepared.text, (s) => writtenAsName(piece, prepared, s.start, s.end));
  // A role word is the partner's type only where the piece says so of the partner: "we're the distributor -> via reseller X" is no edit.
  const alone = found.some((m) => m.question === 'partnerType') ? read(piece, true) : undefined;
  const notOurs = (option: string): boolean => alone !== undefined && !alone.conflicts.includes('partnerType') && alone.answers.partnerType !== option;
  return found.flatMap((m) =>
    m.question === undefined || (m.question === 'partnerType' && notOurs(m.option))
      ? []
      : [{ question: m.question, option: m.option, start: prepared.origin[m.start]!, end: prepared.origin[m.end - 1]! + 1 }],
  );
}

/** Whether a reading says anything of the case: an answer, two, a negation or a doubt (a channel to ask about comes with its cloud, an answer). */
function names(r: Understanding): boolean {
  return Object.keys(r.answers).length > 0 || r.conflicts.length > 0 || r.negated.length > 0 || r.hedged !== undefined;
}

/** How far into a reply its reference to one of two options may begin (a greeting, a name or "ügyfél szerint" before it). */
const REPLY_REFERENCE = 16;

/** Whether a part of a thread opens with a reference to one of two options ("the latter."). */
export function opensWithReference(part: string): boolean {
  const text = prepare(part).text;
  return COMPILED.some((l) =>
    [l.first, l.second, l.thirdOfMany].some((r) => matches(r, text, 0, REPLY_REFERENCE + 20).some((s) => s.start <= REPLY_REFERENCE)),
  );
}

/**
 * "PoR" written with its capitals is the partner of record; "por" is a Portuguese word. It is
 * marked before the text is folded, with as many characters, so the words keep their places.
 */
// Chinese writes it between its characters with no space ("做PoR"): only Latin and Cyrillic letters around it make another word.
const PARTNER_OF_RECORD = /(?<![\p{Script=Latin}\p{Script=Cyrillic}\p{N}])PoR(?![\p{Script=Latin}\p{Script=Cyrillic}\p{N}])/gu;

function abbreviations(text: string): string {
  return text.replace(PARTNER_OF_RECORD, 'pxr');
}

/**
 * One message, or one part of a thread (`part`): a part keeps the goal it states even beside a
 * usage-based service, since a newer part may name another service ("not Azure, Dynamics 365");
 * the thread's merge drops the goal once the service it settles is usage-based.
 */
function read(text: string, part: boolean): Understanding {
  const plain = prepare(abbreviations(text));
  const languages = dominantLanguages(COMPILED, plain.text);
  // A filler in Latin letters is dropped only when the message is known to be in its language.
  const spoken = respell(plain, COMPILED, (language) => languages.size === 1 && languages.has(language));
  const respelled = fromTranslit(spelledOut(spoken, LETTERS, DICTIONARY.words), DICTIONARY, TRANSLITERATIONS, text);
  const prepared: PreparedText = tolerate(respelled, DICTIONARY, () => dominantLanguages(COMPILED, respelled.text), text);
  if (prepared.text.length === 0) return empty();

  const undecidedWords = COMPILED.flatMap((l) => matches(l.undecided, prepared.text)); // found once, weighed three times below
  const mentions = findMentions(COMPILED, prepared.text, (s) => writtenAsName(text, prepared, s.start, s.end));
  for (const s of bareRoles(prepared.text, mentions, COMPILED))
    mentions.push({ question: 'partnerType', option: 'direct', implies: [], ...s, negated: false, hedged: false, epoch: 0 });
  mentions.sort((a, b) => a.start - b.start);
  markTierTwo(prepared.text, mentions);
  const rivals = rivalRoleWords(prepared.text, mentions);
  // Nothing named: still, it may say the case was left undecided (about a thread's older parts). sellersNotCsp (below) reads a seller alone.
  if (!mentions.some((m) => m.question !== undefined) && !prepared.text.includes('csp'))
    return undecidedQuestions(prepared.text, mentions, undecidedWords).size > 0 || eitherAboutOlder(prepared.text, mentions, undecidedWords)
      ? { ...empty(), undecided: true }
      : empty();
  const corrections = correctionMarks(COMPILED, prepared.text, mentions);
  const doubtedSellers = markNegations(
    prepared.text,
    mentions,
    corrections,
    COMPILED,
    (t) => dominantLanguages(COMPILED, t),
    (from, to) => dashBetween(text, prepared, from, to),
  );
  notTakenBack(prepared.text, mentions, COMPILED);
  // Only a correction that says the answer was wrong ("no wait") takes it back unreplaced; a restatement may name it unread.
  const retractions = COMPILED.flatMap((l) => (l.retractions ? matches(l.retractions, prepared.text) : []));
  takeBackUnnamed(
    prepared.text,
    mentions,
    corrections.filter((c) => retractions.some((r) => overlaps(r, c))),
  );
  takeBackForCsp(prepared.text, mentions, corrections, COMPILED);
  deniedLater(prepared.text, mentions, COMPILED);
  doubtAlone(prepared.text, mentions, COMPILED);
  confirmedAfter(prepared.text, mentions, COMPILED, (from, to) => dashBetween(text, prepared, from, to));
  const joins = joiningWords(prepared.text, COMPILED, () => dominantLanguages(COMPILED, prepared.text));
  negatePhrases(prepared.text, mentions, joins);
  negatedTogether(prepared.text, mentions, COMPILED);
  dismissAsidesAndItems(prepared.text, mentions, COMPILED, bracketed(text, prepared), listItems(text, prepared));
  governanceItems(text, prepared, mentions);
  openItems(text, prepared, mentions);
  criteriaAndRequirements(text, prepared, mentions);
  otherCases(prepared.text, mentions, COMPILED, () => [...bracketed(text, prepared), ...listItems(text, prepared)]);
  hypotheticals(prepared.text, mentions);
  confirmedPast(prepared.text, mentions);
  earlierNotes(prepared.text, mentions, corrections);
  stillUnknown(prepared.text, mentions, (end) => /^\s*[:：]/.test(text.slice((prepared.origin[end - 1] ?? -1) + 1)));
  caseRoles(prepared.text, mentions, COMPILED, corrections);
  onlyService(prepared.text, mentions, COMPILED);
  servicesOutOfScope(prepared.text, mentions);
  formerAdvisor(prepared.text, mentions, COMPILED);
  ownSupply(prepared.text, mentions, COMPILED);
  scopeContrast(prepared.text, mentions);
  neitherCspNorSyndication(prepared.text, mentions, COMPILED);
  bundleNotCsp(prepared.text, mentions, COMPILED);
  bundleSaidNotCsp(prepared.text, mentions, COMPILED);
  for (const s of sellersNotCsp(prepared.text, mentions, COMPILED, corrections, tableRowSpans(text, prepared))) {
    mentions.push({ question: 'channel', option: 'thirdParty', implies: [], ...s, negated: false, hedged: false, epoch: 0 });
    mentions.sort((a, b) => a.start - b.start);
  }
  listedOptions(prepared.text, mentions, COMPILED);
  resolveAlternatives(prepared.text, mentions, COMPILED, (from, to) => dashBetween(text, prepared, from, to));
  numberedOptions(text, prepared, mentions, COMPILED);
  sellerAlternatives(prepared.text, mentions, COMPILED);
  sellerUndecided(prepared.text, mentions, COMPILED);
  const layout = roleLayout(text, prepared, mentions);
  supplierRoles(prepared.text, mentions, COMPILED, layout.bracketAt);
  attributeRoles(prepared.text, mentions, COMPILED, layout.bracketAt, corrections, layout.glossCloses, layout.labelEnds);
  ourResellers(prepared.text, mentions, COMPILED);
  namedResellers(prepared.text, mentions, COMPILED, (end) => nameFollows(text, prepared, end));
  namedDistributors(prepared.text, mentions, COMPILED, (m) => layout.capital(m.start) && (nameFollows(text, prepared, m.end) || layout.nameBefore(m.start)));
  // An outside expert's answer: the role of the party answering is not the writer's (expertAnswer.ts).
  answeringParty(text, prepared, mentions, COMPILED);
  senderRoles(prepared.text, mentions, COMPILED);
  readLayout(text, prepared, mentions, COMPILED);
  closedLines(text, prepared, mentions, COMPILED);
  pickedRows(text, prepared, mentions, COMPILED);
  relationColumn(text, prepared, mentions, COMPILED);
  roleTableHeaders(text, prepared, mentions);
  namedPartyBrackets(text, prepared, mentions, COMPILED);
  refineTier(prepared.text, mentions, COMPILED);
  const unsure = unsureRoles(prepared.text, mentions, COMPILED);
  markCorrections(corrections, mentions);
  // "They ended the call without deciding": no later, surer or wanted answer wins over another one told.
  const undecidedOf = undecidedQuestions(prepared.text, mentions, undecidedWords);
  // Two parties claiming different roles for the partner ("X says direct, Y says through the distributor") leave it open.
  restoreRivals(rivals, undecidedOf);
  const undecided = undecidedOf.size > 0;
  keepDisputed(prepared.text, mentions, undecidedOf);
  if (!undecided) firstSaid(prepared.text, mentions, COMPILED);
  if (!undecided) laterGoals(prepared.text, mentions, COMPILED);
  if (!undecided) wantedGoal(prepared.text, mentions, COMPILED);

  const candidates = new Map<QuestionId, Candidate[]>(QUESTION_IDS.map((q) => [q, []]));
  const stated = new Set(mentions.filter((m) => m.question !== undefined && !m.negated && m.background !== true).map((m) => m.question));
  // A correction that only says "not X" takes back the X said before it ("EA. Sorry, not EA": asked).
  const takenBack = (m: Mention): boolean => mentions.some((n) => n.negated && n.question === m.question && n.option === m.option && n.epoch > m.epoch);
  for (const m of mentions) {
    if (m.question === undefined || m.negated || takenBack(m) || (m.background === true && stated.has(m.question))) continue;
    const span = { start: m.start, end: m.end };
    const { hedged, epoch } = m;
    // A T2 said alone is either indirect role: read as both, it is asked (tier.ts).
    for (const value of m.option === TIER_TWO_OPTION ? ['indirectProvider', 'indirectReseller'] : [m.option])
      candidates.get(m.question)!.push({ value, hedged, span, epoch });
    for (const [q, v] of m.implies) candidates.get(q)!.push({ value: v, hedged, span, epoch, implied: true });
  }

  const result = empty();
  // "…through a syndication partner. Could be either": about that value and one an older part told.
  if (undecidedOf.size === QUESTION_IDS.length || eitherAboutOlder(prepared.text, mentions, undecidedWords)) {
    result.undecided = true;
    const saidLast = Math.max(...undecidedWords.map((u) => u.start));
    if (mentions.every((m) => m.question === undefined || m.negated || m.end <= saidLast)) result.undecidedLast = true;
  }
  const words = (span: Span): string => originalSpan(text, prepared, span.start, span.end);
  const settle = (question: QuestionId, list: readonly Candidate[]): void => {
    const r = resolve(undecidedOf.has(question) ? told(list) : list);
    if (r.kind === 'conflict') {
      result.conflicts.push(question);
      // Two values in one word (a T2 is either indirect role): the other words said, if any, else that word.
      const one = [...new Set(r.spans.map(words))];
      result.said = { ...result.said, [question]: one.length > 1 ? one : [...new Set(r.all.map(words))] };
    }
    if (r.kind === 'none' && r.hedged !== undefined) result.hedged = { ...result.hedged, [question]: r.hedged };
    if (r.kind === 'none' && r.hedged !== undefined && list.every((c) => c.implied)) result.doubtImplied = [...(result.doubtImplied ?? []), question];
    if (r.kind === 'answer') {
      (result.answers as Record<QuestionId, string>)[question] = r.value;
      result.evidence[question] = originalSpan(text, prepared, r.span.start, r.span.end);
    }
  };

  settle('cloud', candidates.get('cloud')!);
  const cloud: Cloud | undefined = result.answers.cloud;
  const channels: Candidate[] = [];
  const cloudEpoch = Math.max(-1, ...latest(candidates.get('cloud')!).map((c) => c.epoch));
  const statedChannels = latest(undecidedOf.has('channel') ? told(candidates.get('channel')!) : candidates.get('channel')!);
  for (const c of statedChannels) {
    const value = channelStated(c, statedChannels, cloud, part, (x) => mentions.some((n) => n.negated && n.option === x.value && n.start < x.span.start));
    // Said before a correction that changed the cloud ("back then EA. Now 21Vianet's"), no channel of the new cloud's (but an Advisor's sale).
    if (value !== undefined && (value === c.value || value === 'advisor' || c.epoch >= cloudEpoch)) channels.push({ ...c, value });
  }
  settle('channel', channels);
  // A channel that does not exist in the stated cloud is asked about, naming what was said.
  if (cloud !== undefined && channels.length === 0 && statedChannels.length > 0) {
    result.unsettled = ['channel'];
    result.unsettledChannels = [...new Set(statedChannels.map((c) => c.value))];
    result.said = { ...result.said, channel: [...new Set(statedChannels.map((c) => words(c.span)))] };
  }
  // A seller no answer places, said under a doubt ("maybe from a hosting provider"): the channel is asked, naming it.
  if (doubtedSellers.length > 0 && result.answers.channel === undefined && result.hedged?.channel === undefined && !result.conflicts.includes('channel')) {
    result.conflicts.push('channel');
    result.said = { ...result.said, channel: [...new Set(doubtedSellers.map(words))] };
  }
  settle('service', candidates.get('service')!);
  // The goal is asked for license-based services only: not yet when the service is still open
  // between usage and a license ("the Azure or the 365 licences, not clear which"). A service has
  // those two options only, so two said are always they, also when a case left undecided keeps
  // the one said before a correction.
  if (part || (result.answers.service !== 'usage' && !result.conflicts.includes('service'))) settle('goal', candidates.get('goal')!);
  settle('partnerType', candidates.get('partnerType')!);
  // A role the partner is unsure of ("a T2 or a distributor") is asked, naming both words, unless corrected since.
  const lastRole = Math.max(-1, ...candidates.get('partnerType')!.map((c) => c.epoch));
  const open = unsure.find((u) => u.mention.question === 'partnerType' && (u.mention as Mention).epoch === lastRole);
  if (open !== undefined) {
    delete result.answers.partnerType;
    delete result.evidence.partnerType;
    if (!result.conflicts.includes('partnerType')) result.conflicts.push('partnerType');
    if (result.hedged?.partnerType !== undefined) delete result.hedged.partnerType;
    result.said = { ...result.said, partnerType: open.words.map(words) };
  }

  // "Not sure which role we are": asked, unless a later sentence states the role (ownRoleUnknown.ts).
  if (ownRoleUnknown(prepared.text, candidates.get('partnerType')!)) {
    delete result.answers.partnerType;
    delete result.evidence.partnerType;
    if (!result.conflicts.includes('partnerType')) result.conflicts.push('partnerType');
  }

  for (const m of mentions) {
    if (m.question !== undefined && m.negated && result.answers[m.question] === undefined && !result.negated.includes(m.question))
      result.negated.push(m.question);
  }

  // A last guard: every answer must be an option given the others (it always is by construction).
  for (const q of QUESTION_IDS) {
    const v = result.answers[q];
    if (part && (q === 'goal' || (q === 'channel' && (v === 'other' || v === 'formerAdvisor') && result.answers.cloud === undefined))) continue;
    if (v !== undefined && !isValidOption(q, v, result.answers)) {
      delete result.answers[q];
      delete result.evidence[q];
    }
  }
  return result;
}
