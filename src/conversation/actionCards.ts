// The cards of the Partner Center actions, built in code from typed views (they hold inputs whose
// choices depend on the deployment: role sets, languages), every word from the catalog. Buttons are
// Action.Submit with the data the host reads back (actionClicks.ts); channelFeatures.forChannel
// turns them into Universal Actions where the host has them. Pure.
import type { ActionKind, GdapDuration } from '../domain/actions';
import { GDAP_DURATIONS } from '../domain/actions';
import { availableLocales, Catalog, catalogFor, format } from '../domain/textCatalog';
import type { LocaleTag } from '../domain/locales';
import type { OutcomeRow } from '../domain/outcomes';
import { AdaptiveCard } from './cards';
import { ActionInputs, ActionStep } from './actionClicks';
import {
  CustomerView,
  Json,
  button,
  card,
  checkedAtText,
  customerFacts,
  customerMatches,
  facts,
  heading,
  opening,
  plainText,
  problemBlock,
  problemUnlessMatches,
  rolesChoice,
  stepButtons,
  textBlock,
  withOwnRow,
} from './cardParts';
import { AssignView, assignCard } from './assignCards';
import { LifecycleView, lifecycleCard } from './lifecycleCards';

export { WORD_JOINER, checkedAtText, customerFacts, plainText } from './cardParts';
export { transferStatusText } from './lifecycleCards';
export type { CustomerView } from './cardParts';

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

/** The language picker of a customer-facing message: every language the advisor speaks, by its own name. */
function languagePicker(c: Catalog, current: LocaleTag): Json {
  return {
    type: 'Input.ChoiceSet',
    id: 'messageLocale',
    label: c.actions.fields.messageLanguage,
    style: 'compact',
    value: current,
    choices: availableLocales().map((tag) => ({ title: catalogFor(tag).language.name, value: tag })),
  };
}

/** A customer-facing message in the language the partner picked, with the link in it. */
export function customerMessage(kind: 'invitation' | 'approval', locale: LocaleTag, url: string): string {
  return format(catalogFor(locale).actions.customerMessages[kind], { url });
}

/** A GDAP relationship's status in the partner's language (Graph's delegatedAdminRelationshipStatus); an unknown one as Graph says it. */
export function gdapStatusText(c: Catalog, status: string): string {
  return Object.hasOwn(c.actions.gdapStatuses, status) ? (c.actions.gdapStatuses as Record<string, string>)[status]! : status;
}

/** The example of a customer's domain the cards show: a name, the same in every language. */
export const EXAMPLE_DOMAIN = 'contoso.onmicrosoft.com';

/** A text that shows the example domain. */
export const withExample = (text: string): string => format(text, { example: EXAMPLE_DOMAIN });

/** What is wrong with the current partner's tenant ID, naming its field: the form's other fields are text too. */
export const tenantProblem = (c: Catalog): string => format(c.actions.problems.tenantFormat, { field: c.actions.fields.currentPartner });

/** A form's word on when the sign-in comes: at Continue, the first call to Partner Center (actionClicks.signsInAtStart). */
const signInNote = (c: Catalog): Json => textBlock(c.actions.steps.signInAtContinue, { id: 'sign-in-note', isSubtle: true, size: 'Small' });

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
  const rendered = stepCard(view, c);
  const kind = KIND_OF_VIEW[view.view];
  if (!kind || !('cardId' in view)) return rendered;
  return withOwnRow(rendered, button(c.actions.buttons.signOut, kind, 'signOut', view.cardId));
}

