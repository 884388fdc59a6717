// A language's texts for the page's engine, fetched from the bot once per language (same origin,
// the versioned URL the server named in the page's settings; the page's first language is
// preloaded by the page itself). Texts that cannot be had leave that language in English.
import type { LocaleTag } from '../../domain/locales';
import type { PanelEngine } from '../engine';

/** How long the page waits for a language's texts at most. */
const TEXTS_TIMEOUT_MS = 5000;

export class TextsLoader {
  private readonly loading = new Map<LocaleTag, Promise<void>>();

  constructor(
    private readonly engine: PanelEngine,
    private readonly urls: Partial<Record<LocaleTag, string>>,
  ) {}

  /** Fetches a language's texts once and gives them to the engine; settles either way. */
  load(locale: LocaleTag): Promise<void> {
    let loading = this.loading.get(locale);
    if (!loading) {
      loading = this.fetchTexts(locale);
      this.loading.set(locale, loading);
    }
    return loading;
  }

  private async fetchTexts(locale: LocaleTag): Promise<void> {
    const url = this.urls[locale];
    try {
      if (url) {
        const response = await fetch(url, { signal: AbortSignal.timeout(TEXTS_TIMEOUT_MS) });
        if (response.ok && this.engine.addTexts(locale, await response.json())) return;
      }
    } catch {
      // Offline, slow or not JSON: shown in English below.
    }
    this.engine.textsUnavailable(locale);
  }
}
