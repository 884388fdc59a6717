// Typed text → a command or an option, using the words of the user's language first and then
// those of the fallback resources (product words and English commands work everywhere).
import { Catalog } from '../domain/content';
import { QuestionId } from '../domain/questions';
import { Candidate, CommandLookup, MatchResult, commandLookup, matchCommand, matchOption } from '../domain/matching';

export const COMMAND_IDS = ['back', 'restart', 'help', 'cancel', 'language', 'change', 'summary'] as const;
export type CommandId = (typeof COMMAND_IDS)[number];

const commandLookups = new WeakMap<Catalog, CommandLookup<CommandId>>();

/** The command words of a language, normalised once. */
function commandsOf(catalog: Catalog): CommandLookup<CommandId> {
  let lookup = commandLookups.get(catalog);
  if (!lookup) {
    lookup = commandLookup(COMMAND_IDS.map((id) => ({ id, phrases: catalog.commands[id].phrases })));
    commandLookups.set(catalog, lookup);
  }
  return lookup;
}

const greetingLookups = new WeakMap<Catalog, CommandLookup<'greeting'>>();

/**
 * Is the whole message a greeting ("hi", "привет", "你好", "olá", "szia") in any shipped
 * language? A greeting is not an answer: the question on screen is asked again with a hello.
 */
export function isGreeting(text: string, catalogs: readonly Catalog[]): boolean {
  return catalogs.some((c) => {
    let lookup = greetingLookups.get(c);
    if (!lookup) {
      lookup = commandLookup([{ id: 'greeting' as const, phrases: c.greeting.phrases }]);
      greetingLookups.set(c, lookup);
    }
    return matchCommand(text, lookup) !== undefined;
  });
}

export function recognizeCommand(text: string, catalog: Catalog, fallbacks: readonly Catalog[]): CommandId | undefined {
  for (const c of [catalog, ...fallbacks]) {
    const found = matchCommand(text, commandsOf(c));
    if (found) return found;
  }
  return undefined;
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

export function recognizeOption(text: string, choosing: Choosing, catalog: Catalog, fallbacks: readonly Catalog[]): MatchResult<string> {
  let result: MatchResult<string> = { kind: 'none' };
  for (const c of [catalog, ...fallbacks]) {
    result = matchOption(text, candidates(choosing, c));
    if (result.kind !== 'none') return result;
  }
  return result;
}
