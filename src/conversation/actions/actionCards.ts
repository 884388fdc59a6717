// The cards of the Partner Center actions: templates in cards/actions/, expanded with view models
// made from typed views (they hold inputs whose choices depend on the deployment: role sets,
// languages), every word from the catalog. Buttons are Action.Submit with the data the host reads
// back (actionClicks.ts); channelFeatures.forChannel turns them into Universal Actions where the
// host has them. This module makes the invitation's and a failure's; requestCards.ts, assignCards.ts
// and lifecycleCards.ts the others'. Pure.
import invitationTemplate from '../../../cards/actions/invitation.json';
import failedTemplate from '../../../cards/actions/failed.json';
import type { ActionKind, GdapDuration } from '../../domain/actions';
import type { Catalog } from '../../domain/textCatalog';
import type { LocaleTag } from '../../domain/locales';
import type { OutcomeRow } from '../../domain/outcomes';
import { AdaptiveCard, CardTemplate } from '../cards/cards';
import { ActionInputs, ActionStep } from './actionClicks';
import {
  ActionClickData,
  Button,
  ButtonLayout,
  CustomerView,
  Fact,
  LanguagePicker,
  actionButton,
  languagePicker,
  laidOut,
  plainText,
} from '../cards/cardModels';
import { EXAMPLE_DOMAIN, customerMessage } from './actionTexts';
import { requestCard } from './requestCards';
import { AssignView, assignCard } from './assignCards';
import { LifecycleView, lifecycleCard } from './lifecycleCards';

export { WORD_JOINER, plainText } from '../cards/cardModels';
export { EXAMPLE_DOMAIN, customerMessage, gdapStatusText, tenantProblem, withExample } from './actionTexts';
export { transferStatusText } from './lifecycleCards';
export type { CustomerView } from '../cards/cardModels';

export interface RoleChoice {
  id: string;
  name: string;
}

export interface RoleSetChoice {
  id: string;
  name: string;
  roleIds: readonly string[];
}

export type ActionView =
  /** `named`: the customer the link is for, once named (its acceptance is then followed); `problem`: what was typed instead. */
  | { view: 'invitation'; cardId: string; url: string; messageLocale: LocaleTag; named?: string; problem?: string }
  | {
      view: 'gdapForm';
      cardId: string;
      roleSets: readonly RoleSetChoice[];
      values: { customer?: string; roleSet: string; duration: GdapDuration; autoExtend: boolean };
      problem?: string;
      /** The customers matching what was typed, to choose from. */
      matches?: readonly CustomerView[];
    }
  | {
      view: 'gdapReview';
      cardId: string;
      customer: CustomerView;
      roles: readonly RoleChoice[];
      selected: readonly string[];
      duration: GdapDuration;
      autoExtend: boolean;
      problem?: string;
    }
  | {
      view: 'gdapDone';
      cardId: string;
      customer: CustomerView;
      relationshipId: string;
      approvalUrl: string;
      messageLocale: LocaleTag;
      /** The relationship's status when last checked, and when (ISO, UTC). */
      checked?: { status: string; at: string };
      /** The relationship is active: the card offers Assign access (and, unless it extends itself, Turn on automatic extension). */
      assignable?: boolean;
      extendable?: boolean;
      /** Whether it extends itself, as Graph last said. */
      autoExtends?: boolean;
      problem?: string;
    }
  /** `askPartnerOnRecord`: an indirect provider names the reseller the transferred items belong to. */
  | {
      view: 'transferForm';
      cardId: string;
      values: ActionInputs;
      askPartnerOnRecord?: boolean;
      /** An Azure-plan transfer: the customer's Azure plan with this partner comes first. */
      azurePlan?: boolean;
      problem?: string;
      matches?: readonly CustomerView[];
    }
  | {
      view: 'transferReview';
      cardId: string;
      customer: CustomerView;
      currentPartner: string;
      currentPartnerName: string;
      customerEmail: string;
      partnerOnRecord?: string;
      problem?: string;
    }
  /** An action that failed: what to do, and the click to try again with when that makes sense. */
  | { view: 'failed'; kind: ActionKind; message: string; retry?: { step: ActionStep; cardId?: string; row?: OutcomeRow; inputs?: ActionInputs } }
  | AssignView
  | LifecycleView;

