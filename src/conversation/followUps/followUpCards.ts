// The messages that follow a case: what the other side did (the customer approved the GDAP request,
// accepted the reseller relationship; the transfer completed), what ran out, and the reminders, each
// with the next step as a button. A button's data names only the open item and the step: the server
// reads the item and acts for its owner alone. A view model for the template cards/cases/followUp.json.
// Pure: the host sends them (src/hosting/cases).
import followUpTemplate from '../../../cards/cases/followUp.json';
import type { CaseCustomer, CaseKind, FollowUp } from '../../domain/cases';
import type { TransferProducts } from '../../domain/actions';
import { formatDate, formatRelativeDays, format, type Catalog } from '../../domain/textCatalog';
import type { LocaleTag } from '../../domain/locales';
import { isRecord } from '../../domain/records';
import { AdaptiveCard, CardTemplate } from '../cards/cards';
import { Button, ButtonLayout, Fact, factsOf, laidOut, plainText } from '../cards/cardModels';
import type { PlannedAssignment } from '../../domain/assignOnApproval';
import type { ApprovalOutcome } from './approvalAssignMachine';
import { assignmentStatusText } from '../actions/assignCards';

/** The `action` of every follow-up button's data (the verb of its Action.Execute in Teams). */
export const FOLLOW_UP_ACTION = 'followUp';

/**
 * assign: the GDAP card's Assign access; requestGdap / startAgain: a new GDAP (or transfer) form for
 * the customer; autoExtend: a card that turns the relationship's automatic extension on.
 */
export const FOLLOW_UP_STEPS = ['assign', 'requestGdap', 'startAgain', 'remindAgain', 'stopReminding', 'autoExtend'] as const;
export type FollowUpStep = (typeof FOLLOW_UP_STEPS)[number];

export interface FollowUpClick {
  item: string;
  step: FollowUpStep;
}

/** An item id as cases.ts makes it: kind, colon, the object's id (bounded, no spaces). */
const ITEM_ID = /^(gdapApproval|resellerAcceptance|transfer):[A-Za-z0-9_.:-]{1,256}$/;

export const isFollowUpClickData = (data: unknown): boolean => isRecord(data) && data.action === FOLLOW_UP_ACTION;

/** The click, or undefined when the data is not a well-formed follow-up click. */
export function readFollowUpClick(data: unknown): FollowUpClick | undefined {
  if (!isRecord(data) || data.action !== FOLLOW_UP_ACTION) return undefined;
  const step = FOLLOW_UP_STEPS.find((s) => s === data.step);
  const item = typeof data.item === 'string' && ITEM_ID.test(data.item) ? data.item : undefined;
  return step && item ? { item, step } : undefined;
}

/** What a follow-up card shows: the message earned, the item's kind, customer and dates. */
export interface FollowUpView {
  followUp: FollowUp;
  kind: CaseKind;
  itemId: string;
  customer: CaseCustomer;
  createdAt: number;
  deadline: number;
  now: number;
  /** Before a relationship's end: whether turning auto-extend on is open to the partner (not with Global Administrator). */
  autoExtend?: 'offer' | 'globalAdministrator' | 'already';
  /** An expiry of a relationship the customer had approved: the access ended, it was not a request left unapproved (D10). */
  ended?: boolean;
  /** A completed transfer's products: the Azure RBAC note only for Azure plan subscriptions; none known (an item kept before): the cautious wording. */
  products?: TransferProducts;
  /** An approval whose request asked to assign access from the templates: what was assigned, or why nothing was, and the plan. */
  onApproval?: { outcome: ApprovalOutcome; plan: readonly PlannedAssignment[] };
}

const DAY = 24 * 60 * 60 * 1000;

const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The customer as the card names it: its name, or its domain, or its tenant ID. */
export const customerName = (customer: CaseCustomer): string => plainText(customer.name || customer.domain || customer.tenantId);

