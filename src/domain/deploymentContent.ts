// What a deployment adds to the shipped pack, fixed at start-up: the partner's overlay and the rows
// due for review. A result takes its share of it (resultContent) with its reply, so the card, its
// text forms and the reply cache all see the same thing.
import type { LocaleTag } from './locales';
import type { LinkId, OutcomeRow } from './outcomes';
import { Overlay, PartnerSection, partnerSection } from './overlay';

export interface DeploymentContent {
  overlay?: Overlay;
  /** A short digest of the overlay, for what names a version of it (the side panel's content tag). */
  overlayId?: string;
  reviewDue: ReadonlySet<OutcomeRow>;
}

/** One result's share of the deployment's content. */
export interface ResultContent {
  partner?: PartnerSection;
  linkUrls?: Readonly<Partial<Record<LinkId, string>>>;
  reviewDue?: true;
}

export function resultContent(content: DeploymentContent | undefined, locale: LocaleTag, row: OutcomeRow): ResultContent | undefined {
  if (!content) return undefined;
  const partner = partnerSection(content.overlay, locale, row);
  const linkUrls = content.overlay?.linkUrls;
  const reviewDue = content.reviewDue.has(row);
  if (!partner && !linkUrls && !reviewDue) return undefined;
  const result: ResultContent = {};
  if (partner) result.partner = partner;
  if (linkUrls) result.linkUrls = linkUrls;
  if (reviewDue) result.reviewDue = true;
  return result;
}
