// Localized text: one resource per shipped locale, looked up by key. The resources themselves are
// in catalogTable.ts (imported statically there); the side panel's page has its own table in its
// place, which fetches a language's texts when the page first shows it (src/panel/pageCatalogs.ts).
import type enUS from '../../content/texts/en-US.json';
import { DEFAULT_LOCALE, LOCALES, LocaleTag } from './locales';
import { catalogTable } from './catalogTable';
import type { READING_TEXTS } from './catalogSections';

/** The shape every locale resource has; en-US is the reference. */
export type Catalog = typeof enUS;

/** A table of what is read across languages: of a section, all (undefined) or some of its own keys; nothing else. */
type ReadingTable<T> = { readonly [S in keyof T]: S extends keyof Catalog ? readonly (keyof Catalog[S])[] | undefined : never };
/** What such a table names of a resource: its whole sections whole, of the others only their keys it names. */
type ReadingOf<T extends ReadingTable<T>> = Pick<Catalog, { [S in keyof T]: T[S] extends undefined ? S & keyof Catalog : never }[keyof T]> & {
  readonly [S in keyof T as T[S] extends undefined ? never : S & keyof Catalog]: Pick<
    Catalog[S & keyof Catalog],
    Extract<T[S] extends readonly (infer K)[] ? K : never, keyof Catalog[S & keyof Catalog]>
  >;
};

/**
 * What is read in every language, whatever the conversation's own: a command, a greeting, a yes,
 * a language's name on the language picker, the sign-out command and the case lists' commands
 * (READING_TEXTS in catalogSections.ts). The side panel's page carries this much of every
 * language and fetches the rest of a language when it shows it; the compiler holds the code that
 * reads other languages to it.
 */
export type ReadingCatalog = ReadingOf<typeof READING_TEXTS>;

/** The resource for a locale (en-US where a locale is not shipped yet, or its texts could not be had). */
export function catalogFor(locale: LocaleTag): Catalog {
  return catalogTable.full(locale) ?? catalogTable.full(DEFAULT_LOCALE)!;
}

/** What of a locale's resource is read in every language (READING_TEXTS). */
export function readingCatalogFor(locale: LocaleTag): ReadingCatalog {
  return catalogTable.reading(locale) ?? catalogTable.full(DEFAULT_LOCALE)!;
}

/** The locales that have their own resource, in the order the language picker shows them. */
export function availableLocales(): LocaleTag[] {
  return LOCALES.filter((l) => catalogTable.ships(l));
}

/**
 * Fills `{name}` placeholders; an unknown placeholder is left visible so tests can catch it. Own
 * members only: `{toString}` is no placeholder of a plain object's prototype.
 */
export function format(template: string, vars: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : whole));
}

// Building an Intl formatter costs far more than using one; one per locale is kept.
const dateFormats = new Map<LocaleTag, Intl.DateTimeFormat>();

/**
 * A date written the way the locale writes it (9 October 2023, 2023年10月9日 …), with no-break
 * spaces: a date is not split across lines, and a text that starts with one ("2023. október 9.
 * óta…") is not read as a numbered list by the Markdown that Teams and Web Chat apply to cards
 * (a list marker needs an ordinary space after it).
 */
export function formatDate(isoDate: string, locale: LocaleTag): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  let formatter = dateFormats.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    dateFormats.set(locale, formatter);
  }
  return formatter.format(date).replace(/ /g, '\u00a0');
}

// One time formatter per locale, as for dates.
const timeFormats = new Map<LocaleTag, Intl.DateTimeFormat>();

/**
 * A moment written the way the locale writes a date and a time (Nov 24, 2026, 6:05 PM UTC in
 * English; 24 de nov. de 2026, 18:05 UTC in Portuguese), in UTC and saying so, with no-break spaces
 * as formatDate has them. An unreadable time is shown as it came.
 */
export function formatTime(iso: string, locale: LocaleTag): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  let formatter = timeFormats.get(locale);
  if (!formatter) {
    const parts = { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' } as const;
    formatter = new Intl.DateTimeFormat(locale, { ...parts, timeZone: 'UTC', timeZoneName: 'short' });
    timeFormats.set(locale, formatter);
  }
  return formatter.format(at).replace(/[ \u202f]/g, '\u00a0');
}

/** The locale a catalog is the text of (the default one for a catalog made elsewhere). */
export function localeOfCatalog(c: Catalog): LocaleTag {
  return availableLocales().find((l) => catalogFor(l) === c) ?? DEFAULT_LOCALE;
}

// One relative-time formatter per locale, as for dates.
const relativeFormats = new Map<LocaleTag, Intl.RelativeTimeFormat>();

/**
 * Whole days from now in the locale's own words and plural (Intl's relative time: "3 days ago",
 * "in 7 days"); a day away or none reads "today", "tomorrow", "yesterday" (сегодня, 明天, ontem,
 * holnap), never "in 0 days" (review of 25 November 2026, A4); -0 (nothing elapsed) is "today" too.
 */
export function formatRelativeDays(days: number, locale: LocaleTag): string {
  let formatter = relativeFormats.get(locale);
  if (!formatter) {
    formatter = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    relativeFormats.set(locale, formatter);
  }
  return formatter.format(days, 'day');
}
