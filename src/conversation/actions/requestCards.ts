// The cards of a GDAP request and of a transfer request, as view models for their templates in
// cards/actions/: the form, the confirmation, and the GDAP request once made (its approval link
// and status). Every word from the catalog; names as plain text. Pure.
import gdapFormTemplate from '../../../cards/actions/gdapForm.json';
import gdapReviewTemplate from '../../../cards/actions/gdapReview.json';
import gdapDoneTemplate from '../../../cards/actions/gdapDone.json';
import transferFormTemplate from '../../../cards/actions/transferForm.json';
import factsTemplate from '../../../cards/actions/facts.json';
import { GDAP_DURATIONS, GdapDuration } from '../../domain/actions';
import type { Catalog } from '../../domain/textCatalog';
import type { AdaptiveCard } from '../cards/cards';
import { CardTemplate } from '../cards/cards';
import type { ActionInputs } from './actionClicks';
import type { ActionButtons, ActionView } from './actionCards';
import {
  ActionClickData,
  Button,
  Choice,
  CustomerMatches,
  Fact,
  LanguagePicker,
  RolesChoice,
  actionButton,
  checkedAtText,
  customerFacts,
  customerMatches,
  factsOf,
  languagePicker,
  plainText,
  problemUnlessMatches,
  rolesChoice,
  stepButtons,
} from '../cards/cardModels';
import { EXAMPLE_DOMAIN, customerMessage, gdapStatusText, tenantProblem, withExample } from './actionTexts';

/** A text input's words and what was typed in it (none: no value). */
interface TextInput {
  label: string;
  errorMessage: string;
  value: string | null;
}

interface FormOpening extends ActionButtons {
  title: string;
  intro: string;
  problem: string | null;
  /** When the sign-in comes: at Continue, the first call to Partner Center (actionClicks.signsInAtStart). */
  signInNote: string;
  customer: TextInput & { placeholder: string };
  matches: CustomerMatches | null;
}

interface GdapFormModel extends FormOpening {
  roleSet: { label: string; value: string; choices: Choice[] };
  duration: { label: string; value: GdapDuration; choices: Choice[] };
  autoExtend: { title: string; value: 'true' | 'false' };
}

interface TransferFormModel extends FormOpening {
  /** An Azure-plan transfer: the customer's Azure plan with this partner comes first. */
  azurePlanFirst: string | null;
  customerEmail: TextInput;
  currentPartner: TextInput;
  currentPartnerName: TextInput;
  partnerOnRecord: TextInput | null;
}

/** A card of a heading, what to do, what went wrong if anything, and facts: a confirmation, a request made. */
export interface FactsModel extends ActionButtons {
  title: string;
  intro: string;
  problem: string | null;
  facts: Fact[];
}

interface GdapReviewModel extends FactsModel {
  roles: RolesChoice;
}

interface GdapDoneModel extends FactsModel {
  message: string;
  language: LanguagePicker;
}

const GDAP_FORM = new CardTemplate<GdapFormModel>('actions/gdapForm', gdapFormTemplate);
const GDAP_REVIEW = new CardTemplate<GdapReviewModel>('actions/gdapReview', gdapReviewTemplate);
const GDAP_DONE = new CardTemplate<GdapDoneModel>('actions/gdapDone', gdapDoneTemplate);
const TRANSFER_FORM = new CardTemplate<TransferFormModel>('actions/transferForm', transferFormTemplate);
export const FACTS = new CardTemplate<FactsModel>('actions/facts', factsTemplate);

type RequestView = Extract<ActionView, { view: 'gdapForm' | 'gdapReview' | 'gdapDone' | 'transferForm' | 'transferReview' }>;

