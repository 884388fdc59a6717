// The side panel's page: the sentence box, then the advisor's cards, all worked out in this
// browser by the bundled engine (../engine.ts). Nothing the agent types or clicks is sent
// anywhere: the page only reads the deployment's content from the bot (content.ts), per language.
// Inside Teams it takes the language, theme and frame from the Teams context and follows theme
// changes; anywhere else it keeps the language and theme the server chose for the first paint.
import * as AC from 'adaptivecards';
import MarkdownIt from 'markdown-it';
import type { app as TeamsApp, authentication as TeamsAuthentication } from '@microsoft/teams-js';
import { PanelAnswer, PanelEngine, PanelReply, PanelTurn } from '../engine';
import { LOCALES, LocaleTag, isLocaleTag, matchLocale } from '../../domain/locales';
import { catalogFor, format } from '../../domain/textCatalog';
import { PALETTES, PanelTheme, hostConfigFor } from '../hostConfigs';
import panelStrings from '../../../content/pages/panel.json';
import { copyText } from './clipboard';
import { PanelConfig, readPanelConfig } from './config';
import { ContentLoader } from './content';
import { TextsLoader } from './texts';
import { ReaderLoader } from './reader';
import { fetchMyCases, renderMyCases } from './cases';
import type { PanelCasesAnswer } from '../panelCases';

type Strings = (typeof panelStrings)['en-US'];
const STRINGS = panelStrings as Record<LocaleTag, Strings>;

