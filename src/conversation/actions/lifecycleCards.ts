// The cards of a transfer request once made (its status, and Cancel while it is pending) and of a
// done card's second thoughts: cancelling a pending transfer request, turning on a relationship's
// automatic extension. Each confirmation says what happens before anything is sent. View models
// for the facts card's template (cards/actions/facts.json), every word from the catalog. Pure.
import type { Catalog } from '../../domain/textCatalog';
import type { AdaptiveCard } from '../cards/cards';
import type { ActionButtons } from './actionCards';
import { ActionClickData, Button, CustomerView, actionButton, checkedAtText, customerFacts, factsOf, laidOut } from '../cards/cardModels';
import { FACTS, FactsModel } from './requestCards';

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

/** The card of a lifecycle step; `buttons` lays its buttons out (actionCard's adds Sign out). */
export function lifecycleCard(
  view: LifecycleView,
  c: Catalog,
  buttons: (list: Button<ActionClickData>[]) => ActionButtons = laidOut,
): { card: AdaptiveCard; summary: string } {
  const a = c.actions;
  const opening = (title: string, intro: string): Pick<FactsModel, 'title' | 'intro' | 'problem'> => ({ title, intro, problem: view.problem || null });
  switch (view.view) {
    case 'transferDone': {
      const rows: [string, string][] = [
        [a.fields.requestId, view.transferId],
        [a.fields.status, transferStatusText(c, view.status)],
      ];
      if (view.checkedAt) rows.push([a.checkedAt, checkedAtText(view.checkedAt, c)]);
      const model: FactsModel = {
        ...opening(a.titles.transferDone, a.steps.transferIntro),
        facts: [...customerFacts(c, view.customer), ...factsOf(rows)],
        ...buttons([
          actionButton(a.buttons.checkStatus, 'startTransfer', 'status', view.cardId),
          ...(view.cancellable ? [actionButton(a.buttons.cancelTransfer, 'startTransfer', 'cancelTransfer', view.cardId)] : []),
        ]),
      };
      return { card: FACTS.render(model), summary: `${a.titles.transferDone} ${view.transferId}: ${transferStatusText(c, view.status)}` };
    }
    case 'transferCancel': {
      const model: FactsModel = {
        ...opening(a.titles.transferCancel, a.steps.confirmCancelTransfer),
        facts: [
          ...customerFacts(c, view.customer),
          ...factsOf([
            [a.fields.requestId, view.transferId],
            [a.fields.status, transferStatusText(c, view.status)],
          ]),
        ],
        ...buttons([
          actionButton(a.buttons.cancelTransfer, 'startTransfer', 'confirm', view.cardId, 'positive'),
          actionButton(a.buttons.keepTransfer, 'startTransfer', 'cancel', view.cardId),
        ]),
      };
      return { card: FACTS.render(model), summary: a.titles.transferCancel };
    }
    case 'gdapExtend': {
      const model: FactsModel = {
        ...opening(a.titles.gdapExtend, a.steps.confirmExtend),
        facts: [...customerFacts(c, view.customer), ...factsOf([[a.fields.relationshipId, view.relationshipId]])],
        ...buttons([
          actionButton(a.buttons.autoExtend, 'requestGdap', 'confirm', view.cardId, 'positive'),
          actionButton(a.buttons.cancel, 'requestGdap', 'cancel', view.cardId),
        ]),
      };
      return { card: FACTS.render(model), summary: a.titles.gdapExtend };
    }
  }
}
