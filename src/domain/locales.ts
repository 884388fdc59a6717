// The languages the advisor speaks and how a requested locale maps onto one of them.
// A client-supplied tag is only ever compared against this list; it never names a file.

export const LOCALES = ['en-US', 'ru-RU', 'zh-CN', 'pt-BR', 'hu-HU'] as const;
export type LocaleTag = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: LocaleTag = 'en-US';

// Longer than any real BCP 47 tag we could use; anything beyond is noise or an attack.
const MAX_TAG_LENGTH = 35;

/** The shipped locale for each primary language subtag (the fallback by language). */
const BY_LANGUAGE: Readonly<Record<string, LocaleTag>> = {
  en: 'en-US',
  ru: 'ru-RU',
  zh: 'zh-CN',
  pt: 'pt-BR',
  hu: 'hu-HU',
};

export function isLocaleTag(value: unknown): value is LocaleTag {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * Maps any client tag onto a shipped locale, or undefined when none fits.
 * Accepts any casing and `_` or `-` separators (`ru_RU`, `RU-ru`), falls back by language
 * (`pt-PT` → `pt-BR`, `zh-TW`/`zh-Hant` → `zh-CN` as the only Chinese we have).
 */
export function matchLocale(raw: unknown): LocaleTag | undefined {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_TAG_LENGTH) return undefined;
  // Every turn asks this of the same few tags ("en-US", "ru-ru"…); answers are remembered.
  if (matched.has(raw)) return matched.get(raw);
  const found = matchTag(raw);
  if (matched.size >= MATCHED_LIMIT) matched.clear();
  matched.set(raw, found);
  return found;
}

const MATCHED_LIMIT = 256;
const matched = new Map<string, LocaleTag | undefined>();

function matchTag(raw: string): LocaleTag | undefined {
  const parts = raw.trim().replace(/_/g, '-').split('-');
  if (parts.some((p) => !/^[A-Za-z0-9]{1,8}$/.test(p))) return undefined;
  const language = parts[0]!.toLowerCase();
  const exact = LOCALES.find((tag) => tag.toLowerCase() === parts.map((p) => p.toLowerCase()).join('-'));
  return exact ?? BY_LANGUAGE[language];
}

export interface LocaleSources {
  /** The user's explicit choice, kept in user state. */
  userChoice?: unknown;
  /** The activity's `locale`. */
  activityLocale?: unknown;
  /** The Teams `clientInfo` entity's `locale`. */
  clientInfoLocale?: unknown;
}

/** The locale to answer in: explicit choice, then activity, then Teams client info, then default. */
export function resolveLocale(sources: LocaleSources, fallback: LocaleTag = DEFAULT_LOCALE): LocaleTag {
  return matchLocale(sources.userChoice) ?? matchLocale(sources.activityLocale) ?? matchLocale(sources.clientInfoLocale) ?? fallback;
}

/** The lower-case form used in learn.microsoft.com addresses (`pt-br`). */
export function urlSegment(locale: LocaleTag): string {
  return locale.toLowerCase();
}