type TitleKey = keyof Catalog['followUps']['titles'];
type AfterKey = 'afterTransfer' | 'afterAzureTransfer' | 'afterLicenceTransfer';
type TextKey = Exclude<keyof Catalog['followUps']['texts'], AfterKey>;

/**
 * What comes after a completed transfer: for Azure plan subscriptions, that no Azure RBAC or AOBO
 * comes with them while the previous partner keeps its Azure RBAC (D14, review 5.4); for licences,
 * no Azure note; for an item kept before its products were recorded, the note "for Azure subscriptions".
 */
export const afterTransferKey = (products: TransferProducts | undefined): AfterKey =>
  products === 'azurePlan' ? 'afterAzureTransfer' : products === 'licences' ? 'afterLicenceTransfer' : 'afterTransfer';

/** Which title and text a follow-up of a kind takes. */
function wordsOf(view: FollowUpView): { title: TitleKey; text: TextKey } {
  const { followUp, kind } = view;
  switch (followUp) {
    case 'approved':
    case 'completed':
    case 'notApprovedYet':
    case 'accessFailed':
    case 'accessStuck':
      return { title: followUp, text: followUp };
    case 'accepted':
      return { title: view.customer.name || view.customer.domain ? 'accepted' : 'acceptedUnnamed', text: 'accepted' };
    case 'terminated':
      return { title: 'gdapTerminated', text: 'gdapTerminated' };
    case 'cancelled':
      return { title: 'transferCancelled', text: 'transferCancelled' };
    case 'expired':
      if (kind === 'transfer') return { title: 'transferExpired', text: 'transferExpired' };
      return view.ended ? { title: 'gdapEnded', text: 'gdapEnded' } : { title: 'gdapExpired', text: 'gdapExpired' };
    case 'endsSoon':
      return { title: 'gdapEndsSoon', text: view.autoExtend === 'globalAdministrator' ? 'gdapEndsSoonGlobalAdministrator' : 'gdapEndsSoon' };
    case 'expiresSoon':
      return kind === 'transfer' ? { title: 'transferExpiresSoon', text: 'transferExpiresSoon' } : { title: 'gdapExpiresSoon', text: 'gdapExpiresSoon' };
  }
}

/** The next steps a follow-up offers: before a relationship's end, turning auto-extend on where Microsoft allows it. */
export function stepsOf(followUp: FollowUp, autoExtend?: FollowUpView['autoExtend']): FollowUpStep[] {
  switch (followUp) {
    case 'approved':
    case 'accessFailed':
    case 'accessStuck':
      return ['assign'];
    case 'endsSoon':
      return autoExtend === 'offer' ? ['autoExtend', 'requestGdap'] : ['requestGdap'];
    case 'accepted':
    case 'completed':
      return ['requestGdap'];
    case 'expired':
    case 'terminated':
    case 'cancelled':
      return ['startAgain'];
    case 'notApprovedYet':
    case 'expiresSoon':
      return ['remindAgain', 'stopReminding'];
  }
}

/** What a follow-up's button sends: the open item and the step, nothing more. */
interface FollowUpClickData {
  action: typeof FOLLOW_UP_ACTION;
  item: string;
  step: FollowUpStep;
}

interface FollowUpModel extends ButtonLayout<Button<FollowUpClickData>> {
  title: string;
  text: string;
  /** After a completed transfer, the numbered steps that come next. */
  steps: string[];
  /** The customer as the item knows it (none known: no facts). */
  facts: Fact[];
}

const FOLLOW_UP = new CardTemplate<FollowUpModel>('cases/followUp', followUpTemplate);

