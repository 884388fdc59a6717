// One glossary per language (content/glossary/<locale>.json): Microsoft's localized term for each
// concept, and the other words for it that no text of that language may use. A concept named two
// or three ways, depending on when a string was written, is what the review of 24 November 2026
// found in four languages; this check keeps every text, the pages and a partner's overlay to one
// name. Words users type (synonyms, command phrases) are not checked: users may type anything.
import type { LocaleTag } from '../locales';
import { isMatchData, leavesOf } from './texts';
import { Problem, problem } from './problems';
import { isRecord } from '../records';

export interface GlossaryTerm {
  id: string;
  en: string;
  term: string;
  /** Wrong variants of the term itself (a misspelling, a wrong form of it). */
  ruledOut: readonly string[];
  /**
   * The other words a translator might use for the same concept (synonyms, Microsoft's other
   * pages' words): none may appear in the language's texts, so the concept keeps one name. A
   * word ending in `*` matches any ending (a stem: «непрям*» is «непрямой», «непрямого» …).
   */
  otherTerms?: readonly string[];
  matchCase?: true;
}

/** A character or a spelling the language's texts never use (Russian «ё», straight quotes in Portuguese). */
export interface GlossaryRule {
  /** A regular expression (Unicode), matched with its case. */
  pattern: string;
  /** What to write instead. */
  write: string;
}

export interface Glossary {
  locale: LocaleTag;
  terms: readonly GlossaryTerm[];
  rules?: readonly GlossaryRule[];
}

const LETTER = /[\p{L}\p{N}]/u;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;

/**
 * Does `text` contain `word`? Whole words in alphabetic scripts; anywhere in Chinese, which has no
 * spaces. A word ending in `*` is a stem: its last word may go on with any letters.
 */
export function containsTerm(text: string, word: string, matchCase = false): boolean {
  const stem = word.endsWith('*');
  const haystack = matchCase ? text : text.toLocaleLowerCase();
  const needle = (matchCase ? word : word.toLocaleLowerCase()).replace(/\*$/, '');
  if (CJK.test(needle)) return haystack.includes(needle);
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1];
    const after = haystack[at + needle.length];
    if ((before === undefined || !LETTER.test(before)) && (stem || after === undefined || !LETTER.test(after))) return true;
  }
  return false;
}

/** A rule's pattern, or undefined when it is no regular expression (glossaryRuleProblems names it). */
function patternOf(rule: GlossaryRule): RegExp | undefined {
  try {
    return new RegExp(rule.pattern, 'u');
  } catch {
    return undefined;
  }
}

/** A glossary that contradicts itself: a rule that is no regular expression, a term that uses one of its own other names. */
export function glossaryRuleProblems(file: string, glossary: Glossary): Problem[] {
  const problems: Problem[] = [];
  (glossary.rules ?? []).forEach((rule, i) => {
    if (!patternOf(rule)) problems.push(problem(file, `rules.${i}.pattern`, `is not a regular expression: ${rule.pattern}`));
  });
  glossary.terms.forEach((term, i) => {
    for (const word of [...term.ruledOut, ...(term.otherTerms ?? [])])
      if (containsTerm(term.term, word, term.matchCase))
        problems.push(problem(file, `terms.${i}`, `the term "${term.term}" contains "${word}", which it rules out`));
  });
  return problems;
}

/** The ruled-out words in one file's texts (its leaves under `prefix`, all of them when absent). */
export function glossaryProblems(file: string, json: unknown, glossary: Glossary, prefix?: string): Problem[] {
  const problems: Problem[] = [];
  for (const [key, value] of leavesOf(json)) {
    if (isMatchData(key) || (prefix !== undefined && !key.startsWith(`${prefix}.`))) continue;
    const texts = typeof value === 'string' ? [value] : value;
    texts.forEach((text, i) => {
      const at = typeof value === 'string' ? key : `${key}.${i}`;
      for (const term of glossary.terms) {
        for (const word of term.ruledOut)
          if (containsTerm(text, word, term.matchCase))
            problems.push(problem(file, at, `"${word}" is ruled out by the ${glossary.locale} glossary (term ${term.id}): write "${term.term}"`));
        for (const word of term.otherTerms ?? [])
          if (containsTerm(text, word, term.matchCase))
            problems.push(
              problem(file, at, `"${word}" is another name for ${term.id} in the ${glossary.locale} glossary: one name per concept, write "${term.term}"`),
            );
      }
      for (const rule of glossary.rules ?? [])
        if (patternOf(rule)?.test(text))
          problems.push(problem(file, at, `/${rule.pattern}/ is ruled out by the ${glossary.locale} glossary: write ${rule.write}`));
    });
  }
  return problems;
}

/** The glossary a pack's file holds, when it is one (the schema has checked its shape). */
export function asGlossary(json: unknown): Glossary | undefined {
  return isRecord(json) && typeof json.locale === 'string' && Array.isArray(json.terms) ? (json as unknown as Glossary) : undefined;
}

/** The glossaries of a pack by language (files glossary/<locale>.json). */
export function glossariesOf(files: ReadonlyMap<string, unknown>): Map<string, Glossary> {
  const found = new Map<string, Glossary>();
  for (const [file, json] of files) {
    const m = /^glossary\/([A-Za-z-]+)\.json$/.exec(file);
    const glossary = m ? asGlossary(json) : undefined;
    if (m && glossary) found.set(m[1]!, glossary);
  }
  return found;
}

/**
 * A partner overlay's texts against the pack's glossaries: each language file of the overlay
 * (`ru-RU.json`) is held to that language's glossary, as the pack's own texts are.
 */
export function overlayGlossaryProblems(packFiles: ReadonlyMap<string, unknown>, overlayFiles: ReadonlyMap<string, unknown>): Problem[] {
  const glossaries = glossariesOf(packFiles);
  const problems: Problem[] = [];
  for (const [file, json] of overlayFiles) {
    // A directory holds one file per language; a single file holds them all under `languages`.
    const glossary = glossaries.get(file.replace(/\.json$/, ''));
    if (glossary) problems.push(...glossaryProblems(file, json, glossary));
    else if (isRecord(json) && isRecord(json.languages))
      for (const locale of Object.keys(json.languages)) {
        const own = glossaries.get(locale);
        if (own) problems.push(...glossaryProblems(file, json, own, `languages.${locale}`));
      }
  }
  return problems;
}
