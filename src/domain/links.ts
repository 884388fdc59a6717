import table from '../../content/links.json';
import { LinkId } from './outcomes';
import { LocaleTag, urlSegment } from './locales';

/**
 * The address of a link in a locale (`instead`: the partner's own address for it, an internal
 * mirror); the locale comes from our own list, never from the client.
 */
export function linkUrl(id: LinkId, locale: LocaleTag, instead?: string): string {
  return (instead ?? table[id]).replace('{locale}', urlSegment(locale));
}
