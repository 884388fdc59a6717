// The mentions of a message: every place a lexicon's wording answers a question (or blocks one),
// the longest wording winning where they overlap; and the marks read beside them (the message's
// language, its corrections). The steps after this only mark mentions (negated, hedged, taken back).

import type { QuestionId } from '../questions';
import type { CompiledLexicon } from './compile';
import { matches } from './structure';
import { overlaps } from './text';

export interface Mention {
  question: QuestionId | undefined; // undefined: a blocking phrase
  option: string;
  implies: ReadonlyArray<[QuestionId, string]>;
  start: number;
  end: number;
  negated: boolean;
  hedged: boolean;
  /** How many corrections ("sorry", "I mean") come before the mention. */
  epoch: number;
  /** Another party's past (LexiconEntry.background): it answers only what nothing else does. */
  background?: boolean;
}

export interface Span {
  start: number;
  end: number;
}

/**
 * Every place where one of the patterns matches (overlapping places too: "we're a reseller
 * under a distributor" holds two wordings of one entry), with the longest pattern there.
 */
function longestMatches(any: RegExp, alternatives: readonly RegExp[], text: string): Span[] {
  const found: Span[] = [];
  any.lastIndex = 0;
  for (let m = any.exec(text); m !== null; m = any.exec(text)) {
    const start = m.index;
    let end = start + m[0].length;
    for (const alt of alternatives) {
      alt.lastIndex = start;
      if (alt.test(text) && alt.lastIndex > end) end = alt.lastIndex;
    }
    if (end > start) found.push({ start, end });
    any.lastIndex = start + 1;
  }
  return found;
}

export function findMentions(compiled: readonly CompiledLexicon[], text: string, isName: (span: Span) => boolean): Mention[] {
  const candidates: Mention[] = [];
  for (const lexicon of compiled) {
    if (lexicon.block) {
      for (const s of matches(lexicon.block, text)) {
        candidates.push({ question: undefined, option: '', implies: [], ...s, negated: false, hedged: false, epoch: 0 });
      }
    }
    for (const entry of lexicon.entries) {
      for (const s of longestMatches(entry.regex, entry.alternatives, text)) {
        if (entry.name && !isName(s)) continue;
        candidates.push({
          question: entry.question,
          option: entry.option,
          implies: entry.implies,
          ...s,
          negated: false,
          hedged: false,
          epoch: 0,
          background: entry.background,
        });
      }
    }
  }
  // Longest first; on a tie a blocking phrase wins, then the earlier one.
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || Number(a.question !== undefined) - Number(b.question !== undefined) || a.start - b.start);
  const accepted: Mention[] = [];
  for (const c of candidates) {
    if (!accepted.some((a) => overlaps(a, c))) accepted.push(c);
  }
  return accepted.sort((a, b) => a.start - b.start);
}

/** The language of the message among the Latin-script ones, by its function words. */
export function dominantLanguages(compiled: readonly CompiledLexicon[], text: string): Set<string> {
  const scores = compiled.map((l) => ({ language: l.language, score: l.markers ? matches(l.markers, text).length : 0 }));
  const best = Math.max(...scores.map((s) => s.score));
  return new Set(scores.filter((s) => s.score === best).map((s) => s.language));
}

/**
 * Words that take back what came before; not a "no" reported of another party ("she says no"),
 * nor one in a sentence asked as a question ("or was it Open after all?"): it leaves both open.
 */
export function correctionMarks(compiled: readonly CompiledLexicon[], text: string, mentions: readonly Mention[]): Span[] {
  const reported = compiled.flatMap((l) => (l.reportedNo ? matches(l.reportedNo, text) : []));
  const asked = (c: Span): boolean => /^[^.?]*\?/.test(text.slice(c.end));
  return compiled
    .flatMap((l) => (l.corrections ? matches(l.corrections, text) : []))
    .filter((c) => !mentions.some((m) => m.question !== undefined && overlaps(m, c)) && !reported.some((r) => overlaps(r, c)) && !asked(c));
}
