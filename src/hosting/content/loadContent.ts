// The deployment's additions to the shipped content pack, worked out once at start-up: the
// partner's overlay (CONTENT_OVERLAY, checked: a bad one stops start-up with a line per problem)
// and the rows of the edition in force that are due for review (one warning, and /readyz says so).
import { createHash } from 'crypto';
import { statSync } from 'fs';
import * as path from 'path';
import { EditionId } from '../../domain/editions';
import type { DeploymentContent } from '../../domain/deploymentContent';
import { rowsDueForReview } from '../../domain/freshness';
import type { Overlay } from '../../domain/overlay';
import { policyEdition } from '../../domain/policy';
import { AppConfig, ConfigError } from '../../config';
import { Logger } from '../logging/logger';

export interface LoadedContent {
  content: DeploymentContent;
  /** For /readyz: the rows due for review, when there are any. */
  details?: Record<string, unknown>;
}

/** Today as an ISO date (UTC): review dates are days. */
export function isoToday(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function loadDeploymentContent(
  config: Pick<AppConfig, 'contentOverlay' | 'policyEdition' | 'policyReviewMaxAgeDays'>,
  logger: Logger,
  today = isoToday(),
): LoadedContent {
  const edition = config.policyEdition;
  const due = rowsDueForReview(policyEdition(edition), today, config.policyReviewMaxAgeDays);
  const content: DeploymentContent = { reviewDue: new Set(due) };
  if (config.contentOverlay) {
    const overlay = readOverlay(config.contentOverlay);
    content.overlay = overlay;
    content.overlayId = createHash('sha256').update(JSON.stringify(overlay)).digest('hex').slice(0, 12);
    checkCardBudget(content, edition, config.contentOverlay);
    logger.info({ overlay: config.contentOverlay, languages: Object.keys(overlay.languages) }, "the partner's own guidance is on (CONTENT_OVERLAY)");
  }
  if (due.length === 0) return { content };
  const reviewDue = { edition, rows: due, maxAgeDays: config.policyReviewMaxAgeDays };
  logger.warn(
    reviewDue,
    `Policy rows last reviewed more than ${config.policyReviewMaxAgeDays} days ago: ${due.join(', ')}. Their results say "review due" until a newer edition reviews them (docs/content.md).`,
  );
  return { content, details: { reviewDue } };
}

function readOverlay(location: string): Overlay {
  // Loaded only with an overlay: the check's validator (ajv and the schemas) costs start-up time.
  const { OverlayError, loadOverlay } = require('./loadOverlay') as typeof import('./loadOverlay');
  try {
    return loadOverlay(location);
  } catch (error) {
    if (error instanceof OverlayError) throw new ConfigError(`CONTENT_OVERLAY (${location}) is not valid:\n${error.lines.join('\n')}`);
    throw error;
  }
}

/** Every result with the overlay, measured against its channels' limits (conversation/cards/cardBudget.ts); a row over one stops start-up. */
function checkCardBudget(content: DeploymentContent, edition: EditionId, location: string): void {
  const { cardBudgetProblems } = require('../../conversation/cards/cardBudget') as typeof import('../../conversation/cards/cardBudget');
  const { formatProblems } = require('../../domain/contentPack') as typeof import('../../domain/contentPack');
  const problems = cardBudgetProblems(content, edition, path.basename(location), isDirectory(location));
  if (problems.length > 0) throw new ConfigError(`CONTENT_OVERLAY (${location}) makes results too big:\n${formatProblems(problems).join('\n')}`);
}

function isDirectory(location: string): boolean {
  try {
    return statSync(location).isDirectory();
  } catch {
    return false;
  }
}
