// The chat page: a small HTML shell around Web Chat, in the visitor's language (negotiated here
// from ?locale= and Accept-Language). Everything that comes from configuration or the request is
// escaped; the page's settings travel as a JSON data block (not executed), and a strict
// Content-Security-Policy allows only our own scripts plus Web Chat's nonce'd styles. Pure: the
// host (hosting/webchat/index.ts) serves what this renders, with the assets' addresses it gives.
import { DEFAULT_LOCALE, LOCALES, LocaleTag, matchLocale } from '../../domain/locales';
import pageStrings from '../../../content/pages/webchat.json';
import { WebChatSettings } from '../../config/webChatSettings';

/** An asset as the page names it: its address (with its version). */
export interface AssetUrl {
  url: string;
}

/** The page's three assets: Web Chat's bundle, the page's script and its style. */
export interface PageAssets {
  webChat: AssetUrl;
  script: AssetUrl;
  style: AssetUrl;
}

export type PageStrings = (typeof pageStrings)['en-US'];
export const PAGE_STRING_KEYS = Object.keys(pageStrings['en-US']) as (keyof PageStrings)[];

const STRINGS = pageStrings as Record<LocaleTag, PageStrings>;

/** The strings for a locale; a missing resource or key falls back to English. */
export function stringsFor(locale: LocaleTag): PageStrings {
  return { ...STRINGS[DEFAULT_LOCALE], ...(STRINGS[locale] ?? {}) };
}

export type LocaleSource = 'query' | 'browser' | 'default';

/** Accept-Language → tags in order of preference (q=0 and `*` left out). */
export function acceptedLanguages(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .slice(0, 1000)
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/.exec(p)).find(Boolean);
      return { tag: tag.trim(), q: q ? Number(q[1]) : 1, index };
    })
    .filter((e) => e.tag !== '' && e.tag !== '*' && e.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((e) => e.tag);
}

/** `?locale=` first, then the browser's languages, each normalised as the bot does. */
export function negotiateLocale(query: unknown, acceptLanguage: string | undefined): { locale: LocaleTag; source: LocaleSource } {
  const asked = matchLocale(query);
  if (asked) return { locale: asked, source: 'query' };
  for (const tag of acceptedLanguages(acceptLanguage)) {
    const found = matchLocale(tag);
    if (found) return { locale: found, source: 'browser' };
  }
  return { locale: DEFAULT_LOCALE, source: 'default' };
}