function stepCard(view: ActionView, c: Catalog): { card: AdaptiveCard; summary: string } {
  const a = c.actions;
  switch (view.view) {
    case 'invitation': {
      const message = customerMessage('invitation', view.messageLocale, view.url);
      return card(
        [
          heading(a.titles.invitation),
          textBlock(a.steps.invitationIntro),
          textBlock(message, { id: 'customer-message', fontType: 'Monospace' }),
          languagePicker(c, view.messageLocale),
          // An acceptance names only the customer: the invitation is followed once its customer is named here, never otherwise.
          ...(view.named
            ? [facts([[a.fields.customer, plainText(view.named)]]), textBlock(a.steps.invitationFollowed, { id: 'follow' })]
            : [
                textBlock(a.steps.invitationName, { id: 'follow' }),
                ...problemBlock(view.problem),
                { type: 'Input.Text', id: 'customer', label: a.fields.customer, placeholder: EXAMPLE_DOMAIN, maxLength: 253 },
              ]),
        ],
        [
          button(a.buttons.showMessage, 'invitationLink', 'messageLanguage', view.cardId),
          ...(view.named ? [] : [button(a.buttons.followCustomer, 'invitationLink', 'review', view.cardId)]),
        ],
        `${a.titles.invitation}: ${view.url}`,
      );
    }
    case 'gdapForm':
      return card(
        [
          ...opening(a.titles.gdapForm, a.steps.formIntro, problemUnlessMatches(view.problem, view.matches)),
          signInNote(c),
          {
            type: 'Input.Text',
            id: 'customer',
            label: a.fields.customer,
            placeholder: EXAMPLE_DOMAIN,
            isRequired: true,
            errorMessage: withExample(a.problems.customerFormat),
            maxLength: 253,
            ...(view.values.customer ? { value: view.values.customer } : {}),
          },
          ...customerMatches(c, view.matches, view.problem),
          {
            type: 'Input.ChoiceSet',
            id: 'roleSet',
            label: a.fields.roleSet,
            style: 'expanded',
            value: view.values.roleSet,
            choices: view.roleSets.map((s) => ({ title: s.name, value: s.id })),
          },
          {
            type: 'Input.ChoiceSet',
            id: 'duration',
            label: a.fields.duration,
            style: 'compact',
            value: view.values.duration,
            choices: GDAP_DURATIONS.map((d) => ({ title: a.durations[d], value: d })),
          },
          { type: 'Input.Toggle', id: 'autoExtend', title: a.fields.autoExtend, value: String(view.values.autoExtend), valueOn: 'true', valueOff: 'false' },
        ],
        stepButtons(c, 'requestGdap', 'review', view.cardId),
        a.titles.gdapForm,
      );
    case 'gdapReview':
      return card(
        [
          ...opening(a.titles.gdapConfirm, a.steps.confirmGdap, view.problem),
          facts([
            ...customerFacts(c, view.customer),
            [a.fields.duration, a.durations[view.duration]],
            [a.fields.autoExtend, view.autoExtend ? a.fields.yes : a.fields.no],
          ]),
          rolesChoice('roles', a.fields.roles, view.roles, view.selected),
        ],
        stepButtons(c, 'requestGdap', 'confirm', view.cardId),
        a.titles.gdapConfirm,
      );
    case 'gdapDone': {
      const message = customerMessage('approval', view.messageLocale, view.approvalUrl);
      return card(
        [
          heading(a.titles.gdapDone),
          ...problemBlock(view.problem),
          facts([
            ...customerFacts(c, view.customer),
            [a.fields.relationshipId, view.relationshipId],
            ...(view.checked
              ? ([
                  [a.fields.status, gdapStatusText(c, view.checked.status)],
                  [a.checkedAt, checkedAtText(view.checked.at, c)],
                ] as [string, string][])
              : []),
            ...(view.autoExtends !== undefined ? ([[a.fields.autoExtend, view.autoExtends ? a.fields.yes : a.fields.no]] as [string, string][]) : []),
          ]),
          textBlock(a.steps.approvalIntro),
          textBlock(message, { id: 'customer-message', fontType: 'Monospace' }),
          languagePicker(c, view.messageLocale),
        ],
        [
          button(a.buttons.showMessage, 'requestGdap', 'messageLanguage', view.cardId),
          button(a.buttons.checkStatus, 'requestGdap', 'status', view.cardId),
          ...(view.assignable ? [button(a.buttons.assignAccess, 'requestGdap', 'assign', view.cardId, {}, 'positive')] : []),
          ...(view.extendable ? [button(a.buttons.autoExtend, 'requestGdap', 'autoExtend', view.cardId)] : []),
        ],
        `${a.titles.gdapDone}: ${view.approvalUrl}`,
      );
    }
    case 'transferForm': {
      const field = (
        id: 'customer' | 'currentPartner' | 'currentPartnerName' | 'customerEmail' | 'partnerOnRecord',
        label: string,
        extra: Json = {},
      ): Json => ({
        type: 'Input.Text',
        id,
        label,
        isRequired: true,
        maxLength: 253,
        ...extra,
        ...(view.values[id] ? { value: view.values[id] } : {}),
      });
      return card(
        [
          ...opening(a.titles.transferForm, a.steps.formIntro, problemUnlessMatches(view.problem, view.matches)),
          signInNote(c),
          ...(view.azurePlan ? [textBlock(a.steps.azurePlanFirst, { id: 'azure-plan-first' })] : []),
          field('customer', a.fields.customer, { placeholder: EXAMPLE_DOMAIN, errorMessage: withExample(a.problems.customerFormat) }),
          ...customerMatches(c, view.matches, view.problem),
          field('customerEmail', a.fields.customerEmail, { style: 'Email', errorMessage: a.problems.emailFormat }),
          field('currentPartner', a.fields.currentPartner, { placeholder: '00000000-0000-0000-0000-000000000000', errorMessage: tenantProblem(c) }),
          field('currentPartnerName', a.fields.currentPartnerName, { errorMessage: a.problems.required }),
          ...(view.askPartnerOnRecord ? [field('partnerOnRecord', a.fields.partnerOnRecord, { maxLength: 10, errorMessage: a.problems.partnerIdFormat })] : []),
        ],
        stepButtons(c, 'startTransfer', 'review', view.cardId),
        a.titles.transferForm,
      );
    }
    case 'transferReview':
      return card(
        [
          ...opening(a.titles.transferConfirm, a.steps.confirmTransfer, view.problem),
          facts([
            ...customerFacts(c, view.customer),
            [a.fields.customerEmail, plainText(view.customerEmail)],
            [a.fields.currentPartnerName, plainText(view.currentPartnerName)],
            [a.fields.currentPartner, view.currentPartner],
            ...(view.partnerOnRecord ? [[a.fields.partnerOnRecord, view.partnerOnRecord] as [string, string]] : []),
          ]),
        ],
        stepButtons(c, 'startTransfer', 'confirm', view.cardId),
        a.titles.transferConfirm,
      );
    case 'failed': {
      const retry = view.retry;
      const more: Json = { ...(retry?.row ? { row: retry.row } : {}), ...(retry?.inputs ?? {}) };
      return card(
        [heading(a.titles.failed), textBlock(view.message, { id: 'failure' })],
        retry ? [button(a.buttons.tryAgain, view.kind, retry.step, retry.cardId, more)] : [],
        view.message,
      );
    }
    case 'transferDone':
    case 'transferCancel':
    case 'gdapExtend':
      return lifecycleCard(view, c);
    default:
      return assignCard(view, c);
  }
}