function followUpButton(c: Catalog, itemId: string, step: FollowUpStep): Button<FollowUpClickData> {
  const titles: Record<FollowUpStep, string> = {
    assign: c.actions.buttons.assignAccess,
    requestGdap: c.actions.names.requestGdap,
    startAgain: c.followUps.buttons.startAgain,
    remindAgain: c.followUps.buttons.remindAgain,
    stopReminding: c.followUps.buttons.stopReminding,
    autoExtend: c.actions.buttons.autoExtend,
  };
  const positive = step === 'assign' || step === 'requestGdap' || step === 'startAgain' || step === 'autoExtend';
  return { title: titles[step], style: positive ? 'positive' : null, data: { action: FOLLOW_UP_ACTION, item: itemId, step } };
}

/** The follow-up's card and its one-line summary (the title: what a notification shows). */
export function followUpCard(view: FollowUpView, c: Catalog, locale: LocaleTag): { card: AdaptiveCard; summary: string } {
  const words = wordsOf(view);
  const vars = {
    customer: customerName(view.customer),
    ago: formatRelativeDays(-Math.max(0, Math.round((view.now - view.createdAt) / DAY)), locale),
    when: formatRelativeDays(Math.max(0, Math.round((view.deadline - view.now) / DAY)), locale),
    deadline: formatDate(isoDay(view.deadline), locale),
  };
  const title = format(c.followUps.titles[words.title], vars);
  const rows: [string, string][] = [];
  if (view.customer.name) rows.push([c.actions.fields.company, plainText(view.customer.name)]);
  if (view.customer.domain) rows.push([c.actions.fields.domain, plainText(view.customer.domain)]);
  if (view.customer.tenantId) rows.push([c.actions.fields.tenantId, view.customer.tenantId]);
  const assigned = view.followUp === 'approved' && view.onApproval ? onApprovalLines(view.onApproval, c) : undefined;
  const model: FollowUpModel = {
    title,
    text: assigned?.text ?? format(c.followUps.texts[words.text], vars),
    steps: assigned?.lines ?? (view.followUp === 'completed' ? c.followUps.texts[afterTransferKey(view.products)].map((step, i) => `${i + 1}. ${step}`) : []),
    facts: factsOf(rows),
    ...laidOut(stepsOf(view.followUp, view.autoExtend).map((step) => followUpButton(c, view.itemId, step))),
  };
  return { card: FOLLOW_UP.render(model), summary: title };
}

/**
 * An approval that was to assign access from the templates: what was assigned (each group with its
 * roles and status, one left alone or not made said so, then what follows), or the approval's own
 * text with why nothing was assigned and what the templates give, for Assign access.
 */
function onApprovalLines(on: NonNullable<FollowUpView['onApproval']>, c: Catalog): { text: string; lines: string[] } {
  const roleNames = (ids: readonly string[]): string => ids.map((id) => (c.actions.roleNames as Record<string, string>)[id] ?? id).join(c.separators.list);
  const t = c.followUps.texts;
  if ('notAssigned' in on.outcome) {
    const planned = on.plan.map((p) => format(c.actions.access.planLine, { group: plainText(p.groupName ?? p.groupId), roles: roleNames(p.roleIds) }));
    return { text: t.approved, lines: [c.followUps.notAssigned[on.outcome.notAssigned], t.templatesGive, ...planned] };
  }
  const { assigned, leftAlone, notMade } = on.outcome;
  const rolesOf = (groupId: string): readonly string[] => on.plan.find((p) => p.groupId === groupId)?.roleIds ?? [];
  const lines = [
    ...assigned.map((a) => format(t.assignedLine, { group: plainText(a.groupName), roles: roleNames(a.roleIds), status: assignmentStatusText(c, a.status) })),
    ...leftAlone.map((l) => format(c.actions.access[l.verdict], { group: plainText(l.groupName), roles: roleNames(l.roleIds) })),
    ...notMade.map((n) => format(t.notMadeLine, { group: plainText(n.groupName), roles: roleNames(rolesOf(n.groupId)) })),
  ];
  return { text: assigned.length > 0 ? t.approvedAssigned : t.approved, lines: assigned.length > 0 ? [...lines, t.assignedAfter] : lines };
}
