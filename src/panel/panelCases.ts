// My cases in the side panel, the contract between the page and the bot: where the page asks for
// the signed-in partner's list (with Teams' single sign-on token as a bearer token), and what a
// good answer holds (the list as an Adaptive Card, its one-line summary, and its language).
import { isRecord } from '../domain/records';

export const PANEL_CASES_PATH = '/panel/cases.json';

export interface PanelCasesAnswer {
  locale: string;
  card: Record<string, unknown>;
  summary: string;
}

/** The answer as the page reads it: anything else is no list. */
export function readPanelCasesAnswer(v: unknown): PanelCasesAnswer | undefined {
  if (!isRecord(v) || !isRecord(v.card) || v.card.type !== 'AdaptiveCard' || typeof v.summary !== 'string' || typeof v.locale !== 'string') return undefined;
  return { locale: v.locale, card: v.card, summary: v.summary };
}
