// Turns the lexicon data into regular expressions, once, when the module loads, and checks the
// data on the way: an unknown question or option, or a pattern that is not a valid regular
// expression, stops the program at start-up instead of failing silently later.
import { CHINA_CHANNELS, QuestionId, isQuestionId, optionsFor } from '../questions';
import { Lexicon } from './types';

/** Letters and digits of the scripts written with spaces, after folding. */
const WORD = 'a-z0-9а-я';
const GAP = '(?:[^ ,.?]+ ){0,3}';

export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/**
 * Folds each character on its own, so the folded text keeps the original's positions (a
 * character folding to more or fewer than one stays as it is): for modules that find marks in the
 * folded text and blank the original at the same places.
 */
export function foldInPlace(text: string): string {
  return text
    .split('')
    .map((c) => {
      const f = fold(c);
      return f.length === 1 ? f : c;
    })
    .join('');
}

// "a ,? b" in a pattern means "a b" or "a , b" (a comma is spaced in the folded text); written
// as it is, the comma left out would leave two spaces, which the folded text never has.
const OPTIONAL_COMMA = / ,\? (?!\?)/g;

function expand(pattern: string): string {
  return fold(pattern).replace(/%/g, `[${WORD}]*`).replace(/~/g, GAP).replace(OPTIONAL_COMMA, ' (?:, )?');
}

// Whole words: a match may not begin or end inside a Latin or Cyrillic word. Chinese has no
// spaces, so a match that begins (or ends) with a Chinese character needs no boundary there.
const START = `(?:(?![${WORD}])|(?<![${WORD}]))`;
const END = `(?:(?<![${WORD}])|(?![${WORD}]))`;

function sourcesOf(patterns: readonly string[], where: string): string[] {
  return patterns.map((p) => {
    const source = expand(p);
    try {
      new RegExp(source, 'u');
    } catch (error) {
      throw new Error(`Invalid pattern ${JSON.stringify(p)} in ${where}: ${(error as Error).message}`, { cause: error });
    }
    return source;
  });
}

function wholeWords(source: string): string {
  return `${START}(?:${source})${END}`;
}

/** A reference by place ("the second", «второй», "第二个") is none before a period noun: "the second half of the year" is a time. */
function placeOnly(key: string, list: string[] | undefined, periods: string[] | undefined): string[] | undefined {
  if (!['first', 'second', 'secondOfMany', 'thirdOfMany'].includes(key) || list === undefined || !nonEmpty(periods)) return list;
  return list.map((p) => `(?:${p})(?! ?(?:${periods.join('|')})(?![${WORD}]))`);
}

/** One regular expression that finds any of the patterns as whole words. */
export function compilePatterns(patterns: readonly string[], where: string, flags = 'gu'): RegExp {
  const sources = sourcesOf(patterns, where);
  return new RegExp(wholeWords(sources.map((s) => `(?:${s})`).join('|')), flags);
}

/** Each pattern on its own, anchored where `lastIndex` points (to find the longest one there). */
function compileAlternatives(patterns: readonly string[], where: string): RegExp[] {
  return sourcesOf(patterns, where).map((s) => new RegExp(wholeWords(s), 'uy'));
}

/** Patterns that must match right where a mention ends ("переносить| не хотят"). */
export function compileFollowing(patterns: readonly string[], where: string): RegExp {
  const inner = compilePatterns(patterns, where).source;
  return new RegExp(` ?${inner}`, 'uy');
}

/** Every pattern of a lexicon, folded as it is matched (for the dictionary of typo tolerance). */
export function lexiconPatterns(lexicon: Lexicon): string[] {
  const n = lexicon.negation;
  // The structure words too: a word the reader knows ("matter" in "that doesn't matter") is
  // never taken for a misspelling of another.
  const structure = Object.values<string[] | undefined>({ ...lexicon.structure }).flatMap((list) => list ?? []);
  return [
    ...lexicon.entries.flatMap((e) => e.patterns),
    ...(lexicon.markers ?? []),
    ...(lexicon.block ?? []),
    ...(n?.before ?? []),
    ...(n?.after ?? []),
    ...(n?.hedges ?? []),
    ...(n?.hedgesAfter ?? []),
    ...(n?.doubtEnds ?? []),
    ...(n?.doubtContrast ?? []),
    ...(n?.doubtNow ?? []),
    ...(n?.doubtObjects ?? []),
    ...(n?.reportedNo ?? []),
    ...(n?.confirmed ?? []),
    ...(n?.verdicts ?? []),
    ...(n?.notTakenBack ?? []),
    ...(lexicon.corrections ?? []),
    ...structure,
  ].map(fold);
}

