// The view of each action card's step, from its record: what the partner sees after every click.
// Pure: the host renders it (actionCards.ts) and sends it through the one reply path.
import { ActionFailure, ActionKind, GDAP_DURATIONS } from '../../domain/actions';
import { Catalog } from '../../domain/textCatalog';
import { LocaleTag } from '../../domain/locales';
import { ActionInputs } from './actionClicks';
import { ActionView, CustomerView, RoleChoice } from './actionCards';
import { ActionRecord, Assigning, isAssigning } from './actionRecords';
import { OfferedRoleSet, allRoles, offeredRoleSets, roleSetChoices, roleSetRoles } from './roleSets';
import { failureText } from './actionTexts';
import { accessProgress, ASSIGNMENT_TEMPLATES, groupWarnings } from '../../domain/accessAssignments';
import type { DeploymentContent } from '../../domain/deploymentContent';
import { isPendingTransfer } from '../../domain/partnerCenterStatus';
import type { AssignmentTemplate } from '../../domain/accessAssignments';
import { approvalPlan, approvalTemplates, type PlannedAssignment } from '../../domain/assignOnApproval';
import type { PlannedView } from './actionCards';

/** A card, or a line alone (a cancelled card). */
export type Shown = { view: ActionView } | { text: string };

export interface ViewContext {
  c: Catalog;
  locale: LocaleTag;
  /** The role sets the GDAP card offers (Microsoft's, then the partner's overlay). */
  sets: readonly OfferedRoleSet[];
  /** The templates that may assign on approval, where the deployment offers it (ASSIGN_ON_APPROVAL). */
  onApproval?: readonly AssignmentTemplate[];
}

/**
 * What a step's card is drawn with: the language, the role sets offered (Microsoft's, then the
 * partner's overlay's) and, where the deployment assigns on approval (ASSIGN_ON_APPROVAL), the
 * templates that name their group by id.
 */
export function viewContextOf(c: Catalog, locale: LocaleTag, content: DeploymentContent | undefined, assignOnApproval = false): ViewContext {
  const onApproval = assignOnApproval ? { onApproval: approvalTemplates(ASSIGNMENT_TEMPLATES) } : {};
  return { c, locale, sets: offeredRoleSets(c, locale, content), ...onApproval };
}

/** A plan's groups and their roles by name, as the cards and messages list them. */
export function plannedViews(plan: readonly PlannedAssignment[], ctx: Pick<ViewContext, 'c' | 'sets'>): PlannedView[] {
  const names = new Map(allRoles(ctx.sets).map((r) => [r.id, r.name]));
  const catalog = ctx.c.actions.roleNames as Record<string, string>;
  return plan.map((p) => ({ group: p.groupName ?? p.groupId, roles: p.roleIds.map((id) => catalog[id] ?? names.get(id) ?? id) }));
}

/** A role's name as the offered role sets name it; a role no set names, by its id. */
export function roleChoices(ids: readonly string[], ctx: ViewContext): RoleChoice[] {
  const names = new Map(allRoles(ctx.sets).map((r) => [r.id, r.name]));
  return ids.map((id) => ({ id, name: names.get(id) ?? id }));
}

/** The access assignment steps' views; `selected` per pick on a review shown again with what was chosen. */
export function assignView(r: Assigning, cardId: string, ctx: ViewContext, problem?: string, selected?: readonly string[][]): ActionView {
  const extra = problem ? { problem } : {};
  const customer = r.customer;
  switch (r.stage) {
    case 'assignForm':
      return { view: 'assignForm', cardId, customer, groups: r.groups, ...(r.search ? { search: r.search } : {}), ...extra };
    case 'assignReview': {
      const roles = roleChoices(r.roleIds, ctx);
      return {
        view: 'assignReview',
        cardId,
        customer,
        picks: r.picks.map((p, i) => ({
          name: p.name,
          roles,
          selected: selected?.[i] ?? p.roleIds,
          facts: { memberCount: p.memberCount, owners: p.owners },
          warnings: groupWarnings(p),
          templated: p.templated === true,
        })),
        ...extra,
      };
    }
    case 'assigned': {
      const assignments = r.assignments.map((x) => ({
        groupId: x.groupId,
        groupName: x.groupName,
        roles: roleChoices(x.roleIds, ctx).map((n) => n.name),
        status: x.status,
      }));
      const at = r.checkedAt !== undefined ? { checkedAt: new Date(r.checkedAt).toISOString() } : {};
      // Stuck is judged at the last look at Graph: a card shows what was true when it was checked.
      const progress = accessProgress(r.assignments, r.checkedAt ?? 0);
      return { view: 'assigned', cardId, customer, relationshipId: r.relationshipId, assignments, progress, ...at, ...extra };
    }
  }
}

