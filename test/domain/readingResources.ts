// Shared by the tests of a typed message read against the screen (reading.test.ts, readingRules.test.ts):
// the catalogs a reading uses in a language, the others' commands beside them, no preset answers.
import { availableLocales, catalogFor } from '../../src/domain/textCatalog';
import { DEFAULT_LOCALE, LocaleTag } from '../../src/domain/locales';
import { ReadingResources } from '../../src/domain/reading';

export function resources(locale: LocaleTag): ReadingResources {
  return {
    catalog: catalogFor(locale),
    fallbackCatalogs: locale === DEFAULT_LOCALE ? [] : [catalogFor(DEFAULT_LOCALE)],
    commandCatalogs: availableLocales()
      .filter((l) => l !== locale)
      .map(catalogFor),
    preset: {},
  };
}