const markdown = new MarkdownIt({ html: false, linkify: false, breaks: false });
AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
  result.outputHtml = markdown.render(text);
  result.didProcess = true;
};

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from the page`);
  return element as T;
}

function randomId(): string {
  const bytes = new Uint8Array(4);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function themeOf(value: unknown): PanelTheme | undefined {
  return value === 'default' || value === 'dark' || value === 'contrast' ? value : undefined;
}

class Panel {
  private readonly engine: PanelEngine;
  private readonly content: ContentLoader;
  private readonly texts: TextsLoader;
  private readonly reader: ReaderLoader;
  /** The turns that wait (for content or texts), in the order they were asked for. */
  private turns: Promise<void> = Promise.resolve();
  private waiting = 0;
  private locale: LocaleTag;
  private theme: PanelTheme;
  private hostConfig: AC.HostConfig;
  /** The cards on screen, kept to render them again in another theme. */
  private shown: PanelReply[] = [];
  /** The signed-in partner's list (inside Teams), kept likewise. */
  private myCases: PanelCasesAnswer | undefined;

  private readonly form = byId<HTMLFormElement>('sentence-form');
  private readonly box = byId<HTMLTextAreaElement>('sentence');
  private readonly cards = byId<HTMLElement>('cards');
  private readonly status = byId<HTMLElement>('status');
  private readonly summary = byId<HTMLElement>('summary');

  constructor(private readonly config: PanelConfig) {
    this.locale = config.locale;
    this.theme = config.theme;
    this.hostConfig = new AC.HostConfig(hostConfigFor(this.theme));
    this.engine = new PanelEngine({ locale: this.locale, preset: config.preset, edition: config.edition, newConsultationId: randomId });
    this.texts = new TextsLoader(this.engine, config.texts);
    this.reader = new ReaderLoader(this.engine, config.reader);
    // A result shown before its language's content came is shown again with it.
    this.content = new ContentLoader((content) => {
      // The engine keeps it either way: a turn still waiting for its language's texts has it then.
      const turn = this.engine.setContent(content);
      if (turn && 'replies' in turn && turn.verdict && document.body.dataset.verdict) this.show(turn, false);
    });
  }

  /**
   * Runs a turn now when nothing waits; else after the turns asked for before it, once the content
   * of the page's language is in (or could not be had; the first card does not wait for it). A
   * turn into a language whose texts are not here yet runs again once they are (or are known not
   * to come): the engine kept nothing of it.
   */
  private act(turn: () => PanelAnswer | undefined, moveFocus: boolean, waitForContent = true): Promise<void> {
    if (this.waiting === 0 && !(waitForContent && this.content.pending)) {
      const shown = turn();
      if (!shown || 'replies' in shown) {
        if (shown) this.show(shown, moveFocus);
        return Promise.resolve();
      }
    }
    this.waiting++;
    const run = async (): Promise<void> => {
      try {
        if (waitForContent) await this.content.pending;
        let shown = turn();
        // Each language at most once (a language whose texts did not come is then shown in
        // English), and the reader once (a reader that did not come then reads nothing).
        for (let tries = 0; shown && !('replies' in shown) && tries <= LOCALES.length; tries++) {
          if ('needsTexts' in shown) await this.texts.load(shown.needsTexts);
          else await this.reader.load();
          shown = turn();
        }
        if (shown && 'replies' in shown) this.show(shown, moveFocus);
      } finally {
        this.waiting--;
      }
    };
    this.turns = this.turns.then(run, run);
    return this.turns;
  }

  start(): void {
    void this.texts.load(this.locale);
    this.content.load(this.locale);
    // Said on the page once the language's content is in (or could not be had): a sentence sent before waits for it.
    void this.content.pending?.then(() => {
      document.body.dataset.content = 'settled';
    });
    this.applyTheme(this.theme);
    this.box.maxLength = this.config.maxText;
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.say();
    });
    // Enter sends, Shift+Enter starts a new line: as in the chat's send box.
    this.box.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        this.say();
      }
    });
    // The content only adds to a result: the first question is shown without waiting for it.
    void this.act(() => this.engine.start(), false, false).then(() => {
      performance.mark('panel:first-card');
      document.body.dataset.ready = 'true';
      // After the first paint, while the agent reads: the reader comes and compiles its patterns,
      // so the first sentence then costs what the others do.
      void this.reader.load().then(() => {
        this.engine.prepare();
        document.body.dataset.prepared = 'true';
      });
    });
  }

  private say(): void {
    const text = this.box.value;
    if (text.trim() === '') return;
    this.box.value = '';
    void this.act(() => this.engine.say(text), true);
  }

  private onAction(action: AC.Action): void {
    if (action instanceof AC.SubmitAction) {
      const data: unknown = action.data;
      void this.act(() => this.engine.submit(data), true);
    } else if (action instanceof AC.OpenUrlAction && action.url && /^https:\/\//.test(action.url)) {
      window.open(action.url, '_blank', 'noopener,noreferrer');
    }
  }

  /** Shows a turn's replies: its cards replace the cards on screen; a text alone is added below them. */
  private show(turn: PanelTurn, moveFocus: boolean): void {
    if (turn.locale !== this.locale) this.setLocale(turn.locale, false);
    // The sentence box stands where the chat's welcome card would: the page shows every other card.
    const cards = turn.replies.filter((r) => 'card' in r && r.kind !== 'welcome');
    this.clearMessages();
    if (cards.length > 0) {
      this.shown = cards;
      this.renderCards(moveFocus);
    }
    for (const reply of turn.replies) if ('text' in reply) this.showText(reply);
    // For screen readers only: the card above already shows the verdict in words and a symbol.
    if (turn.verdict) this.announce(format(STRINGS[this.locale].verdictLabel, { verdict: catalogFor(this.locale).verdicts[turn.verdict] }), true);
    document.body.dataset.verdict = turn.verdict ?? '';
  }

  private renderCards(moveFocus: boolean): void {
    this.cards.replaceChildren();
    for (const reply of this.shown) {
      if (!('card' in reply)) continue;
      const card = new AC.AdaptiveCard();
      card.hostConfig = this.hostConfig;
      card.onExecuteAction = (action) => this.onAction(action);
      // A copy: the engine's cards are shared and frozen, and the renderer may annotate what it parses.
      card.parse(JSON.parse(JSON.stringify(reply.card)) as object);
      const element = card.render();
      if (!element) continue;
      const frame = document.createElement('section');
      frame.className = `card card-${reply.kind}`;
      frame.setAttribute('aria-label', reply.fallbackText.split('\n', 1)[0] ?? '');
      for (const link of Array.from(element.querySelectorAll('a'))) {
        link.target = '_blank';
        link.rel = 'noopener noreferrer';
      }
      frame.appendChild(element);
      this.cards.appendChild(frame);
    }
    if (moveFocus) this.focusCard();
  }

  /** Keyboard users land where the next step is: the verdict, or the question's first choice. */
  private focusCard(): void {
    const verdict = this.cards.querySelector<HTMLElement>('[id^="verdict-"]');
    if (verdict) {
      verdict.tabIndex = -1;
      verdict.focus();
      return;
    }
    const choice =
      this.cards.querySelector<HTMLInputElement>('.card:last-child input:checked') ?? this.cards.querySelector<HTMLInputElement>('.card:last-child input');
    (choice ?? this.cards).focus();
  }

  private showText(reply: Extract<PanelReply, { text: string }>): void {
    if (reply.copy === undefined) {
      this.announce(reply.text);
      return;
    }
    const strings = STRINGS[this.locale];
    this.summary.hidden = false;
    byId('summary-label').textContent = strings.summaryLabel;
    byId('summary-text').textContent = reply.copy;
    void copyText(reply.copy).then((copied) => {
      this.announce(copied ? strings.copied : strings.copyFailed);
      document.body.dataset.copied = String(copied);
    });
  }

  private clearMessages(): void {
    this.status.textContent = '';
    this.summary.hidden = true;
    delete document.body.dataset.copied;
  }

  private announce(text: string, unseen = false): void {
    this.status.textContent = text;
    this.status.classList.toggle('unseen', unseen);
  }

  /** The page's own words in a language, and the case so far in it. */
  setLocale(locale: LocaleTag, rerender: boolean): void {
    if (locale === this.locale) return;
    this.locale = locale;
    const strings = STRINGS[locale];
    document.documentElement.lang = locale;
    document.title = strings.title;
    byId('panel-title').textContent = strings.title;
    byId('sentence-label').textContent = strings.sentenceLabel;
    byId('sentence-hint').textContent = strings.sentenceHint;
    byId('sentence-submit').textContent = strings.sentenceSubmit;
    this.box.placeholder = strings.sentencePlaceholder;
    this.cards.setAttribute('aria-label', strings.cardsLabel);
    void this.texts.load(locale);
    this.content.load(locale);
    if (rerender) void this.act(() => this.engine.switchLocale(locale), false);
  }

  applyTheme(theme: PanelTheme): void {
    this.theme = theme;
    this.hostConfig = new AC.HostConfig(hostConfigFor(theme));
    const p = PALETTES[theme];
    const root = document.documentElement;
    root.dataset.theme = theme;
    root.style.colorScheme = theme === 'default' ? 'light' : 'dark';
    const vars: Record<string, string> = {
      '--text': p.text,
      '--subtle': p.subtle,
      '--brand': p.brand,
      '--brand-hover': p.brandHover,
      '--on-brand': p.onBrand,
      '--link': p.link,
      '--background': p.background,
      '--card': p.card,
      '--card-border': p.cardBorder,
      '--button-border': p.buttonBorder,
      '--focus': p.focus,
      '--attention': p.attention,
    };
    for (const [name, value] of Object.entries(vars)) root.style.setProperty(name, value);
    if (this.shown.length > 0) this.renderCards(false);
    if (this.myCases) renderMyCases(this.myCases, this.hostConfig, this.cards);
  }

  showMyCases(answer: PanelCasesAnswer): void {
    this.myCases = answer;
    renderMyCases(answer, this.hostConfig, this.cards);
  }
}

/**
 * Could a Teams host be there? Teams runs a tab in a frame, in a window it opened, or (mobile) with
 * a native interface: the Teams library's own test. Only then is the library loaded: on load it
 * fetches Microsoft's list of Teams origins, which a page opened on its own has no use for.
 */
function mayBeInTeams(): boolean {
  return window.parent !== window || window.opener !== null || 'nativeInterface' in window;
}

interface TeamsHost {
  context: TeamsApp.Context;
  app: typeof TeamsApp;
  authentication: typeof TeamsAuthentication;
}

/** Teams' context, or nothing when the page is not in Teams (or Teams does not answer in time). */
async function teamsHost(timeoutMs: number): Promise<TeamsHost | undefined> {
  if (!mayBeInTeams()) return undefined;
  const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), timeoutMs));
  const host = (async () => {
    const { app, authentication } = await import('./teamsSdk');
    await app.initialize();
    return { context: await app.getContext(), app, authentication };
  })().catch(() => undefined);
  return Promise.race([host, timeout]);
}

function main(): void {
  const config = readPanelConfig();
  const panel = new Panel(config);
  panel.start();
  void teamsHost(config.contextTimeoutMs).then((host) => {
    document.body.dataset.host = host ? 'teams' : 'browser';
    if (!host) return;
    const { context, app } = host;
    document.body.dataset.frame = context.page.frameContext ?? '';
    const locale = matchLocale(context.app.locale);
    if (locale && isLocaleTag(locale)) panel.setLocale(locale, true);
    const theme = themeOf(context.app.theme);
    if (theme) panel.applyTheme(theme);
    app.registerOnThemeChangeHandler((changed) => {
      const next = themeOf(changed);
      if (next) panel.applyTheme(next);
    });
    // The signed-in partner's own cases, in the language Teams says (the list is fetched once).
    void fetchMyCases(host.authentication, locale ?? config.locale).then((cases) => {
      if (cases) panel.showMyCases(cases);
    });
  });
}

main();