/** The buttons of an action's card where its template puts them. */
export type ActionButtons = ButtonLayout<Button<ActionClickData>>;

interface InvitationModel extends ActionButtons {
  title: string;
  intro: string;
  message: string;
  language: LanguagePicker;
  /** The customer the link is for, once named. */
  named: Fact | null;
  follow: string;
  problem: string | null;
  customer: { label: string; placeholder: string };
}

interface FailedModel extends ActionButtons {
  title: string;
  message: string;
}

const INVITATION = new CardTemplate<InvitationModel>('actions/invitation', invitationTemplate);
const FAILED = new CardTemplate<FailedModel>('actions/failed', failedTemplate);

/** The card of an action's step, and its one-line summary (notifications, text-only clients). */
const KIND_OF_VIEW: Partial<Record<ActionView['view'], ActionKind>> = {
  invitation: 'invitationLink',
  gdapForm: 'requestGdap',
  gdapReview: 'requestGdap',
  gdapDone: 'requestGdap',
  assignForm: 'requestGdap',
  assignReview: 'requestGdap',
  assigned: 'requestGdap',
  transferForm: 'startTransfer',
  transferReview: 'startTransfer',
  transferDone: 'startTransfer',
  transferCancel: 'startTransfer',
  gdapExtend: 'requestGdap',
};

/**
 * An action's card; every step's card ends with Sign out (the partner's sign-in, through the token
 * service), in a row of its own: on a phone it is never pushed off the card by the step's buttons
 * (review 2026-11-25, A5), and it stays in sight on every host rather than in an overflow menu.
 */
export function actionCard(view: ActionView, c: Catalog): { card: AdaptiveCard; summary: string } {
  const kind = KIND_OF_VIEW[view.view];
  const signOut = kind && 'cardId' in view ? actionButton(c.actions.buttons.signOut, kind, 'signOut', view.cardId) : undefined;
  const buttons = (list: Button<ActionClickData>[]): ActionButtons => laidOut(list, signOut);
  const a = c.actions;
  switch (view.view) {
    case 'invitation': {
      const named = view.named ? { title: a.fields.customer, value: plainText(view.named) } : null;
      const model: InvitationModel = {
        title: a.titles.invitation,
        intro: a.steps.invitationIntro,
        message: customerMessage('invitation', view.messageLocale, view.url),
        language: languagePicker(c, view.messageLocale),
        // An acceptance names only the customer: the invitation is followed once its customer is named here, never otherwise.
        named,
        follow: named ? a.steps.invitationFollowed : a.steps.invitationName,
        problem: named ? null : view.problem || null,
        customer: { label: a.fields.customer, placeholder: EXAMPLE_DOMAIN },
        ...buttons([
          actionButton(a.buttons.showMessage, 'invitationLink', 'messageLanguage', view.cardId),
          ...(named ? [] : [actionButton(a.buttons.followCustomer, 'invitationLink', 'review', view.cardId)]),
        ]),
      };
      return { card: INVITATION.render(model), summary: `${a.titles.invitation}: ${view.url}` };
    }
    case 'failed': {
      const retry = view.retry;
      const again = retry && actionButton(a.buttons.tryAgain, view.kind, retry.step, retry.cardId);
      // The click to try again carries what the first one did (a copy: a rendered card is frozen).
      if (again && retry) Object.assign(again.data, retry.row ? { row: retry.row } : {}, structuredClone(retry.inputs ?? {}));
      const model: FailedModel = { title: a.titles.failed, message: view.message, ...laidOut(again ? [again] : []) };
      return { card: FAILED.render(model), summary: view.message };
    }
    case 'transferDone':
    case 'transferCancel':
    case 'gdapExtend':
      return lifecycleCard(view, c, buttons);
    case 'assignForm':
    case 'assignReview':
    case 'assigned':
      return assignCard(view, c, buttons);
    default:
      return requestCard(view, c, buttons);
  }
}
