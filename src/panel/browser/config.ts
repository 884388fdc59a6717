// The page's settings, as the server wrote them into a JSON data block (never executed): the
// language and theme for the first paint, the deployment's fixed answers and policy edition, the input limit and how
// long to wait for Teams. Anything missing or malformed falls back to a safe default.
import { DEFAULT_LOCALE, LocaleTag, isLocaleTag } from '../../domain/locales';
import { Answers, consistentAnswers } from '../../domain/questions';
import { DEFAULT_EDITION, EditionId, isEditionId } from '../../domain/editions';
import { PanelTheme } from '../hostConfigs';
import { MAX_TYPED_TEXT } from '../../conversation/advisor/typedInput';

export interface PanelConfig {
  locale: LocaleTag;
  theme: PanelTheme;
  preset: Answers;
  /** The deployment's edition of the policy, so the page answers as the chat does. */
  edition: EditionId;
  maxText: number;
  contextTimeoutMs: number;
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
  const preset = raw.preset !== null && typeof raw.preset === 'object' ? consistentAnswers(raw.preset as Answers) : {};
  return {
    locale: isLocaleTag(raw.locale) ? raw.locale : DEFAULT_LOCALE,
    theme,
    preset,
    edition: isEditionId(raw.edition) ? raw.edition : DEFAULT_EDITION,
    maxText: MAX_TYPED_TEXT,
    contextTimeoutMs: timeout,
  };
}
