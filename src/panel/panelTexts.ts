// Where the page fetches a language's texts (all but what its bundle carries, src/panel/pageCatalogs.ts):
// one fixed file per language beside the bundle (and the reader's, reader.js), versioned by its digest, named in the page's
// settings by the server. The page fetches nothing else than a URL of this shape.
import type { LocaleTag } from '../domain/locales';

/** The file of a language's texts, without its version. */
export function panelTextsRoute(locale: LocaleTag): string {
  return `/panel/texts/${locale}.json`;
}

/** Is `url` the versioned URL of `locale`'s texts file (as makeAsset versions it)? */
export function isPanelTextsUrl(url: unknown, locale: LocaleTag): url is string {
  return typeof url === 'string' && /^\?v=[0-9a-f]{16}$/.test(url.slice(panelTextsRoute(locale).length)) && url.startsWith(panelTextsRoute(locale));
}

/** The free-text reader's file (src/panel/readerSlot.ts), without its version. */
export const PANEL_READER_ROUTE = '/panel/reader.js';

/** Is `url` the versioned URL of the reader's file? */
export function isPanelReaderUrl(url: unknown): url is string {
  return typeof url === 'string' && url.startsWith(PANEL_READER_ROUTE) && /^\?v=[0-9a-f]{16}$/.test(url.slice(PANEL_READER_ROUTE.length));
}
