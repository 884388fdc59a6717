// The country a message's case is about, when it lists the group's countries one by one:
// "Ausztriában EA, Szlovákiában helyi viszonteladó, Magyarországon a Microsofttól. Ez a kérés
// Ausztriáról szól." Each country's clause says how that country bought (or which role the
// partner has there); only the case's country answers. Words from the lexicons' structure:
// `countries` (one entry per country, its names and codes), `placeIn` (a clause opened by a
// country: "Ausztriában", "RO:"), `aboutPlace` (the case said to be about one: "Ausztriáról szól").
import { compilePatterns } from './compile';
import { LEXICONS } from './lexicon';
import { Span, StructuredMention, matches } from './structure';
import { sentenceOf } from './text';

const words = (key: 'placeIn' | 'aboutPlace'): RegExp =>
  compilePatterns(
    LEXICONS.flatMap((l) => l.structure?.[key] ?? []),
    `structure.${key}`,
  );
const [PLACE_IN, ABOUT_PLACE] = [words('placeIn'), words('aboutPlace')];
/** Each country's names, tried at the start of a place's words (sticky): its index names the country. */
const COUNTRIES: RegExp[] = LEXICONS.flatMap((l) => l.structure?.countries ?? []).map((p, k) => compilePatterns([p], `structure.countries ${k}`, 'uy'));

/** Which country the words at `at` name, or undefined. */
function countryAt(text: string, at: number): number | undefined {
  const k = COUNTRIES.findIndex((c) => {
    c.lastIndex = at;
    return c.test(text);
  });
  return k < 0 ? undefined : k;
}

/**
 * When the message says which country its case is about and opens clauses with other countries,
 * what those clauses say (up to the next country's clause or their sentence's end) is another
 * country's: it loses its question, as another case's words do. Said of no country, nothing changes.
 */
export function countryScope(text: string, mentions: StructuredMention[]): void {
  const about = new Set(
    matches(ABOUT_PLACE, text)
      .map((s) => countryAt(text, s.start))
      .filter((c) => c !== undefined),
  );
  if (about.size !== 1) return;
  const [own] = [...about];
  const places = matches(PLACE_IN, text)
    .map((s) => ({ ...s, country: countryAt(text, s.start) }))
    .filter((p) => p.country !== undefined);
  if (!places.some((p) => p.country !== own) || !places.some((p) => p.country === own)) return;
  for (const [k, p] of places.entries()) {
    if (p.country === own) continue;
    const next = places[k + 1];
    const reach: Span = { start: p.start, end: Math.min(sentenceOf(text, p.start).end, next?.start ?? text.length) };
    for (const m of mentions) {
      if (m.question === undefined || m.start < reach.start || m.end > reach.end) continue;
      m.question = undefined;
      m.implies = [];
    }
  }
}
