// The deployment's content for the page's engine: fetched from the bot per language (GET
// /panel/content.json, same origin, cacheable), merged with the languages fetched before. A
// failed or slow fetch leaves the panel as it is without the partner's section: nothing is shown.
import type { DeploymentContent } from '../../domain/deploymentContent';
import type { LocaleTag } from '../../domain/locales';
import { PANEL_CONTENT_PATH, PanelContentAnswer, contentFromAnswers, readPanelContentAnswer } from '../panelContent';

/** How long a turn waits for its language's content at most. */
const CONTENT_TIMEOUT_MS = 3000;

interface Fetched {
  answer: PanelContentAnswer;
  etag: string;
}

async function fetchContent(locale: LocaleTag): Promise<Fetched | undefined> {
  try {
    const response = await fetch(`${PANEL_CONTENT_PATH}?locale=${encodeURIComponent(locale)}`, {
      credentials: 'omit',
      signal: AbortSignal.timeout(CONTENT_TIMEOUT_MS),
    });
    if (!response.ok) return undefined;
    const answer = readPanelContentAnswer(await response.json());
    return answer?.locale === locale ? { answer, etag: response.headers.get('ETag') ?? locale } : undefined;
  } catch {
    return undefined;
  }
}

export class ContentLoader {
  private readonly fetched: Fetched[] = [];
  private readonly asked = new Set<LocaleTag>();
  private loading: Promise<void> | undefined;

  /** `onContent` gets the content of every language fetched so far, each time one more comes. */
  constructor(private readonly onContent: (content: DeploymentContent) => void) {}

  /** Fetches a language's content once (a language that failed stays without it). */
  load(locale: LocaleTag): void {
    if (this.asked.has(locale)) return;
    this.asked.add(locale);
    const fetched = fetchContent(locale).then((got) => {
      if (!got) return;
      this.fetched.push(got);
      this.onContent(
        contentFromAnswers(
          this.fetched.map((f) => f.answer),
          this.fetched.map((f) => f.etag).join(''),
        ),
      );
    });
    const loading: Promise<void> = Promise.all([this.loading, fetched])
      .catch(() => undefined)
      .then(() => {
        if (this.loading === loading) this.loading = undefined;
      });
    this.loading = loading;
  }

  /** While a fetch is under way: settles when every fetch asked so far has. */
  get pending(): Promise<void> | undefined {
    return this.loading;
  }
}
