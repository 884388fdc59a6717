// The cards of a GDAP relationship's access assignments, once the customer approved it: pick
// security groups of the partner's own tenant (searched by the start of their name), the
// relationship's roles for each, confirm, and the assignments made with their status (pending,
// then active). Every word from the catalog; names as plain text. Pure.
import type { Catalog } from '../domain/textCatalog';
import { format } from '../domain/textCatalog';
import type { RoleChoice } from './actionCards';
import { CustomerView, Json, button, card, checkedAtText, customerFacts, facts, opening, plainText, rolesChoice, stepButtons, textBlock } from './cardParts';
import type { AdaptiveCard } from './cards';
import { AccessProgress, GroupWarning, STUCK_PENDING_HOURS } from '../domain/accessAssignments';

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

export function assignCard(view: AssignView, c: Catalog): { card: AdaptiveCard; summary: string } {
  const a = c.actions;
  switch (view.view) {
    case 'assignForm': {
      const groups: Json[] =
        view.groups.length === 0
          ? [textBlock(format(a.problems.noGroupsFound, { value: plainText(view.search ?? '') }), { id: 'no-groups' })]
          : [
              {
                type: 'Input.ChoiceSet',
                id: 'groups',
                label: a.fields.securityGroups,
                isMultiSelect: true,
                style: 'expanded',
                choices: view.groups.map((g) => ({ title: plainText(g.name), value: g.id })),
              },
            ];
      return card(
        [
          ...opening(a.titles.assignForm, a.steps.assignIntro, view.problem),
          facts(customerFacts(c, view.customer)),
          { type: 'Input.Text', id: 'groupSearch', label: a.fields.groupSearch, maxLength: 120, ...(view.search ? { value: view.search } : {}) },
          // Search right under its box, not among the step's buttons below the list it fills.
          { type: 'ActionSet', id: 'group-search', spacing: 'Small', actions: [button(a.buttons.search, 'requestGdap', 'search', view.cardId)] },
          ...groups,
        ],
        stepButtons(c, 'requestGdap', 'review', view.cardId),
        a.titles.assignForm,
      );
    }
    case 'assignReview':
      return card(
        [
          ...opening(a.titles.assignConfirm, a.steps.confirmAssign, view.problem),
          facts(customerFacts(c, view.customer)),
          ...view.picks.flatMap((p, i) => [
            ...pickFacts(c, p),
            rolesChoice(`roles${i}`, format(a.fields.rolesFor, { group: plainText(p.name) }), p.roles, p.selected),
          ]),
        ],
        stepButtons(c, 'requestGdap', 'confirm', view.cardId),
        a.titles.assignConfirm,
      );
    case 'assigned': {
      const rows = view.assignments.map((x) =>
        facts([
          [a.fields.securityGroup, plainText(x.groupName)],
          [a.fields.roles, x.roles.join(', ')],
          [a.fields.status, assignmentStatusText(c, x.status)],
        ]),
      );
      return card(
        [
          ...opening(a.titles.assigned, a.steps.assignedIntro, view.problem),
          facts([
            ...customerFacts(c, view.customer),
            [a.fields.relationshipId, view.relationshipId],
            ...(view.checkedAt ? ([[a.checkedAt, checkedAtText(view.checkedAt, c)]] as [string, string][]) : []),
          ]),
          ...rows,
          ...progressLine(c, view.progress),
          ...removable(c, view.assignments),
        ],
        [
          button(a.buttons.checkStatus, 'requestGdap', 'status', view.cardId),
          button(a.buttons.assignAccess, 'requestGdap', 'assign', view.cardId),
          ...(view.assignments.some(canRemove) ? [button(a.access.remove, 'requestGdap', 'undo', view.cardId)] : []),
        ],
        `${a.titles.assigned}: ${view.assignments.map((x) => `${plainText(x.groupName)} (${assignmentStatusText(c, x.status)})`).join(', ')}`,
      );
    }
  }
}

type Pick = Extract<AssignView, { view: 'assignReview' }>['picks'][number];

/** A picked group's members and owners as Graph counted them, its warnings, and where its preselected roles came from. */
function pickFacts(c: Catalog, p: Pick): Json[] {
  const x = c.actions.access;
  const group = plainText(p.name);
  const owners = p.facts.owners === undefined ? x.unknown : p.facts.owners.length === 0 ? x.noOwners : p.facts.owners.map(plainText).join(', ');
  return [
    facts([
      [c.actions.fields.securityGroup, group],
      [x.members, p.facts.memberCount === undefined ? x.unknown : String(p.facts.memberCount)],
      [x.owners, owners],
    ]),
    ...p.warnings.map((w) => textBlock(format(w === 'empty' ? x.emptyGroup : x.notMember, { group }), { color: 'Attention' })),
    textBlock(format(p.templated ? x.fromTemplate : x.noTemplate, { group }), { isSubtle: true }),
  ];
}

/** A word when the access is all active, or needs the partner (an assignment failed, or pending too long). */
function progressLine(c: Catalog, progress: AccessProgress): Json[] {
  const x = c.actions.access;
  if (progress === 'active') return [textBlock(x.allActive)];
  if (progress === 'failed') return [textBlock(x.failed, { color: 'Attention' })];
  if (progress === 'stuck') return [textBlock(format(x.stuck, { hours: STUCK_PENDING_HOURS }), { color: 'Attention' })];
  return [];
}

const canRemove = (x: { status: string }): boolean => x.status !== 'deleting' && x.status !== 'deleted';

/** The groups whose access can be removed (undo), to pick from. */
function removable(c: Catalog, assignments: Extract<AssignView, { view: 'assigned' }>['assignments']): Json[] {
  const live = assignments.filter(canRemove);
  if (live.length === 0) return [];
  return [
    {
      type: 'Input.ChoiceSet',
      id: 'groups',
      label: c.actions.access.removeGroups,
      isMultiSelect: true,
      style: 'expanded',
      choices: live.map((g) => ({ title: plainText(g.groupName), value: g.groupId })),
    },
  ];
}