export interface CompiledEntry {
  language: string;
  question: QuestionId;
  option: string;
  implies: ReadonlyArray<[QuestionId, string]>;
  background: boolean;
  /** Matches only a name written as one (LexiconEntry.name). */
  name: boolean;
  /** Finds where any of the entry's patterns matches. */
  regex: RegExp;
  /** The patterns one by one, to take the longest match at such a place. */
  alternatives: RegExp[];
}

export interface CompiledLexicon {
  language: string;
  entries: CompiledEntry[];
  block?: RegExp;
  markers?: RegExp;
  negateBefore?: RegExp;
  negateBeforeWeak?: RegExp;
  negateAfter?: RegExp;
  fillers?: RegExp;
  hedges?: RegExp;
  hedgesAfter?: RegExp;
  doubtEnds?: RegExp;
  doubtContrast?: RegExp;
  doubtNow?: RegExp;
  doubtObjects?: RegExp;
  reportedNo?: RegExp;
  confirmed?: RegExp;
  verdicts?: RegExp;
  notTakenBack?: RegExp;
  corrections?: RegExp;
  retractions?: RegExp;
  or?: RegExp;
  first?: RegExp;
  second?: RegExp;
  secondOfMany?: RegExp;
  thirdOfMany?: RegExp;
  self?: RegExp;
  others?: RegExp;
  ownerAfter?: RegExp;
  partyLabel?: RegExp;
  notUs?: RegExp;
  otherCase?: RegExp;
  thisCase?: RegExp;
  whoever?: RegExp;
  relative?: RegExp;
  subjectStart?: RegExp;
  coverWords?: RegExp;
  openers?: RegExp;
  ownedWord?: RegExp;
  dismiss?: RegExp;
  undecided?: RegExp;
  whichOne?: RegExp;
  closedStatus?: RegExp;
  struck?: RegExp;
  inserted?: RegExp;
  example?: RegExp;
  formNo?: RegExp;
  formAsks?: RegExp;
  titled?: RegExp;
  later?: RegExp;
  atFirst?: RegExp;
  want?: RegExp;
  wanted?: RegExp;
  together?: RegExp;
  only?: RegExp;
  fromUs?: RegExp;
  sold?: RegExp;
  resell?: RegExp;
  supplier?: RegExp;
  supplierAfter?: RegExp;
  ourReseller?: RegExp;
  addressee?: RegExp;
  answerLabel?: RegExp;
  throughUs?: RegExp;
  purchase?: RegExp;
  seller?: RegExp;
  reseller?: RegExp;
  selfOf?: RegExp;
  relationColumn?: RegExp;
  and?: RegExp;
  /** `filler`: a word dropped that is written in Latin letters, a word another language may have ("ne"). */
  respell: Array<{ regex: RegExp; to: string; filler: boolean }>;
}

function isOption(question: QuestionId, option: unknown): option is string {
  const all: readonly unknown[] = question === 'channel' ? [...optionsFor('channel', {}), ...CHINA_CHANNELS] : optionsFor(question, {});
  return all.includes(option);
}

function nonEmpty(list: readonly string[] | undefined): list is readonly string[] {
  return list !== undefined && list.length > 0;
}

