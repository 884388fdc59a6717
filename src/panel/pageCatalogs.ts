// The side panel page's table of texts, bundled in place of src/domain/catalogTable.ts
// (scripts/lib/panelBundle.ts). The page carries English whole (the default language, and the one
// product words fall back to) and of every other language only what is read in any language
// (READING_TEXTS: commands, greetings, a yes, a language's name, the sign-out and case lists'
// commands); the rest of a language, most of its weight, is fetched when the page first shows that
// language (browser/texts.ts) and joined to it key by key. A language whose texts could not be had
// is shown in English, as a language not shipped yet is.
import enUS from '../../content/texts/en-US.json';
import ruRU from '../../content/texts/ru-RU.json';
import zhCN from '../../content/texts/zh-CN.json';
import ptBR from '../../content/texts/pt-BR.json';
import huHU from '../../content/texts/hu-HU.json';
import { DEFAULT_LOCALE, LocaleTag } from '../domain/locales';
import type { CatalogTable } from '../domain/catalogTable';
import type { Catalog, ReadingCatalog } from '../domain/textCatalog';
import { ownPart, SectionedTexts } from '../domain/catalogSections';

/** What the page's bundle holds of each language: English whole, of the others what is read in any language. */
const READING: Record<LocaleTag, ReadingCatalog> = { 'en-US': enUS, 'ru-RU': ruRU, 'zh-CN': zhCN, 'pt-BR': ptBR, 'hu-HU': huHU };

/** The languages whose texts are at hand (English always), each as one whole resource. */
const whole = new Map<LocaleTag, Catalog>([[DEFAULT_LOCALE, enUS]]);
/** The languages whose texts could not be had: shown in English. */
const unavailable = new Set<LocaleTag>();

/**
 * The sections a language's fetched texts hold: every section English has but those read whole in
 * any language (a section of which a few keys are read is there with the rest of its keys).
 */
export const FETCHED_SECTIONS: readonly string[] = Object.keys(ownPart(enUS));

export const catalogTable: CatalogTable = {
  full: (locale) => whole.get(locale),
  reading: (locale) => whole.get(locale) ?? READING[locale],
  ships: () => true,
};

/** Are the texts of `locale` settled: at hand, or known not to come (then English stands in)? */
export function textsSettled(locale: LocaleTag): boolean {
  return whole.has(locale) || unavailable.has(locale);
}

/** Is `value` an object (not an array, not null)? */
function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Does `value` hold every key English's `section` holds (one level down: the texts' own keys)? */
function fitsSection(section: string, value: Record<string, unknown>): boolean {
  const english = (enUS as Record<string, object>)[section]!;
  return Object.keys(english).every((key) => Object.hasOwn(value, key));
}

/**
 * A language's fetched texts, joined to what the bundle holds of it into one new resource, section
 * by section and key by key (new objects, so nothing kept per resource from before is reused; a
 * key the bundle holds stays the bundle's). Anything but an object holding exactly the fetched
 * sections, each an object that, joined, holds every key English's has, is refused and the language
 * shown in English.
 */
export function addTexts(locale: LocaleTag, texts: unknown): boolean {
  if (whole.has(locale)) return true;
  const joined = isRecord(texts) ? join(READING[locale], texts) : undefined;
  if (!joined) {
    unavailable.add(locale);
    return false;
  }
  whole.set(locale, joined as Catalog);
  unavailable.delete(locale);
  return true;
}

/** The bundled part and the fetched sections as one resource, or undefined where they do not make one. */
function join(bundled: SectionedTexts, fetched: Record<string, unknown>): Record<string, unknown> | undefined {
  if (Object.keys(fetched).length !== FETCHED_SECTIONS.length || !FETCHED_SECTIONS.every((s) => Object.hasOwn(fetched, s))) return undefined;
  const joined: Record<string, Record<string, unknown>> = {};
  for (const section of Object.keys(enUS)) {
    const own = FETCHED_SECTIONS.includes(section) ? fetched[section] : {};
    if (!isRecord(own)) return undefined;
    const value = { ...own, ...bundled[section] };
    if (!fitsSection(section, value)) return undefined;
    joined[section] = value;
  }
  return joined;
}

/** The texts of `locale` will not come: it is shown in English. */
export function textsUnavailable(locale: LocaleTag): void {
  if (!whole.has(locale)) unavailable.add(locale);
}
