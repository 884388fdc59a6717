// What a partner's overlay may not do beyond its schema: texts longer than a card can carry (one
// 300 KB step would make every result of its row too big for any channel), bare domain names
// (Web Chat's Markdown turns `www.example.com` into an http:// link the https rule never saw), and
// role-set names left out of the Markdown check. The pack's role sets file is held to the same
// Markdown rule. Each problem names the file, the row or role set and the language.
import type { OverlayLanguage } from '../overlay';
import { PackFiles, Problem, problem } from './problems';
import { isRecord } from '../records';
import { markdownProblems } from './texts';

/** Characters per text at most, by what the text is; far above what a card reads well, far below what breaks one. */
export const OVERLAY_TEXT_LIMITS = {
  name: 120,
  contact: 500,
  step: 1_000,
  noteTitle: 200,
  noteText: 2_000,
  linkTitle: 200,
  url: 2_000,
} as const;

// The endings Markdown renderers with "fuzzy" links (markdown-it's linkify, Web Chat's) take for
// a domain without a scheme: the generic ones and every two-letter country code.
const GENERIC_TLDS = new Set([
  'com',
  'net',
  'org',
  'edu',
  'gov',
  'mil',
  'int',
  'biz',
  'info',
  'name',
  'pro',
  'aero',
  'coop',
  'museum',
  'asia',
  'shop',
  'web',
  'xxx',
]);
const COUNTRY_TLD =
  /^(?:a[cdefgilmnoqrstuwxz]|b[abdefghijmnorstvwyz]|c[acdfghiklmnoruvwxyz]|d[ejkmoz]|e[cegrstu]|f[ijkmor]|g[abdefghilmnpqrstuwy]|h[kmnrtu]|i[delmnoqrst]|j[emop]|k[eghimnprwyz]|l[abcikrstuvy]|m[acdeghklmnopqrstuvwxyz]|n[acefgilopruz]|om|p[aefghklmnrstwy]|qa|r[eosuw]|s[abcdeghijklmnortuvxyz]|t[cdfghjklmnortvwz]|u[agksyz]|v[aceginu]|w[fs]|y[et]|z[amw])$/;
// A run of dotted labels not inside an address, an e-mail or a path.
const DOMAIN = /(?<![\p{L}\p{N}@._/:\\-])((?:[\p{L}\p{N}-]+\.)+([\p{L}]{2,}))(?![\p{L}\p{N}_-]|\.[\p{L}\p{N}])/gu;
// What is already a link or an https address: left out before looking for bare domains.
const LINKED = /\]\([^)]*\)|<https:[^<>\s]*>|https:\/\/[^\s)\]>]*/gi;

/** The first bare domain name a renderer would turn into a link, or undefined. */
export function bareDomain(text: string): string | undefined {
  const rest = text.replace(LINKED, ' ');
  for (const m of rest.matchAll(DOMAIN)) {
    const [whole, , tld] = m as unknown as [string, string, string];
    const ending = tld.toLowerCase();
    if (whole.toLowerCase().startsWith('www.') || GENERIC_TLDS.has(ending) || COUNTRY_TLD.test(ending)) return whole;
  }
  return undefined;
}

interface Shown {
  path: string;
  text: string;
  limit: number;
  what: string;
  row?: string;
}

/** Every text of a language the cards show, with its limit and what it is. */
function shownTexts(language: OverlayLanguage): Shown[] {
  const shown: Shown[] = [{ path: 'name', text: language.name, limit: OVERLAY_TEXT_LIMITS.name, what: 'the name' }];
  if (language.contact !== undefined) shown.push({ path: 'contact', text: language.contact, limit: OVERLAY_TEXT_LIMITS.contact, what: 'the contact line' });
  for (const [row, added] of Object.entries(language.rows ?? {})) {
    const at = `rows.${row}`;
    (added?.steps ?? []).forEach((text, i) => shown.push({ path: `${at}.steps.${i}`, text, limit: OVERLAY_TEXT_LIMITS.step, what: 'a step', row }));
    (added?.notes ?? []).forEach((note, i) => {
      shown.push({ path: `${at}.notes.${i}.title`, text: note.title, limit: OVERLAY_TEXT_LIMITS.noteTitle, what: "a note's title", row });
      shown.push({ path: `${at}.notes.${i}.text`, text: note.text, limit: OVERLAY_TEXT_LIMITS.noteText, what: 'a note', row });
    });
    (added?.links ?? []).forEach((link, i) => {
      shown.push({ path: `${at}.links.${i}.title`, text: link.title, limit: OVERLAY_TEXT_LIMITS.linkTitle, what: "a link's title", row });
      shown.push({ path: `${at}.links.${i}.url`, text: link.url, limit: OVERLAY_TEXT_LIMITS.url, what: "a link's address", row });
    });
  }
  return shown;
}

/**
 * One language of an overlay (`locale`, from its file or its key): texts over their limit, bare
 * domains, and its role sets' names as unsafe Markdown.
 */
export function overlayLimitProblems(file: string, locale: string, language: OverlayLanguage, prefix: string): Problem[] {
  const at = (key: string): string => (prefix ? `${prefix}.${key}` : key);
  const problems: Problem[] = [];
  for (const s of shownTexts(language)) {
    const where = s.row ? `row ${s.row} in ${locale}` : locale;
    if (s.text.length > s.limit)
      problems.push(
        problem(file, at(s.path), `${where}: ${s.what} is ${s.text.length.toLocaleString('en-US')} characters, at most ${s.limit.toLocaleString('en-US')}`),
      );
    else if (!s.path.endsWith('.url')) {
      const domain = bareDomain(s.text);
      if (domain !== undefined)
        problems.push(problem(file, at(s.path), `${where}: "${domain}" would show as a link to an http:// address; write [text](https://${domain}) instead`));
    }
  }
  if (language.roleSets) problems.push(...markdownProblems(file, { roleSets: language.roleSets }, prefix));
  return problems;
}

/** The pack's role sets file: every name a card may show held to the Markdown rule like any text. */
export function packRoleSetProblems(files: PackFiles): Problem[] {
  const file = 'actions/roleSets.json';
  const json = files.get(file);
  if (!isRecord(json) || !Array.isArray(json.roleSets)) return [];
  return markdownProblems(file, { roleSets: json.roleSets });
}