export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const where = `lexicon ${lexicon.language}`;
  // Entries that give the same answer are searched as one: each entry is one pass over the
  // message, and the longest match at a place is the same whichever entry its pattern is in.
  const groups = new Map<
    string,
    { question: QuestionId; option: string; implies: Array<[QuestionId, string]>; background: boolean; name: boolean; patterns: string[] }
  >();
  lexicon.entries.forEach((e, index) => {
    const at = `${where}, entry ${index} (${e.question}=${e.option})`;
    if (!isQuestionId(e.question) || !isOption(e.question, e.option)) throw new Error(`Unknown answer in ${at}`);
    if (!nonEmpty(e.patterns)) throw new Error(`No patterns in ${at}`);
    const implies = Object.entries(e.implies ?? {}).map(([q, v]): [QuestionId, string] => {
      if (!isQuestionId(q) || !isOption(q, v)) throw new Error(`Unknown implied answer in ${at}`);
      return [q, v];
    });
    sourcesOf(e.patterns, at);
    const background = e.background === true;
    const name = e.name === true;
    const key = JSON.stringify([e.question, e.option, implies, background, name]);
    const group = groups.get(key);
    if (group) group.patterns.push(...e.patterns);
    else groups.set(key, { question: e.question, option: e.option, implies, background, name, patterns: [...e.patterns] });
  });
  const entries = [...groups.values()].map((g): CompiledEntry => {
    const at = `${where} (${g.question}=${g.option})`;
    return {
      language: lexicon.language,
      question: g.question,
      option: g.option,
      implies: g.implies,
      background: g.background,
      name: g.name,
      regex: compilePatterns(g.patterns, at),
      alternatives: compileAlternatives(g.patterns, at),
    };
  });
  const n = lexicon.negation;
  const respell = Object.entries(lexicon.respell ?? {}).map(([from, to]) => ({
    regex: compilePatterns([from], `${where} respell`),
    to: fold(to),
    filler: to.length === 0 && /[a-z]/u.test(from.replace(/\\./gu, '')),
  }));
  const compiled: CompiledLexicon = { language: lexicon.language, entries, respell };
  const st = lexicon.structure;
  for (const key of [
    'or',
    'first',
    'second',
    'secondOfMany',
    'thirdOfMany',
    'self',
    'others',
    'ownerAfter',
    'partyLabel',
    'notUs',
    'otherCase',
    'thisCase',
    'whoever',
    'relative',
    'subjectStart',
    'coverWords',
    'openers',
    'ownedWord',
    'dismiss',
    'undecided',
    'closedStatus',
    'struck',
    'inserted',
    'example',
    'formNo',
    'formAsks',
    'titled',
    'later',
    'atFirst',
    'want',
    'wanted',
    'together',
    'only',
    'fromUs',
    'sold',
    'resell',
    'supplier',
    'supplierAfter',
    'ourReseller',
    'addressee',
    'answerLabel',
    'throughUs',
    'purchase',
    'and',
    'seller',
    'reseller',
    'selfOf',
    'relationColumn',
    'whichOne',
  ] as const) {
    // Words of no decision between two options are undecided words too (eitherScope.ts scopes them).
    const list = key === 'undecided' ? [...(st?.undecided ?? []), ...(st?.either ?? [])] : placeOnly(key, st?.[key], st?.periodNoun);
    if (nonEmpty(list)) compiled[key] = compilePatterns(list, `${where} structure.${key}`);
  }
  if (nonEmpty(lexicon.block)) compiled.block = compilePatterns(lexicon.block, `${where} block`);
  if (nonEmpty(lexicon.markers)) compiled.markers = compilePatterns(lexicon.markers, `${where} markers`);
  if (nonEmpty(n?.before)) compiled.negateBefore = compilePatterns(n.before, `${where} negation.before`);
  if (nonEmpty(n?.weakBefore)) compiled.negateBeforeWeak = compilePatterns(n.weakBefore, `${where} negation.weakBefore`);
  if (nonEmpty(n?.after)) compiled.negateAfter = compileFollowing(n.after, `${where} negation.after`);
  if (nonEmpty(n?.fillers)) compiled.fillers = compileFollowing(n.fillers, `${where} negation.fillers`);
  if (nonEmpty(lexicon.corrections)) compiled.corrections = compilePatterns(lexicon.corrections, `${where} corrections`);
  if (nonEmpty(lexicon.retractions)) compiled.retractions = compilePatterns(lexicon.retractions, `${where} retractions`);
  // What was said at first is said under a doubt too.
  const hedges = [...(n?.hedges ?? []), ...(st?.atFirst ?? [])];
  if (nonEmpty(hedges)) compiled.hedges = compilePatterns(hedges, `${where} negation.hedges`);
  if (nonEmpty(n?.hedgesAfter)) compiled.hedgesAfter = compilePatterns(n.hedgesAfter, `${where} negation.hedgesAfter`);
  if (nonEmpty(n?.doubtEnds)) compiled.doubtEnds = compilePatterns(n.doubtEnds, `${where} negation.doubtEnds`);
  if (nonEmpty(n?.doubtContrast)) compiled.doubtContrast = compilePatterns(n.doubtContrast, `${where} negation.doubtContrast`);
  if (nonEmpty(n?.doubtNow)) compiled.doubtNow = compilePatterns(n.doubtNow, `${where} negation.doubtNow`);
  if (nonEmpty(n?.doubtObjects)) compiled.doubtObjects = compilePatterns(n.doubtObjects, `${where} negation.doubtObjects`);
  if (nonEmpty(n?.reportedNo)) compiled.reportedNo = compilePatterns(n.reportedNo, `${where} negation.reportedNo`);
  if (nonEmpty(n?.confirmed)) compiled.confirmed = compilePatterns(n.confirmed, `${where} negation.confirmed`);
  if (nonEmpty(n?.verdicts)) compiled.verdicts = compilePatterns(n.verdicts, `${where} negation.verdicts`);
  if (nonEmpty(n?.notTakenBack)) compiled.notTakenBack = compilePatterns(n.notTakenBack, `${where} negation.notTakenBack`);
  return compiled;
}
