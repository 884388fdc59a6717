// What of a language's texts is read in every language, whatever the conversation's own: a
// command, a greeting, a yes, a language's name on the language picker, the sign-out command and
// the case lists' commands (textCatalog.ts, ReadingCatalog). A module of its own, importing
// nothing, so both tables of texts and the side panel's build can read it.

/**
 * The texts read across languages, section by section: `undefined` for a section read whole, or
 * the only keys of it that are (the rest of that section is read in the conversation's own
 * language alone). The side panel's page bundles this much of every language and fetches the rest
 * (src/panel/pageCatalogs.ts, scripts/lib/panelBundle.ts).
 */
export const READING_TEXTS = {
  commands: undefined,
  greeting: undefined,
  language: undefined,
  question: ['affirm'],
  actions: ['signOutCommand'],
  myCases: ['command'],
  teamCases: ['command'],
} as const satisfies Readonly<Record<string, readonly string[] | undefined>>;

/** The sections of which something is read across languages (whole or a few of their keys). */
export const READING_SECTIONS = Object.keys(READING_TEXTS) as readonly (keyof typeof READING_TEXTS)[];

/** A language's texts, section by section (each an object of texts). */
export type SectionedTexts = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/** The keys of `section` read across languages: every key for a section read whole, none for a section not read. */
function readKeys(section: string): readonly string[] | 'all' {
  if (!Object.hasOwn(READING_TEXTS, section)) return [];
  return (READING_TEXTS as Readonly<Record<string, readonly string[] | undefined>>)[section] ?? 'all';
}

/** Of `texts`, what is read across languages: the whole sections whole, the others' named keys (as they are there). */
export function readingPart(texts: SectionedTexts): Record<string, Record<string, unknown>> {
  const part: Record<string, Record<string, unknown>> = {};
  for (const section of READING_SECTIONS) {
    const all = texts[section];
    if (all === undefined) continue;
    const keys = readKeys(section);
    part[section] = keys === 'all' ? { ...all } : Object.fromEntries(keys.filter((k) => Object.hasOwn(all, k)).map((k) => [k, all[k]]));
  }
  return part;
}

/**
 * Of `texts`, what is read in its own language alone: every section not read whole, less the keys
 * read across languages (a section of which only those are read is there, empty).
 */
export function ownPart(texts: SectionedTexts): Record<string, Record<string, unknown>> {
  const part: Record<string, Record<string, unknown>> = {};
  for (const [section, all] of Object.entries(texts)) {
    const keys = readKeys(section);
    if (keys !== 'all') part[section] = Object.fromEntries(Object.entries(all).filter(([k]) => !keys.includes(k)));
  }
  return part;
}
