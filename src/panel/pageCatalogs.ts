// The side panel page's table of texts, bundled in place of src/domain/catalogTable.ts
// (scripts/lib/panelBundle.ts). The page carries English whole (the default language, and the one
// product words fall back to) and of every other language the sections read in any language
// (READING_SECTIONS: commands, greetings, a language's name); the rest of a language, most of its
// weight, is fetched when the page first shows that language (browser/texts.ts). A language whose
// texts could not be had is shown in English, as a language not shipped yet is.
import enUS from '../../content/texts/en-US.json';
import ruRU from '../../content/texts/ru-RU.json';
import zhCN from '../../content/texts/zh-CN.json';
import ptBR from '../../content/texts/pt-BR.json';
import huHU from '../../content/texts/hu-HU.json';
import { DEFAULT_LOCALE, LocaleTag } from '../domain/locales';
import type { CatalogTable } from '../domain/catalogTable';
import type { Catalog, ReadingCatalog } from '../domain/textCatalog';
import { READING_SECTIONS } from '../domain/catalogSections';

/** What the page's bundle holds of each language: English whole, the others' reading sections. */
const READING: Record<LocaleTag, ReadingCatalog> = { 'en-US': enUS, 'ru-RU': ruRU, 'zh-CN': zhCN, 'pt-BR': ptBR, 'hu-HU': huHU };

/** The languages whose texts are at hand (English always), each as one whole resource. */
const whole = new Map<LocaleTag, Catalog>([[DEFAULT_LOCALE, enUS]]);
/** The languages whose texts could not be had: shown in English. */
const unavailable = new Set<LocaleTag>();

/** The sections a language's fetched texts hold: every section but READING_SECTIONS, as English has them. */
export const FETCHED_SECTIONS: readonly string[] = Object.keys(enUS).filter((s) => !(READING_SECTIONS as readonly string[]).includes(s));

export const catalogTable: CatalogTable = {
  full: (locale) => whole.get(locale),
  reading: (locale) => whole.get(locale) ?? READING[locale],
  ships: () => true,
};

/** Are the texts of `locale` settled: at hand, or known not to come (then English stands in)? */
export function textsSettled(locale: LocaleTag): boolean {
  return whole.has(locale) || unavailable.has(locale);
}

/** Does `value` hold every key English's `section` holds (one level down: the texts' own keys)? */
function fitsSection(section: string, value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const english = (enUS as Record<string, object>)[section]!;
  return Object.keys(english).every((key) => Object.hasOwn(value, key));
}

/**
 * A language's fetched texts, joined to its reading sections into one new resource (a new object,
 * so nothing kept per resource from before is reused). Anything but an object holding exactly the
 * fetched sections, each with every key English's has, is refused and the language shown in English.
 */
export function addTexts(locale: LocaleTag, texts: unknown): boolean {
  if (whole.has(locale)) return true;
  const sections = texts !== null && typeof texts === 'object' && !Array.isArray(texts) ? (texts as Record<string, unknown>) : undefined;
  const fits =
    sections !== undefined &&
    Object.keys(sections).length === FETCHED_SECTIONS.length &&
    FETCHED_SECTIONS.every((s) => Object.hasOwn(sections, s) && fitsSection(s, sections[s]));
  if (!fits) {
    unavailable.add(locale);
    return false;
  }
  whole.set(locale, { ...READING[locale], ...sections } as Catalog);
  unavailable.delete(locale);
  return true;
}

/** The texts of `locale` will not come: it is shown in English. */
export function textsUnavailable(locale: LocaleTag): void {
  if (!whole.has(locale)) unavailable.add(locale);
}
