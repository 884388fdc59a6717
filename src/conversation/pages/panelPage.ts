// The side panel's HTML: the sentence box, an empty place for the cards and the page's settings
// as a JSON data block (not executed), in the language and theme of the request. Everything from
// the request is normalised to a known value before it is written, and escaped anyway. The page
// holds no secret: the settings are the language, theme, the deployment's fixed cloud and limits.
// Pure: the host (hosting/panel/) serves it.
import { LocaleTag } from '../../domain/locales';
import { Answers } from '../../domain/questions';
import type { EditionId } from '../../domain/editions';
import { PanelTheme } from '../../panel/hostConfigs';
import panelStrings from '../../../content/pages/panel.json';
import { MAX_TYPED_TEXT } from '../advisor/typedInput';
import { AssetUrl, escapeHtml, jsonForScript } from './webChatPage';

type PanelStrings = (typeof panelStrings)['en-US'];
const STRINGS = panelStrings as Record<LocaleTag, PanelStrings>;

export function panelStringsFor(locale: LocaleTag): PanelStrings {
  return STRINGS[locale];
}

/**
 * The hosts that frame Teams tabs, as Microsoft's tab requirements list them for the
 * frame-ancestors directive: Teams, the Microsoft 365 app and Outlook, old domains and the
 * cloud.microsoft one they move to. Nothing else may frame the panel, not even this site.
 */
export const TEAMS_FRAME_ANCESTORS: readonly string[] = [
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.cloud.microsoft',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook-sdf.office.com',
  'https://outlook-sdf.office365.com',
];

/**
 * The other address the page may connect to, besides its own origin (where it reads the
 * deployment's content, GET /panel/content.json): the Teams library fetches Microsoft's list of
 * Teams host origins from it (and falls back to its built-in list when it cannot). The advisor
 * runs in the page and nothing typed leaves it: the page only ever reads from the bot.
 */
export const TEAMS_ORIGIN_LIST = 'https://res.cdn.office.net';

export function panelContentSecurityPolicy(): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self' ${TEAMS_ORIGIN_LIST}`,
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${TEAMS_FRAME_ANCESTORS.join(' ')}`,
  ].join('; ');
}

/** `?theme=` as Teams fills it ({theme}); anything else is the default (light) theme. */
export function themeFrom(value: unknown): PanelTheme {
  return value === 'dark' || value === 'contrast' ? value : 'default';
}

export interface PanelPageOptions {
  locale: LocaleTag;
  theme: PanelTheme;
  preset: Answers;
  /** The deployment's edition of the policy: the page's engine answers from it, as the bot does. */
  edition: EditionId;
  script: AssetUrl;
  style: AssetUrl;
  /** Each language's texts the page fetches (those its bundle does not carry whole). */
  texts: Partial<Record<LocaleTag, AssetUrl>>;
  /** The free-text reader's file, fetched once the first card is up (absent: the cards ask). */
  reader?: AssetUrl;
}

export function renderPanelPage(o: PanelPageOptions): string {
  const s = panelStringsFor(o.locale);
  const texts = Object.fromEntries(Object.entries(o.texts).map(([locale, asset]) => [locale, asset.url]));
  const config = { locale: o.locale, theme: o.theme, preset: o.preset, edition: o.edition, texts, ...(o.reader ? { reader: o.reader.url } : {}) };
  // The page's first language's texts come with the bundle, not after it: its first card needs them.
  const first = o.texts[o.locale];
  const preload = first ? `\n<link rel="preload" href="${escapeHtml(first.url)}" as="fetch" crossorigin="anonymous">` : '';
  return `<!doctype html>
<html lang="${escapeHtml(o.locale)}" data-theme="${escapeHtml(o.theme)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(s.title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${escapeHtml(o.style.url)}">${preload}
</head>
<body>
<main class="panel">
<h1 id="panel-title">${escapeHtml(s.title)}</h1>
<form id="sentence-form" class="sentence" autocomplete="off">
<label id="sentence-label" for="sentence">${escapeHtml(s.sentenceLabel)}</label>
<textarea id="sentence" name="sentence" rows="3" maxlength="${MAX_TYPED_TEXT}" placeholder="${escapeHtml(s.sentencePlaceholder)}" aria-describedby="sentence-hint"></textarea>
<div class="row">
<p id="sentence-hint" class="hint">${escapeHtml(s.sentenceHint)}</p>
<button id="sentence-submit" class="primary" type="submit">${escapeHtml(s.sentenceSubmit)}</button>
</div>
</form>
<div id="cards" class="cards" role="region" aria-label="${escapeHtml(s.cardsLabel)}"></div>
<div id="status" class="status" role="status" aria-live="polite"></div>
<section id="summary" class="summary" aria-labelledby="summary-label" hidden>
<h2 id="summary-label">${escapeHtml(s.summaryLabel)}</h2>
<pre id="summary-text" tabindex="0"></pre>
</section>
</main>
<script type="application/json" id="panel-config">${jsonForScript(config)}</script>
<script src="${escapeHtml(o.script.url)}" defer></script>
</body>
</html>
`;
}
