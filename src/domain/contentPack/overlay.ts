// A partner's overlay (CONTENT_OVERLAY) held to the same standard as the pack: its schema, known
// languages, rows and link ids, https addresses only, safe Markdown. Two forms: a directory
// (overlay.json with the link addresses, one <locale>.json per language) or a single file with
// both (`languages` by locale). The lines name the file, then the row and key.
import { LOCALES, LocaleTag, isLocaleTag } from '../locales';
import type { Overlay, OverlayLanguage } from '../overlay';
import type { LinkId } from '../outcomes';
import { isHttpsUrl } from './urls';
import { PackFiles, Problem, WHOLE_FILE, listed, problem } from './problems';
import { schemaProblems } from './schemas';
import { markdownProblems } from './texts';
import { overlayLimitProblems } from './overlayLimits';

/** A directory's file of settings (the link addresses); every other file is a language. */
export const OVERLAY_SETTINGS_FILE = 'overlay.json';

export type OverlayForm = 'directory' | 'file';

export interface OverlayCheck {
  /** The overlay, only when it has no problem. */
  overlay?: Overlay;
  problems: Problem[];
}

type LinkUrls = Partial<Record<LinkId, string>>;

/** What the schema cannot say of one language: addresses that parse as https, safe Markdown. */
function languageProblems(file: string, language: OverlayLanguage, prefix: string): Problem[] {
  const problems: Problem[] = [];
  const at = (key: string): string => (prefix ? `${prefix}.${key}` : key);
  if (language.name.trim() === '') problems.push(problem(file, at('name'), 'must not be empty: it titles the partner section'));
  for (const [row, added] of Object.entries(language.rows ?? {}))
    (added?.links ?? []).forEach((link, i) => {
      if (!isHttpsUrl(link.url)) problems.push(problem(file, at(`rows.${row}.links.${i}.url`), `must be an https URL (not ${JSON.stringify(link.url)})`));
    });
  const { name, contact, rows } = language;
  problems.push(...markdownProblems(file, { name, contact, rows }, prefix));
  return problems;
}

function linkUrlProblems(file: string, linkUrls: LinkUrls | undefined, prefix: string): Problem[] {
  return Object.entries(linkUrls ?? {})
    .filter(([, url]) => !isHttpsUrl((url ?? '').replace(/\{locale\}/g, 'en-us')))
    .map(([id, url]) => problem(file, `${prefix}linkUrls.${id}`, `must be an https URL ({locale} is the only placeholder), not ${JSON.stringify(url)}`));
}

/** Without `$schema`/`$comment`: the overlay the advisor keeps holds content only. */
function content(language: OverlayLanguage & { $schema?: unknown; $comment?: unknown }): OverlayLanguage {
  const { $schema: _s, $comment: _c, ...rest } = language;
  return rest;
}

function checkFile(files: PackFiles): OverlayCheck {
  const [file, json] = [...files][0] ?? ['overlay', undefined];
  const problems = schemaProblems(file, json, 'overlay.schema.json');
  if (problems.length > 0) return { problems };
  const single = json as { linkUrls?: LinkUrls; languages: Partial<Record<LocaleTag, OverlayLanguage>> };
  problems.push(...linkUrlProblems(file, single.linkUrls, ''));
  const languages: Partial<Record<LocaleTag, OverlayLanguage>> = {};
  for (const [locale, language] of Object.entries(single.languages) as [LocaleTag, OverlayLanguage][]) {
    problems.push(...languageProblems(file, language, `languages.${locale}`));
    problems.push(...overlayLimitProblems(file, locale, language, `languages.${locale}`));
    languages[locale] = content(language);
  }
  return problems.length > 0 ? { problems } : { overlay: single.linkUrls ? { linkUrls: single.linkUrls, languages } : { languages }, problems };
}

function checkDirectory(files: PackFiles): OverlayCheck {
  const problems: Problem[] = [];
  const languages: Partial<Record<LocaleTag, OverlayLanguage>> = {};
  let linkUrls: LinkUrls | undefined;
  for (const [file, json] of files) {
    if (file === OVERLAY_SETTINGS_FILE) {
      const found = schemaProblems(file, json, 'overlay.schema.json#/definitions/settings');
      problems.push(...found);
      if (found.length === 0) {
        linkUrls = (json as { linkUrls?: LinkUrls }).linkUrls;
        problems.push(...linkUrlProblems(file, linkUrls, ''));
      }
      continue;
    }
    const locale = file.endsWith('.json') ? file.slice(0, -'.json'.length) : file;
    if (!isLocaleTag(locale)) {
      problems.push(problem(file, WHOLE_FILE, `not a language of the advisor (${listed(LOCALES)}) nor ${OVERLAY_SETTINGS_FILE}`));
      continue;
    }
    const found = schemaProblems(file, json, 'overlay.schema.json#/definitions/language');
    problems.push(...found);
    if (found.length > 0) continue;
    problems.push(...languageProblems(file, json as OverlayLanguage, ''));
    problems.push(...overlayLimitProblems(file, locale, json as OverlayLanguage, ''));
    languages[locale] = content(json as OverlayLanguage);
  }
  if (files.size === 0) problems.push(problem(OVERLAY_SETTINGS_FILE, WHOLE_FILE, 'the overlay directory has no file'));
  return problems.length > 0 ? { problems } : { overlay: linkUrls ? { linkUrls, languages } : { languages }, problems };
}

/**
 * Checks an overlay given as its files, parsed: for a directory, by file name (`overlay.json`,
 * `hu-HU.json`); for a single file, its one entry. Returns the overlay only when nothing is wrong.
 */
export function checkOverlay(files: PackFiles, form: OverlayForm): OverlayCheck {
  return form === 'file' ? checkFile(files) : checkDirectory(files);
}
