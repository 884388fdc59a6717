// Every shipped locale's texts. The resources are imported statically, so the set of files is fixed
// at build time and no path is ever built from input. The side panel's page is bundled with
// src/panel/pageCatalogs.ts in this module's place (scripts/lib/panelBundle.ts).
import enUS from '../../content/texts/en-US.json';
import ruRU from '../../content/texts/ru-RU.json';
import zhCN from '../../content/texts/zh-CN.json';
import ptBR from '../../content/texts/pt-BR.json';
import huHU from '../../content/texts/hu-HU.json';
import type { LocaleTag } from './locales';
import type { Catalog, ReadingCatalog } from './textCatalog';

// Typing each resource as Catalog makes a missing key a compile error; extra keys are caught by
// the resource tests.
const CATALOGS: Partial<Record<LocaleTag, Catalog>> = {
  'en-US': enUS,
  'ru-RU': ruRU satisfies Catalog,
  'zh-CN': zhCN satisfies Catalog,
  'pt-BR': ptBR satisfies Catalog,
  'hu-HU': huHU satisfies Catalog,
};

export interface CatalogTable {
  /** A locale's whole resource, when it is shipped and at hand. */
  full(locale: LocaleTag): Catalog | undefined;
  /** What of a locale's resource is read in every language (READING_TEXTS), when it is shipped. */
  reading(locale: LocaleTag): ReadingCatalog | undefined;
  ships(locale: LocaleTag): boolean;
}

export const catalogTable: CatalogTable = {
  full: (locale) => CATALOGS[locale],
  reading: (locale) => CATALOGS[locale],
  ships: (locale) => CATALOGS[locale] !== undefined,
};
