// Which copy of an action card is the live one. Where every step comes as a new message (Web
// Chat, Copilot), the old copies of a card stay in the transcript: each copy's buttons carry the
// version of the card they were shown with, a click on an older copy is answered as stale
// instead of acting, and the page greys the older copies out by the marker on their first
// element. The version moves only when the card shows something new: the same card shown again
// keeps it, so both copies stay live. Pure: the host keeps the versions (hosting/actions/actionTurn.ts).
import { AdaptiveCard, mapCardActions } from '../cards/cards';
import type { ActionClick } from './actionClicks';
import { PARTNER_ACTION } from './actionClicks';
import { isRecord } from '../../domain/records';

/** The card last shown for a card id: its version and a digest of what it showed. */
export interface ShownVersion {
  v: number;
  digest: string;
}

/** The largest version a click may carry (a card goes through far fewer steps). */
export const MAX_VERSION = 1_000_000;

/** The marker on an action card's first element: the page keeps only the newest card with it live. */
export const cardMarker = (cardId: string): string => `action-card-${cardId}`;

/** The version of a card about to be shown: the last one's when it shows the same, else the next. */
export function nextVersion(last: ShownVersion | undefined, digest: string): ShownVersion {
  if (last && last.digest === digest) return last;
  return { v: Math.min((last?.v ?? 0) + 1, MAX_VERSION), digest };
}

/** The card with its version on every button of its own and the marker on its first element. */
export function stamped(card: AdaptiveCard, cardId: string, v: number): AdaptiveCard {
  const withVersion = mapCardActions(card, (a) =>
    isRecord(a.data) && a.data.action === PARTNER_ACTION && a.data.card === cardId ? { ...a, data: { ...a.data, v } } : a,
  );
  const body = Array.isArray(withVersion.body) ? (withVersion.body as unknown[]) : [];
  const first = body[0];
  if (!isRecord(first) || first.id !== undefined) return withVersion;
  return { ...withVersion, body: [{ ...first, id: cardMarker(cardId) }, ...body.slice(1)] };
}

/**
 * A click on an older copy than the one last shown. A click without a version (a result's button,
 * a follow-up's, a card sent before versions) is never stale; Sign out acts on nobody's card.
 */
export function isStaleClick(click: ActionClick, last: ShownVersion | undefined): boolean {
  if (click.step === 'signOut' || click.version === undefined || !last) return false;
  return click.version < last.v;
}
