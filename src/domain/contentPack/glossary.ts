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
  ruledOut: readonly string[];
  matchCase?: true;
}

export interface Glossary {
  locale: LocaleTag;
  terms: readonly GlossaryTerm[];
}

const LETTER = /[\p{L}\p{N}]/u;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;

/** Does `text` contain `word`? Whole words in alphabetic scripts; anywhere in Chinese, which has no spaces. */
export function containsTerm(text: string, word: string, matchCase = false): boolean {
  const haystack = matchCase ? text : text.toLocaleLowerCase();
  const needle = matchCase ? word : word.toLocaleLowerCase();
  if (CJK.test(needle)) return haystack.includes(needle);
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1];
    const after = haystack[at + needle.length];
    if ((before === undefined || !LETTER.test(before)) && (after === undefined || !LETTER.test(after))) return true;
  }
  return false;
}

/** The ruled-out words in one file's texts (its leaves under `prefix`, all of them when absent). */
export function glossaryProblems(file: string, json: unknown, glossary: Glossary, prefix?: string): Problem[] {
  const problems: Problem[] = [];
  for (const [key, value] of leavesOf(json)) {
    if (isMatchData(key) || (prefix !== undefined && !key.startsWith(`${prefix}.`))) continue;
    const texts = typeof value === 'string' ? [value] : value;
    texts.forEach((text, i) => {
      for (const term of glossary.terms)
        for (const word of term.ruledOut)
          if (containsTerm(text, word, term.matchCase))
            problems.push(
              problem(
                file,
                typeof value === 'string' ? key : `${key}.${i}`,
                `"${word}" is ruled out by the ${glossary.locale} glossary (term ${term.id}): write "${term.term}"`,
              ),
            );
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