/** The card of a GDAP or transfer request's step; `buttons` lays its buttons out (with Sign out). */
export function requestCard(
  view: RequestView,
  c: Catalog,
  buttons: (list: Button<ActionClickData>[]) => ActionButtons,
): { card: AdaptiveCard; summary: string } {
  const a = c.actions;
  const yesNo = (on: boolean): string => (on ? a.fields.yes : a.fields.no);
  switch (view.view) {
    case 'gdapForm': {
      const model: GdapFormModel = {
        ...formOpening(c, a.titles.gdapForm, view, view.values.customer),
        roleSet: { label: a.fields.roleSet, value: view.values.roleSet, choices: view.roleSets.map((s) => ({ title: s.name, value: s.id })) },
        duration: { label: a.fields.duration, value: view.values.duration, choices: GDAP_DURATIONS.map((d) => ({ title: a.durations[d], value: d })) },
        autoExtend: { title: a.fields.autoExtend, value: view.values.autoExtend ? 'true' : 'false' },
        ...buttons(stepButtons(c, 'requestGdap', 'review', view.cardId)),
      };
      return { card: GDAP_FORM.render(model), summary: a.titles.gdapForm };
    }
    case 'gdapReview': {
      const model: GdapReviewModel = {
        title: a.titles.gdapConfirm,
        intro: a.steps.confirmGdap,
        problem: view.problem || null,
        facts: [
          ...customerFacts(c, view.customer),
          ...factsOf([
            [a.fields.duration, a.durations[view.duration]],
            [a.fields.autoExtend, yesNo(view.autoExtend)],
          ]),
        ],
        roles: rolesChoice('roles', a.fields.roles, view.roles, view.selected),
        ...buttons(stepButtons(c, 'requestGdap', 'confirm', view.cardId)),
      };
      return { card: GDAP_REVIEW.render(model), summary: a.titles.gdapConfirm };
    }
    case 'gdapDone': {
      const checked = view.checked;
      const rows: [string, string][] = [[a.fields.relationshipId, view.relationshipId]];
      if (checked) rows.push([a.fields.status, gdapStatusText(c, checked.status)], [a.checkedAt, checkedAtText(checked.at, c)]);
      if (view.autoExtends !== undefined) rows.push([a.fields.autoExtend, yesNo(view.autoExtends)]);
      const model: GdapDoneModel = {
        title: a.titles.gdapDone,
        intro: a.steps.approvalIntro,
        problem: view.problem || null,
        facts: [...customerFacts(c, view.customer), ...factsOf(rows)],
        message: customerMessage('approval', view.messageLocale, view.approvalUrl),
        language: languagePicker(c, view.messageLocale),
        ...buttons([
          actionButton(a.buttons.showMessage, 'requestGdap', 'messageLanguage', view.cardId),
          actionButton(a.buttons.checkStatus, 'requestGdap', 'status', view.cardId),
          ...(view.assignable ? [actionButton(a.buttons.assignAccess, 'requestGdap', 'assign', view.cardId, 'positive')] : []),
          ...(view.extendable ? [actionButton(a.buttons.autoExtend, 'requestGdap', 'autoExtend', view.cardId)] : []),
        ]),
      };
      return { card: GDAP_DONE.render(model), summary: `${a.titles.gdapDone}: ${view.approvalUrl}` };
    }
    case 'transferForm': {
      const input = (id: keyof ActionInputs, label: string, errorMessage: string): TextInput => ({ label, errorMessage, value: typed(view.values[id]) });
      const model: TransferFormModel = {
        ...formOpening(c, a.titles.transferForm, view, view.values.customer),
        azurePlanFirst: view.azurePlan ? a.steps.azurePlanFirst : null,
        customerEmail: input('customerEmail', a.fields.customerEmail, a.problems.emailFormat),
        currentPartner: input('currentPartner', a.fields.currentPartner, tenantProblem(c)),
        currentPartnerName: input('currentPartnerName', a.fields.currentPartnerName, a.problems.required),
        partnerOnRecord: view.askPartnerOnRecord ? input('partnerOnRecord', a.fields.partnerOnRecord, a.problems.partnerIdFormat) : null,
        ...buttons(stepButtons(c, 'startTransfer', 'review', view.cardId)),
      };
      return { card: TRANSFER_FORM.render(model), summary: a.titles.transferForm };
    }
    case 'transferReview': {
      const rows: [string, string][] = [
        [a.fields.customerEmail, plainText(view.customerEmail)],
        [a.fields.currentPartnerName, plainText(view.currentPartnerName)],
        [a.fields.currentPartner, view.currentPartner],
      ];
      if (view.partnerOnRecord) rows.push([a.fields.partnerOnRecord, view.partnerOnRecord]);
      const model: FactsModel = {
        title: a.titles.transferConfirm,
        intro: a.steps.confirmTransfer,
        problem: view.problem || null,
        facts: [...customerFacts(c, view.customer), ...factsOf(rows)],
        ...buttons(stepButtons(c, 'startTransfer', 'confirm', view.cardId)),
      };
      return { card: FACTS.render(model), summary: a.titles.transferConfirm };
    }
  }
}

/** What was typed in a field, shown again; nothing typed: no value. */
const typed = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** A form's opening: its title, what to do, the problem (unless matches are offered), the sign-in note, the customer's field and its matches. */
function formOpening(
  c: Catalog,
  title: string,
  view: { problem?: string; matches?: Parameters<typeof customerMatches>[1] },
  customer: string | undefined,
): Omit<FormOpening, keyof ActionButtons> {
  const a = c.actions;
  return {
    title,
    intro: a.steps.formIntro,
    problem: problemUnlessMatches(view.problem, view.matches),
    signInNote: a.steps.signInAtContinue,
    customer: { label: a.fields.customer, placeholder: EXAMPLE_DOMAIN, errorMessage: withExample(a.problems.customerFormat), value: typed(customer) },
    matches: customerMatches(c, view.matches, view.problem),
  };
}
