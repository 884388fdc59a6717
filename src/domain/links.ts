import table from '../../content/links.json';
import { LinkId } from './outcomes';
import { LocaleTag, urlSegment } from './locales';

/** The address of a link in a locale; the locale comes from our own list, never from the client. */
export function linkUrl(id: LinkId, locale: LocaleTag): string {
  return table[id].replace('{locale}', urlSegment(locale));
}