export function viewOf(r: ActionRecord, cardId: string, ctx: ViewContext): Shown {
  if (isAssigning(r)) return { view: assignView(r, cardId, ctx) };
  switch (r.stage) {
    case 'cancelled':
      return { text: ctx.c.actions.steps.cancelled };
    case 'cancelReview':
      return { view: { view: 'transferCancel', cardId, customer: r.customer, transferId: r.transferId, status: r.status } };
    case 'extendReview':
      return { view: { view: 'gdapExtend', cardId, customer: r.customer, relationshipId: r.relationshipId } };
    case 'form':
      return formView(r, cardId, {}, ctx);
    case 'review':
      return { view: reviewView(r, cardId, r.kind === 'requestGdap' ? roleSetRoles(ctx.sets, r.choice.roleSet) : [], ctx) };
    case 'done':
      switch (r.kind) {
        case 'invitationLink':
          return { view: { view: 'invitation', cardId, url: r.url, messageLocale: r.messageLocale, ...(r.named ? { named: r.named } : {}) } };
        case 'requestGdap': {
          const checked = r.status && r.checkedAt !== undefined ? { checked: { status: r.status, at: new Date(r.checkedAt).toISOString() } } : {};
          const { relationshipId, approvalUrl, messageLocale } = r;
          // Active: access can be assigned, and automatic extension turned on unless Graph said it is on.
          const assignable = r.status === 'active' ? { assignable: true, ...(r.autoExtends ? {} : { extendable: true }) } : {};
          const extend = r.autoExtends !== undefined ? { autoExtends: r.autoExtends } : {};
          const planned = r.assignOnApproval ? { onApproval: plannedViews(r.assignOnApproval, ctx) } : {};
          return {
            view: {
              view: 'gdapDone',
              cardId,
              customer: r.customer,
              relationshipId,
              approvalUrl,
              messageLocale,
              ...checked,
              ...assignable,
              ...extend,
              ...planned,
            },
          };
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
              ...(isPendingTransfer(r.status) ? { cancellable: true } : {}),
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
    // Asked on the form: what the templates would assign of the roles preselected here (Confirm plans it with the roles then chosen).
    const planned = r.choice.assignOnApproval && ctx.onApproval ? { onApproval: plannedViews(approvalPlan(ctx.onApproval, selected), ctx) } : {};
    return { view: 'gdapReview', cardId, customer: r.customer, roles: allRoles(ctx.sets), selected, duration, autoExtend, ...planned, ...extra };
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
/** `matches`: the customers that match what was typed, to choose from. */
export function formView(
  r: Forming | Reviewing,
  cardId: string,
  inputs: ActionInputs,
  ctx: ViewContext,
  problem?: string,
  matches?: readonly CustomerView[],
): Shown {
  const extra = { ...(problem ? { problem } : {}), ...(matches ? { matches } : {}) };
  if (r.kind === 'requestGdap') {
    const values = {
      roleSet: r.choice.roleSet,
      duration: r.choice.duration ?? GDAP_DURATIONS[0],
      autoExtend: r.choice.autoExtend,
      ...(r.choice.assignOnApproval ? { assignOnApproval: true } : {}),
      ...(inputs.customer ? { customer: inputs.customer } : {}),
    };
    // Offered where the deployment allows it and a template names its group by id: every such template's roles, as they stand.
    const offer = ctx.onApproval && ctx.onApproval.length > 0 ? { onApproval: plannedViews(approvalPlan(ctx.onApproval, everyRole(ctx.onApproval)), ctx) } : {};
    return { view: { view: 'gdapForm', cardId, roleSets: roleSetChoices(ctx.sets), values, ...offer, ...extra } };
  }
  const asks = r.partnerType === 'indirectProvider' ? { askPartnerOnRecord: true } : {};
  // An Azure-plan transfer (G4) moves the subscriptions into the customer's Azure plan with this partner: it must exist first (D13).
  const azurePlan = r.row === 'G4' ? { azurePlan: true } : {};
  return { view: { view: 'transferForm', cardId, values: inputs, ...asks, ...azurePlan, ...extra } };
}

/** Every role the templates name (the form lists each template whole, before any role is chosen). */
const everyRole = (templates: readonly AssignmentTemplate[]): string[] => templates.flatMap((t) => t.roles.map((r) => r.roleDefinitionId));

export type Retry = Extract<ActionView, { view: 'failed' }>['retry'];

export function failedView(c: Catalog, kind: ActionKind, failure: ActionFailure, retry: Retry): Shown {
  // A refusal of who the partner is (sign-in, MFA, role) needs them, not another click; the rest may pass.
  const noRetry = failure.kind === 'forbidden' || failure.kind === 'notFound';
  return { view: { view: 'failed', kind, message: failureText(c, failure), ...(noRetry || !retry ? {} : { retry }) } };
}

/**
 * Where a step's answer goes. A line is the invoke's answer, and is sent as a message too unless
 * the click is answered in place (Teams). A card takes the clicked one's place where the click is
 * answered in place and the card stands for it (`replaces`); else it is sent as a message, and the
 * click answered with a short line that it opened.
 */
export type Placement = { line: string; send: boolean } | { inPlace: ActionView } | { sent: true };

export function placementOf(shown: Shown, inPlace: boolean, replaces: boolean): Placement {
  if ('text' in shown) return { line: shown.text, send: !inPlace };
  return inPlace && replaces ? { inPlace: shown.view } : { sent: true };
}
