// The cards of a GDAP relationship's access assignments, once the customer approved it: pick
// security groups of the partner's own tenant (searched by the start of their name), the
// relationship's roles for each, confirm, and the assignments made with their status (pending,
// then active). View models for their templates in cards/actions/, every word from the catalog;
// names as plain text. Pure.
import assignFormTemplate from '../../../cards/actions/assignForm.json';
import assignReviewTemplate from '../../../cards/actions/assignReview.json';
import assignedTemplate from '../../../cards/actions/assigned.json';
import type { Catalog } from '../../domain/textCatalog';
import { format } from '../../domain/textCatalog';
import type { ActionButtons, RoleChoice } from './actionCards';
import {
  ActionClickData,
  Button,
  Choice,
  CustomerView,
  Fact,
  RolesChoice,
  actionButton,
  checkedAtText,
  customerFacts,
  factsOf,
  laidOut,
  plainText,
  rolesChoice,
  stepButtons,
} from '../cards/cardModels';
import { AdaptiveCard, CardTemplate } from '../cards/cards';
import { AccessProgress, GroupWarning, STUCK_PENDING_HOURS } from '../../domain/accessAssignments';

export type AssignView =
  | { view: 'assignForm'; cardId: string; customer: CustomerView; groups: readonly { id: string; name: string }[]; search?: string; problem?: string }
  | {
      view: 'assignReview';
      cardId: string;
      customer: CustomerView;
      /** Each picked group with the relationship's roles to choose from, those chosen (its template's at first), and what Graph said of it. */
      picks: readonly {
        name: string;
        roles: readonly RoleChoice[];
        selected: readonly string[];
        facts: { memberCount?: number; owners?: readonly string[] };
        warnings: readonly GroupWarning[];
        templated: boolean;
      }[];
      problem?: string;
    }
  | {
      view: 'assigned';
      cardId: string;
      customer: CustomerView;
      relationshipId: string;
      assignments: readonly { groupId: string; groupName: string; roles: readonly string[]; status: string }[];
      /** Where the access stands: every assignment active, one failed or pending too long. */
      progress: AccessProgress;
      /** When Graph was last asked (ISO, UTC). */
      checkedAt?: string;
      problem?: string;
    };

/** An access assignment's status in the partner's language (Graph's delegatedAdminAccessAssignmentStatus); an unknown one as Graph says it. */
export function assignmentStatusText(c: Catalog, status: string): string {
  return Object.hasOwn(c.actions.assignmentStatuses, status) ? (c.actions.assignmentStatuses as Record<string, string>)[status]! : status;
}

interface Opening extends ActionButtons {
  title: string;
  intro: string;
  problem: string | null;
  facts: Fact[];
}

interface AssignFormModel extends Opening {
  /** The search box and its button, right under it rather than among the step's buttons below the list it fills. */
  search: { label: string; value: string | null; button: Button<ActionClickData> };
  /** The groups found to pick from, or what to say when none was. */
  groups: { label: string; none: string; choices: Choice[] };
}

interface AssignReviewModel extends Opening {
  /** Each picked group: its facts, its warnings, where its preselected roles came from, its roles to choose from. */
  picks: { facts: Fact[]; warnings: string[]; note: string; roles: RolesChoice }[];
}

interface AssignedModel extends Opening {
  assignments: { facts: Fact[] }[];
  /** A word when the access is all active, or needs the partner (an assignment failed, or pending too long). */
  progress: { text: string; color: 'Attention' | null } | null;
  /** The groups whose access can be removed (undo), to pick from. */
  removable: { label: string; choices: Choice[] };
}

const ASSIGN_FORM = new CardTemplate<AssignFormModel>('actions/assignForm', assignFormTemplate);
const ASSIGN_REVIEW = new CardTemplate<AssignReviewModel>('actions/assignReview', assignReviewTemplate);
const ASSIGNED = new CardTemplate<AssignedModel>('actions/assigned', assignedTemplate);