/** The table the page uses to normalise navigator.languages exactly like matchLocale. */
function languageTable(): Record<string, LocaleTag> {
  const table: Record<string, LocaleTag> = {};
  for (const tag of LOCALES) {
    const language = tag.split('-')[0]!.toLowerCase();
    const match = matchLocale(language);
    if (match) table[language] = match;
  }
  return table;
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON that is safe inside <script type="application/json">. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function format(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}

/** Black or white, whichever reads better on the accent colour (WCAG relative luminance). */
export function textOn(hex: string): string {
  const channel = (i: number): number => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return luminance > 0.179 ? '#000000' : '#ffffff';
}

export interface DirectLineClientSettings {
  /** Absolute, or a path on this server (local mode). */
  domain: string;
  webSocket: boolean;
  pollingInterval: number;
}

export interface PageOptions {
  settings: WebChatSettings;
  assets: PageAssets;
  locale: LocaleTag;
  localeSource: LocaleSource;
  nonce: string;
  tokenUrl: string;
  /** Absent: Web Chat is not configured (a registration and no Direct Line): the page only says so. */
  directLine?: DirectLineClientSettings;
  /** PARTNER_ACTIONS_DEMO: the banner saying so, with the sample values the forms take when the entry point gives them. */
  demo?: { sample?: DemoSample };
}

/** The demonstration says so on its page, with the sample values its forms take when known; no other deployment (the actions off, or signed in through OAuth) has a banner. */
export function pageDemo(actionsMode: 'oauth' | 'demo' | undefined, sample: DemoSample | undefined): Pick<PageOptions, 'demo'> {
  return actionsMode === 'demo' ? { demo: sample ? { sample } : {} } : {};
}

/** What a newcomer types in the demonstration's forms (the development entry point's stand-ins say which). */
export interface DemoSample {
  customers: readonly string[];
  currentPartner: { tenantId: string; name: string };
  /** The customer who accepts an invitation, and the page where the customer's side accepts it. */
  invitee: string;
  customerSideUrl: string;
}

/** The demonstration banner's lines in a locale: what it is and how to sign in, then the sample values. */
export function demoLines(locale: LocaleTag, sample: DemoSample | undefined): string[] {
  const t = stringsFor(locale);
  const lines = [t.demoTitle, t.demoSignIn];
  if (!sample) return lines;
  return [
    ...lines,
    format(t.demoCustomers, { customers: sample.customers.join(', ') }),
    format(t.demoTransfer, { tenantId: sample.currentPartner.tenantId, name: sample.currentPartner.name }),
    format(t.demoInvitation, { invitee: sample.invitee }),
  ];
}

/** The banner: its lines by id (the script swaps them when the language changes), the customer's side as a link. */
function demoBanner(locale: LocaleTag, sample: DemoSample | undefined): string {
  const [title = '', ...rest] = demoLines(locale, sample);
  const items = rest.map((line, i) => {
    const link =
      sample && i === rest.length - 1
        ? ` <a href="${escapeHtml(sample.customerSideUrl)}" target="_blank" rel="noopener">${escapeHtml(sample.customerSideUrl)}</a>`
        : '';
    return `<li><span id="demo-line-${i + 1}">${escapeHtml(line)}</span>${link}</li>`;
  });
  return `<details class="demo" id="demo" open>
<summary id="demo-line-0">${escapeHtml(title)}</summary>
<ul>
${items.join('\n')}
</ul>
</details>
`;
}

export function renderPage(o: PageOptions): string {
  const s = o.settings;
  const strings = stringsFor(o.locale);
  // The configured name, or the product's name in the visitor's language.
  const name = s.botName || strings.productName;
  const title = format(strings.title, { botName: name });
  const config = {
    locale: o.locale,
    localeSource: o.localeSource,
    locales: LOCALES,
    languages: languageTable(),
    // The banner's strings travel only as the demonstration's lines (below), not on every page.
    strings: Object.fromEntries(LOCALES.map((l) => [l, Object.fromEntries(Object.entries(stringsFor(l)).filter(([key]) => !key.startsWith('demo')))])),
    botName: s.botName,
    accent: s.accent,
    accentText: textOn(s.accent),
    botInitials: s.botInitials,
    userInitials: s.userInitials,
    tokenUrl: o.tokenUrl,
    directLine: o.directLine,
    nonce: o.nonce,
    ...(o.demo ? { demo: Object.fromEntries(LOCALES.map((l) => [l, demoLines(l, o.demo?.sample)])) } : {}),
  };
  // Not configured: no scripts and no settings block, just the notice in the visitor's language.
  const configured = o.directLine !== undefined;
  const status = configured
    ? `<p id="status-text">${escapeHtml(strings.connecting)}</p>
<button id="retry" type="button" hidden>${escapeHtml(strings.retry)}</button>`
    : `<p id="status-text">${escapeHtml(strings.notConfigured)}</p>`;
  const scripts = configured
    ? `<script type="application/json" id="chat-config">${jsonForScript(config)}</script>
<script src="${escapeHtml(o.assets.webChat.url)}" defer></script>
<script src="${escapeHtml(o.assets.script.url)}" defer></script>
`
    : '';
  const initials = s.botInitials ? `<div class="avatar" aria-hidden="true">${escapeHtml(s.botInitials)}</div>` : '';
  return `<!doctype html>
<html lang="${escapeHtml(o.locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title id="page-title">${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${escapeHtml(o.assets.style.url)}">
</head>
<body>
<div class="shell">
<header class="bar">
${initials}<div class="titles">
<h1 id="bot-name">${escapeHtml(name)}</h1>
<p id="subtitle">${escapeHtml(strings.subtitle)}</p>
</div>
</header>
${o.demo ? demoBanner(o.locale, o.demo.sample) : ''}<main class="chat" id="chat">
<div id="webchat" class="webchat"></div>
<div id="status" class="status${configured ? '' : ' failed'}" role="status" aria-live="polite">
${status}
</div>
</main>
</div>
${scripts}</body>
</html>
`;
}

/** Origins (https and wss) the page may connect to besides itself. */
export function connectSources(domain: string): string[] {
  if (domain.startsWith('/')) return [];
  const url = new URL(domain);
  const socket = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return [url.origin, `${socket}//${url.host}`];
}

export const EMPTY_STYLE_HASH = 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';

export function contentSecurityPolicy(nonce: string, connect: string[], frameAncestors: string[]): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    // The hash is that of an empty <style>: react-scroll-to-bottom (inside Web Chat) adds one
    // without the nonce and fills it through the CSSOM, which the policy does not restrict.
    `style-src 'self' 'nonce-${nonce}' '${EMPTY_STYLE_HASH}'`,
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "media-src 'self' blob:",
    `connect-src ${["'self'", ...connect].join(' ')}`,
    "worker-src 'self' blob:",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${frameAncestors.join(' ')}`,
  ].join('; ');
}
