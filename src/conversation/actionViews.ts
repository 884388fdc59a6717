// The view of each action card's step, from its record: what the partner sees after every click.
// Pure: the host renders it (actionCards.ts) and sends it through the one reply path.
import { ActionFailure, ActionKind, GDAP_DURATIONS } from '../domain/actions';
import { Catalog } from '../domain/content';
import { LocaleTag } from '../domain/locales';
import { ActionInputs } from './actionClicks';
import { ActionView } from './actionCards';
import { ActionRecord } from './actionRecords';
import { OfferedRoleSet, allRoles, roleSetChoices, roleSetRoles } from './roleSets';
import { failureText } from './actionTexts';

/** A card, or a line alone (a cancelled card). */
export type Shown = { view: ActionView } | { text: string };

export interface ViewContext {
  c: Catalog;
  locale: LocaleTag;
  /** The role sets the GDAP card offers (Microsoft's, then the partner's overlay). */
  sets: readonly OfferedRoleSet[];
}

export function viewOf(r: ActionRecord, cardId: string, ctx: ViewContext): Shown {
  switch (r.stage) {
    case 'cancelled':
      return { text: ctx.c.actions.steps.cancelled };
    case 'form':
      return formView(r, cardId, {}, ctx);
    case 'review':
      return { view: reviewView(r, cardId, r.kind === 'requestGdap' ? roleSetRoles(ctx.sets, r.choice.roleSet) : [], ctx) };
    case 'done':
      switch (r.kind) {
        case 'invitationLink':
          return { view: { view: 'invitation', cardId, url: r.url, messageLocale: r.messageLocale } };
        case 'requestGdap': {
          const checked = r.status && r.checkedAt !== undefined ? { checked: { status: r.status, at: new Date(r.checkedAt).toISOString() } } : {};
          const { relationshipId, approvalUrl, messageLocale } = r;
          return { view: { view: 'gdapDone', cardId, customer: r.customer, relationshipId, approvalUrl, messageLocale, ...checked } };
        }
        case 'startTransfer':
          return {
            view: {
              view: 'transferDone',
              cardId,
              customer: r.customer,
              transferId: r.transferId,
              status: r.status,
              ...(r.checkedAt !== undefined ? { checkedAt: new Date(r.checkedAt).toISOString() } : {}),
            },
          };
      }
  }
}

type Reviewing = Extract<ActionRecord, { stage: 'review' }>;
type Forming = Extract<ActionRecord, { stage: 'form' }>;

export function reviewView(r: Reviewing, cardId: string, selected: readonly string[], ctx: ViewContext, problem?: string): ActionView {
  const extra = problem ? { problem } : {};
  if (r.kind === 'requestGdap') {
    const { duration, autoExtend } = r.choice;
    return { view: 'gdapReview', cardId, customer: r.customer, roles: allRoles(ctx.sets), selected, duration, autoExtend, ...extra };
  }
  const t = r.typed;
  return {
    ...extra,
    view: 'transferReview',
    cardId,
    customer: r.customer,
    currentPartner: t.currentPartner,
    currentPartnerName: t.currentPartnerName,
    customerEmail: t.customerEmail,
    ...(t.partnerOnRecord ? { partnerOnRecord: t.partnerOnRecord } : {}),
  };
}

/** The form again, with what the partner typed and what is wrong with it. */
export function formView(r: Forming | Reviewing, cardId: string, inputs: ActionInputs, ctx: ViewContext, problem?: string): Shown {
  const extra = problem ? { problem } : {};
  if (r.kind === 'requestGdap') {
    const values = {
      roleSet: r.choice.roleSet,
      duration: r.choice.duration ?? GDAP_DURATIONS[0],
      autoExtend: r.choice.autoExtend,
      ...(inputs.customer ? { customer: inputs.customer } : {}),
    };
    return { view: { view: 'gdapForm', cardId, roleSets: roleSetChoices(ctx.sets), values, ...extra } };
  }
  const asks = r.partnerType === 'indirectProvider' ? { askPartnerOnRecord: true } : {};
  return { view: { view: 'transferForm', cardId, values: inputs, ...asks, ...extra } };
}

export type Retry = Extract<ActionView, { view: 'failed' }>['retry'];

export function failedView(c: Catalog, kind: ActionKind, failure: ActionFailure, retry: Retry): Shown {
  // A refusal of who the partner is (sign-in, MFA, role) needs them, not another click; the rest may pass.
  const noRetry = failure.kind === 'forbidden' || failure.kind === 'notFound';
  return { view: { view: 'failed', kind, message: failureText(c, failure), ...(noRetry || !retry ? {} : { retry }) } };
}