/** The card of an access assignment step; `buttons` lays its buttons out (actionCard's adds Sign out). */
export function assignCard(
  view: AssignView,
  c: Catalog,
  buttons: (list: Button<ActionClickData>[]) => ActionButtons = laidOut,
): { card: AdaptiveCard; summary: string } {
  const a = c.actions;
  const opening = (title: string, intro: string, rows: [string, string][] = []): Omit<Opening, keyof ActionButtons> => ({
    title,
    intro,
    problem: view.problem || null,
    facts: [...customerFacts(c, view.customer), ...factsOf(rows)],
  });
  switch (view.view) {
    case 'assignForm': {
      const model: AssignFormModel = {
        ...opening(a.titles.assignForm, a.steps.assignIntro),
        search: { label: a.fields.groupSearch, value: view.search || null, button: actionButton(a.buttons.search, 'requestGdap', 'search', view.cardId) },
        groups: {
          label: a.fields.securityGroups,
          none: format(a.problems.noGroupsFound, { value: plainText(view.search ?? '') }),
          choices: view.groups.map((g) => ({ title: plainText(g.name), value: g.id })),
        },
        ...buttons(stepButtons(c, 'requestGdap', 'review', view.cardId)),
      };
      return { card: ASSIGN_FORM.render(model), summary: a.titles.assignForm };
    }
    case 'assignReview': {
      const model: AssignReviewModel = {
        ...opening(a.titles.assignConfirm, a.steps.confirmAssign),
        picks: view.picks.map((p, i) => ({
          ...pickFacts(c, p),
          roles: rolesChoice(`roles${i}`, format(a.fields.rolesFor, { group: plainText(p.name) }), p.roles, p.selected),
        })),
        ...buttons(stepButtons(c, 'requestGdap', 'confirm', view.cardId)),
      };
      return { card: ASSIGN_REVIEW.render(model), summary: a.titles.assignConfirm };
    }
    case 'assigned': {
      const live = view.assignments.filter(canRemove);
      const model: AssignedModel = {
        ...opening(a.titles.assigned, a.steps.assignedIntro, [
          [a.fields.relationshipId, view.relationshipId],
          ...(view.checkedAt ? ([[a.checkedAt, checkedAtText(view.checkedAt, c)]] as [string, string][]) : []),
        ]),
        assignments: view.assignments.map((x) => ({
          facts: factsOf([
            [a.fields.securityGroup, plainText(x.groupName)],
            [a.fields.roles, x.roles.join(c.separators.list)],
            [a.fields.status, assignmentStatusText(c, x.status)],
          ]),
        })),
        progress: progressLine(c, view.progress),
        removable: { label: a.access.removeGroups, choices: live.map((g) => ({ title: plainText(g.groupName), value: g.groupId })) },
        ...buttons([
          actionButton(a.buttons.checkStatus, 'requestGdap', 'status', view.cardId),
          actionButton(a.buttons.assignAccess, 'requestGdap', 'assign', view.cardId),
          ...(live.length > 0 ? [actionButton(a.access.remove, 'requestGdap', 'undo', view.cardId)] : []),
        ]),
      };
      const summary = `${a.titles.assigned}: ${view.assignments.map((x) => `${plainText(x.groupName)} (${assignmentStatusText(c, x.status)})`).join(c.separators.list)}`;
      return { card: ASSIGNED.render(model), summary };
    }
  }
}

type Pick = Extract<AssignView, { view: 'assignReview' }>['picks'][number];

/** A picked group's members and owners as Graph counted them, its warnings, and where its preselected roles came from. */
function pickFacts(c: Catalog, p: Pick): { facts: Fact[]; warnings: string[]; note: string } {
  const x = c.actions.access;
  const group = plainText(p.name);
  const owners = p.facts.owners === undefined ? x.unknown : p.facts.owners.length === 0 ? x.noOwners : p.facts.owners.map(plainText).join(c.separators.list);
  return {
    facts: factsOf([
      [c.actions.fields.securityGroup, group],
      [x.members, p.facts.memberCount === undefined ? x.unknown : String(p.facts.memberCount)],
      [x.owners, owners],
    ]),
    warnings: p.warnings.map((w) => format(w === 'empty' ? x.emptyGroup : x.notMember, { group })),
    note: format(p.templated ? x.fromTemplate : x.noTemplate, { group }),
  };
}

function progressLine(c: Catalog, progress: AccessProgress): AssignedModel['progress'] {
  const x = c.actions.access;
  if (progress === 'active') return { text: x.allActive, color: null };
  if (progress === 'failed') return { text: x.failed, color: 'Attention' };
  if (progress === 'stuck') return { text: format(x.stuck, { hours: STUCK_PENDING_HOURS }), color: 'Attention' };
  return null;
}

const canRemove = (x: { status: string }): boolean => x.status !== 'deleting' && x.status !== 'deleted';
