// The words a typed message is matched against, per language: command phrases, greetings, and
// the options of a choice. Each list is normalised once per language and kept, so a message is
// matched against folded lists and folded itself only once (see message.ts).
import { Catalog, ReadingCatalog } from '../textCatalog';
import { QuestionId } from '../questions';
import { Candidate, CommandLookup, MatchResult, commandLookup, matchFoldedCommand, matchFoldedOption, normalize } from '../matching';

export const COMMAND_IDS = ['back', 'restart', 'help', 'cancel', 'language', 'change', 'summary'] as const;
export type CommandId = (typeof COMMAND_IDS)[number];

const commandLookups = new WeakMap<ReadingCatalog, CommandLookup<CommandId>>();

/** The command words of a language, normalised once. */
function commandsOf(catalog: ReadingCatalog): CommandLookup<CommandId> {
  let lookup = commandLookups.get(catalog);
  if (!lookup) {
    lookup = commandLookup(COMMAND_IDS.map((id) => ({ id, phrases: catalog.commands[id].phrases })));
    commandLookups.set(catalog, lookup);
  }
  return lookup;
}

/** One list of whole-message phrases (greetings, a yes), normalised once per language. */
type PhraseList = 'greeting' | 'affirm';
const phraseLookups: Record<PhraseList, WeakMap<ReadingCatalog, CommandLookup<PhraseList>>> = { greeting: new WeakMap(), affirm: new WeakMap() };
const PHRASES: Record<PhraseList, (catalog: ReadingCatalog) => readonly string[]> = {
  greeting: (c) => c.greeting.phrases,
  affirm: (c) => c.question.affirm.phrases,
};

/** Is the whole folded message one of the list's phrases in one of `catalogs`? */
function isPhraseOf(list: PhraseList, folded: string, catalogs: readonly ReadingCatalog[]): boolean {
  return catalogs.some((c) => {
    let lookup = phraseLookups[list].get(c);
    if (!lookup) {
      lookup = commandLookup([{ id: list, phrases: PHRASES[list](c) }]);
      phraseLookups[list].set(c, lookup);
    }
    return matchFoldedCommand(folded, lookup) !== undefined;
  });
}

/** Is the whole folded message a yes ("yes", "да", "是的", "sim", "igen") in one of `catalogs`? */
export function foldedAffirmation(folded: string, catalogs: readonly ReadingCatalog[]): boolean {
  return isPhraseOf('affirm', folded, catalogs);
}

/** The command a folded message is, in the first of `catalogs` that has it. */
export function foldedCommand(folded: string, catalogs: readonly ReadingCatalog[]): CommandId | undefined {
  for (const c of catalogs) {
    const found = matchFoldedCommand(folded, commandsOf(c));
    if (found) return found;
  }
  return undefined;
}

/** Is the whole folded message a greeting ("hi", "привет", "你好", "olá", "szia") in one of `catalogs`? */
export function foldedGreeting(folded: string, catalogs: readonly ReadingCatalog[]): boolean {
  return isPhraseOf('greeting', folded, catalogs);
}

/** The command a typed text is, in the user's language first, then in the others. */
export function recognizeCommand(text: string, catalog: ReadingCatalog, fallbacks: readonly ReadingCatalog[]): CommandId | undefined {
  return foldedCommand(normalize(text), [catalog, ...fallbacks]);
}

/** What is being chosen: the options of a question, or (to change an answer) a question. */
export type Choosing = { question: QuestionId; options: readonly string[] } | { question: 'change'; options: readonly QuestionId[] };

const candidateCache = new WeakMap<Catalog, Map<string, Candidate<string>[]>>();

/** The candidates for a choice in a language, built once and reused (see matchOption). */
function candidates(choosing: Choosing, catalog: Catalog): Candidate<string>[] {
  let perCatalog = candidateCache.get(catalog);
  if (!perCatalog) {
    perCatalog = new Map();
    candidateCache.set(catalog, perCatalog);
  }
  const key = `${choosing.question}:${choosing.options.join(',')}`;
  let list = perCatalog.get(key);
  if (!list) {
    list = buildCandidates(choosing, catalog);
    perCatalog.set(key, list);
  }
  return list;
}

function buildCandidates(choosing: Choosing, catalog: Catalog): Candidate<string>[] {
  if (choosing.question === 'change') {
    return choosing.options.map((q) => ({ id: q, label: catalog.questions[q].name, synonyms: [] }));
  }
  const labels = catalog.questions[choosing.question].options as Record<string, string>;
  const synonyms = catalog.synonyms[choosing.question] as Record<string, string[]>;
  return choosing.options.map((id) => ({ id, label: labels[id] ?? id, synonyms: synonyms[id] ?? [] }));
}

/** The option of `choosing` a folded message names, in the first of `catalogs` where it names any. */
export function foldedOption(folded: string, choosing: Choosing, catalogs: readonly Catalog[]): MatchResult<string> {
  let result: MatchResult<string> = { kind: 'none' };
  for (const c of catalogs) {
    result = matchFoldedOption(folded, candidates(choosing, c));
    if (result.kind !== 'none') return result;
  }
  return result;
}
