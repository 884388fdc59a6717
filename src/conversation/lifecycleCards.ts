// The cards of a transfer request once made (its status, and Cancel while it is pending) and of a
// done card's second thoughts: cancelling a pending transfer request, turning on a relationship's
// automatic extension. Each confirmation says what happens before anything is sent. Every word from
// the catalog. Pure.
import type { Catalog } from '../domain/textCatalog';
import type { AdaptiveCard } from './cards';
import { CustomerView, button, card, checkedAtText, customerFacts, facts, opening } from './cardParts';

export type LifecycleView =
  /** `cancellable`: Partner Center last reported it pending, so the card offers to cancel it. */
  | {
      view: 'transferDone';
      cardId: string;
      customer: CustomerView;
      transferId: string;
      status: string;
      checkedAt?: string;
      cancellable?: boolean;
      problem?: string;
    }
  | { view: 'transferCancel'; cardId: string; customer: CustomerView; transferId: string; status: string; problem?: string }
  | { view: 'gdapExtend'; cardId: string; customer: CustomerView; relationshipId: string; problem?: string };

/** A transfer's status as the partner reads it; a status Microsoft adds later is shown as it comes. */
export function transferStatusText(c: Catalog, status: string): string {
  return Object.hasOwn(c.actions.transferStatuses, status) ? (c.actions.transferStatuses as Record<string, string>)[status]! : status;
}

export function lifecycleCard(view: LifecycleView, c: Catalog): { card: AdaptiveCard; summary: string } {
  const a = c.actions;
  switch (view.view) {
    case 'transferDone':
      return card(
        [
          ...opening(a.titles.transferDone, a.steps.transferIntro, view.problem),
          facts([
            ...customerFacts(c, view.customer),
            [a.fields.requestId, view.transferId],
            [a.fields.status, transferStatusText(c, view.status)],
            ...(view.checkedAt ? ([[a.checkedAt, checkedAtText(view.checkedAt, c)]] as [string, string][]) : []),
          ]),
        ],
        [
          button(a.buttons.checkStatus, 'startTransfer', 'status', view.cardId),
          ...(view.cancellable ? [button(a.buttons.cancelTransfer, 'startTransfer', 'cancelTransfer', view.cardId)] : []),
        ],
        `${a.titles.transferDone} ${view.transferId}: ${transferStatusText(c, view.status)}`,
      );
    case 'transferCancel':
      return card(
        [
          ...opening(a.titles.transferCancel, a.steps.confirmCancelTransfer, view.problem),
          facts([...customerFacts(c, view.customer), [a.fields.requestId, view.transferId], [a.fields.status, transferStatusText(c, view.status)]]),
        ],
        [
          button(a.buttons.cancelTransfer, 'startTransfer', 'confirm', view.cardId, {}, 'positive'),
          button(a.buttons.keepTransfer, 'startTransfer', 'cancel', view.cardId),
        ],
        a.titles.transferCancel,
      );
    case 'gdapExtend':
      return card(
        [
          ...opening(a.titles.gdapExtend, a.steps.confirmExtend, view.problem),
          facts([...customerFacts(c, view.customer), [a.fields.relationshipId, view.relationshipId]]),
        ],
        [button(a.buttons.autoExtend, 'requestGdap', 'confirm', view.cardId, {}, 'positive'), button(a.buttons.cancel, 'requestGdap', 'cancel', view.cardId)],
        a.titles.gdapExtend,
      );
  }
}
