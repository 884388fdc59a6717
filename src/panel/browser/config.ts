// The page's settings, as the server wrote them into a JSON data block (never executed): the
// language and theme for the first paint, the deployment's fixed answers and policy edition, the
// input limit, how long to wait for Teams and where each language's texts are. Anything missing or
// malformed falls back to a safe default.
import { DEFAULT_LOCALE, LOCALES, LocaleTag, isLocaleTag } from '../../domain/locales';
import { Answers, consistentAnswers } from '../../domain/questions';
import { DEFAULT_EDITION, EditionId, isEditionId } from '../../domain/editions';
import { PanelTheme } from '../hostConfigs';
import { MAX_TYPED_TEXT } from '../../conversation/advisor/typedInput';
import { isPanelReaderUrl, isPanelTextsUrl } from '../panelTexts';

export interface PanelConfig {
  locale: LocaleTag;
  theme: PanelTheme;
  preset: Answers;
  /** The deployment's edition of the policy, so the page answers as the chat does. */
  edition: EditionId;
  maxText: number;
  contextTimeoutMs: number;
  /** Where each language's texts are fetched (languages the bundle does not carry whole). */
  texts: Partial<Record<LocaleTag, string>>;
  /** Where the free-text reader's file is (absent: typed text is not read, the cards ask). */
  reader?: string;
}

/** Outside Teams nothing answers app.initialize; the page stops waiting after this. */
const DEFAULT_CONTEXT_TIMEOUT_MS = 1500;

export function readPanelConfig(): PanelConfig {
  let raw: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(document.getElementById('panel-config')?.textContent ?? '{}');
    if (parsed !== null && typeof parsed === 'object') raw = parsed as Record<string, unknown>;
  } catch {
    // A broken block: the defaults below.
  }
  const theme = raw.theme === 'dark' || raw.theme === 'contrast' ? raw.theme : 'default';
  const timeout =
    typeof raw.contextTimeoutMs === 'number' && raw.contextTimeoutMs >= 0 && raw.contextTimeoutMs <= 10_000 ? raw.contextTimeoutMs : DEFAULT_CONTEXT_TIMEOUT_MS;
  const named = raw.texts !== null && typeof raw.texts === 'object' ? (raw.texts as Record<string, unknown>) : {};
  // Only URLs of the texts' own shape: the page fetches nothing else.
  const texts = Object.fromEntries(LOCALES.flatMap((l) => (Object.hasOwn(named, l) && isPanelTextsUrl(named[l], l) ? [[l, named[l]]] : [])));
  const preset = raw.preset !== null && typeof raw.preset === 'object' ? consistentAnswers(raw.preset as Answers) : {};
  return {
    locale: isLocaleTag(raw.locale) ? raw.locale : DEFAULT_LOCALE,
    theme,
    preset,
    edition: isEditionId(raw.edition) ? raw.edition : DEFAULT_EDITION,
    maxText: MAX_TYPED_TEXT,
    contextTimeoutMs: timeout,
    texts,
    ...(isPanelReaderUrl(raw.reader) ? { reader: raw.reader } : {}),
  };
}
