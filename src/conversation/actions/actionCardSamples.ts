// Every card of the Partner Center actions, the follow-ups, My cases and the team's view once, under
// a stable name, for the card gallery (scripts/cards-preview.ts) beside the advisor's own
// (scripts/lib/cardCatalog.ts): their templates are expanded from typed views of their own, not from
// the advisor's replies, so they have a list of their own. Pure.
import { catalogFor, format } from '../../domain/textCatalog';
import type { LocaleTag } from '../../domain/locales';
import { ActionView, actionCard, withExample } from './actionCards';
import { failureText } from './actionTexts';
import { allRoles, offeredRoleSets, roleSetChoices, roleSetRoles } from './roleSets';
import type { AdaptiveCard } from '../cards/cards';
import { followUpCard, type FollowUpView } from '../followUps/followUpCards';
import { caseItemCard, caseListCard, privateListCard } from '../followUps/caseListCards';
import { teamScreen } from '../team/teamCards';
import { openItem, type FollowUp } from '../../domain/cases';
import type { PlannedAssignment } from '../../domain/assignOnApproval';
import { plannedViews } from './actionViews';

export interface ActionCardSample {
  /** Stable and safe as a file name. */
  name: string;
  /** One line for reviewers: when the bot sends this card. */
  description: string;
  card(locale: LocaleTag): AdaptiveCard;
}

const CARD_ID = 'sample0001';
const CUSTOMER = { companyName: 'Contoso Ltd', tenantId: '3d8f2a61-4b7c-4e1a-9f0d-2c5b6a7e8f90', domain: 'contoso.onmicrosoft.com' };
const INVITATION_URL =
  'https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=7b3f1c2a-5d4e-4f60-9a8b-1c2d3e4f5a6b&msppId=0&DAP=false#/BillingAccounts/partner-invitation';
const RELATIONSHIP_ID = '5e8a1b2c-3d4f-4a5b-8c6d-7e8f9a0b1c2d-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
/** Security groups of a partner's tenant, as Graph names them. */
const GROUPS = [
  { id: '6f1d2c3b-0a9e-4d8f-8b7a-1c2d3e4f5a61', name: 'Helpdesk agents' },
  { id: '7a2e3d4c-1b0f-4e9a-9c8b-2d3e4f5a6b72', name: 'Helpdesk leads' },
];
/** Assign on approval: the template naming Helpdesk agents by object id, with the roles a request holds. */
const READERS = '88d8e3e3-8f55-4a1e-953a-9b9898b8876b';
const HELPDESK = '729827e3-9c14-49f7-bb1b-9608f156bbb8';
const PLAN: PlannedAssignment[] = [{ groupId: GROUPS[0]!.id, groupName: GROUPS[0]!.name, roleIds: [READERS, HELPDESK] }];
const TRANSFER_FORM = {
  customer: 'contoso.onmicrosoft.com',
  customerEmail: 'admin@contoso.com',
  currentPartner: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  currentPartnerName: 'Fourth Coffee',
};

/** The GDAP card once the relationship is made and locked; the approved one adds what Check status found. */
function gdapDone(locale: LocaleTag): Extract<ActionView, { view: 'gdapDone' }> {
  return {
    view: 'gdapDone',
    cardId: CARD_ID,
    customer: CUSTOMER,
    relationshipId: RELATIONSHIP_ID,
    approvalUrl: `https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/${RELATIONSHIP_ID}`,
    messageLocale: locale,
  };
}

const sets = (locale: LocaleTag) => offeredRoleSets(catalogFor(locale), locale, undefined);

/** The GDAP request's confirmation: the sample customer and the Microsoft 365 support roles. */
function gdapReview(locale: LocaleTag): Extract<ActionView, { view: 'gdapReview' }> {
  return {
    view: 'gdapReview',
    cardId: CARD_ID,
    customer: CUSTOMER,
    roles: allRoles(sets(locale)),
    selected: roleSetRoles(sets(locale), 'm365Support'),
    duration: 'P730D',
    autoExtend: false,
  };
}

function sample(name: string, description: string, view: (locale: LocaleTag) => ActionView): ActionCardSample {
  return { name, description, card: (locale) => actionCard(view(locale), catalogFor(locale)).card };
}

export function actionCardSamples(): ActionCardSample[] {
  return [
    sample('action-invitation', 'Invitation link action: the link and the message for the customer', (locale) => ({
      view: 'invitation',
      cardId: CARD_ID,
      url: INVITATION_URL,
      messageLocale: locale,
    })),
    sample('action-gdap-form', 'Request GDAP: the customer, role set, duration and extension', (locale) => ({
      view: 'gdapForm',
      cardId: CARD_ID,
      roleSets: roleSetChoices(sets(locale)),
      values: { roleSet: 'm365Support', duration: 'P730D', autoExtend: false },
    })),
    sample('action-gdap-form-problem', 'Request GDAP: the form again when the customer was not found', (locale) => ({
      view: 'gdapForm',
      cardId: CARD_ID,
      roleSets: roleSetChoices(sets(locale)),
      values: { customer: 'contoso.example', roleSet: 'm365Support', duration: 'P730D', autoExtend: false },
      problem: format(catalogFor(locale).actions.problems.customerNotFound, { value: 'contoso.example' }),
    })),
    sample(
      'action-gdap-form-on-approval',
      'Request GDAP where the deployment offers assign on approval: the choice, and what the templates give',
      (locale) => ({
        view: 'gdapForm',
        cardId: CARD_ID,
        roleSets: roleSetChoices(sets(locale)),
        values: { roleSet: 'm365Support', duration: 'P730D', autoExtend: false, assignOnApproval: true },
        onApproval: plannedViews(PLAN, { c: catalogFor(locale), sets: sets(locale) }),
      }),
    ),
    sample('action-gdap-review-on-approval', 'Request GDAP: the confirmation of a request that assigns on approval, with what it will assign', (locale) => ({
      ...gdapReview(locale),
      onApproval: plannedViews(PLAN, { c: catalogFor(locale), sets: sets(locale) }),
    })),
    sample('action-gdap-review', 'Request GDAP: the confirmation, with the customer found and the roles', gdapReview),
    sample('action-gdap-done', "Request GDAP: created and locked; the customer's approval link and message", (locale) => gdapDone(locale)),
    sample(
      'action-gdap-active',
      'Request GDAP: the customer approved (active), with Assign access and the button that turns automatic extension on',
      (locale) => ({
        ...gdapDone(locale),
        checked: { status: 'active', at: '2026-11-24T18:05:00.000Z' },
        assignable: true,
        extendable: true,
      }),
    ),
    sample('action-assign-form', "Assign access: the partner's security groups, searched by name", () => ({
      view: 'assignForm',
      cardId: CARD_ID,
      customer: CUSTOMER,
      groups: GROUPS,
      search: 'Helpdesk',
    })),
    sample('action-assign-review', "Assign access: the confirmation, the relationship's roles for each group", (locale) => ({
      view: 'assignReview',
      cardId: CARD_ID,
      customer: CUSTOMER,
      // The first group named by a template, counted and owned; the second empty, and the signer not in it.
      picks: GROUPS.map((g, i) => ({
        name: g.name,
        roles: allRoles(sets(locale)),
        selected: i === 0 ? roleSetRoles(sets(locale), 'm365Support') : [],
        facts: i === 0 ? { memberCount: 6, owners: ['Megan Bowen'] } : { memberCount: 0, owners: [] },
        warnings: i === 0 ? [] : (['empty', 'signerNotMember'] as const),
        templated: i === 0,
      })),
    })),
    sample('action-assign-done', 'Assign access: one access assignment per group, pending then active, and Check status', (locale) => ({
      view: 'assigned',
      cardId: CARD_ID,
      customer: CUSTOMER,
      relationshipId: RELATIONSHIP_ID,
      progress: 'pending',
      assignments: GROUPS.map((g, i) => ({
        groupId: g.id,
        groupName: g.name,
        roles: allRoles(sets(locale))
          .slice(0, 2)
          .map((r) => r.name),
        status: i === 0 ? 'active' : 'pending',
      })),
      checkedAt: '2026-11-24T18:05:00.000Z',
    })),
    sample('action-transfer-form', 'Transfer action, its form: the customer and the current partner', (locale) => ({
      view: 'transferForm',
      cardId: CARD_ID,
      values: {},
      problem: withExample(catalogFor(locale).actions.problems.customerFormat),
    })),
    sample('action-transfer-review', 'Transfer action, its confirmation', () => ({
      view: 'transferReview',
      cardId: CARD_ID,
      customer: CUSTOMER,
      currentPartner: TRANSFER_FORM.currentPartner,
      currentPartnerName: TRANSFER_FORM.currentPartnerName,
      customerEmail: TRANSFER_FORM.customerEmail,
    })),
    sample('action-transfer-done', 'Transfer action, done: its id and status, a button to check it again, and Cancel request while it is pending', () => ({
      view: 'transferDone',
      cardId: CARD_ID,
      customer: CUSTOMER,
      transferId: '43fb1d3a-79fe-45a9-863e-9a4acf17b630',
      status: 'Active',
      cancellable: true,
    })),
    sample('action-transfer-cancel', 'Cancel a pending transfer request: what it does, Cancel request or Keep it', () => ({
      view: 'transferCancel',
      cardId: CARD_ID,
      customer: CUSTOMER,
      transferId: '43fb1d3a-79fe-45a9-863e-9a4acf17b630',
      status: 'Active',
    })),
    sample('action-gdap-extend', "Turn on a relationship's automatic extension: what it does, and the Global Administrator rule", () => ({
      view: 'gdapExtend',
      cardId: CARD_ID,
      customer: CUSTOMER,
      relationshipId: RELATIONSHIP_ID,
    })),
    sample('action-failed-forbidden', 'An action refused for a missing role (403): what to do', (locale) => ({
      view: 'failed',
      kind: 'startTransfer',
      message: failureText(catalogFor(locale), { kind: 'forbidden', missing: 'adminAgent' }),
    })),
    followUp('follow-up-approved', 'Follow-up: the customer approved the GDAP request, with Assign access', 'approved', 'gdapApproval'),
    followUp(
      'follow-up-approved-assigned',
      'Follow-up: the customer approved a GDAP request that assigns on approval; what was assigned as the partner, pending',
      'approved',
      'gdapApproval',
      {
        onApproval: {
          plan: PLAN,
          outcome: { assigned: [{ id: 'sample-assignment', ...PLAN[0]!, groupName: 'Helpdesk agents', status: 'pending' }], leftAlone: [], notMade: [] },
        },
      },
    ),
    followUp(
      'follow-up-approved-not-assigned',
      "Follow-up: the customer approved a GDAP request that was to assign on approval, but the partner's sign-in had expired; what the templates give, with Assign access",
      'approved',
      'gdapApproval',
      { onApproval: { plan: PLAN, outcome: { notAssigned: 'expired' } } },
    ),
    followUp('follow-up-transfer-complete', 'Follow-up: the transfer is complete, with the steps after it', 'completed', 'transfer'),
    followUp(
      'follow-up-not-approved-yet',
      'Reminder: a GDAP request not approved after 7 days, with the buttons to be reminded later or no more',
      'notApprovedYet',
      'gdapApproval',
    ),
    followUp('follow-up-gdap-expired', 'Follow-up: a GDAP request not approved within 90 days, with Start again', 'expired', 'gdapApproval'),
    followUp(
      'follow-up-ends-soon',
      'Reminder: a relationship ends in 30 days with auto-extend off, with buttons to turn automatic extension on or request GDAP again',
      'endsSoon',
      'gdapApproval',
      { autoExtend: 'offer' },
    ),
    followUp('follow-up-transfer-cancelled', 'Follow-up: a transfer request cancelled in Partner Center, with Start again', 'cancelled', 'transfer'),
    {
      name: 'my-cases',
      description: 'My cases: the partner’s open items, newest first, each with Open',
      card: (locale) => caseListCard({ items: SAMPLE_ITEMS, now: SAMPLE_NOW }, catalogFor(locale), locale).card,
    },
    {
      name: 'my-cases-item',
      description: 'My cases: an item opened from another chat, where its own card is not at hand',
      card: (locale) => caseItemCard(SAMPLE_ITEMS[0]!, SAMPLE_NOW, catalogFor(locale), locale, { elsewhere: true, conversation: 'Contoso onboarding' }).card,
    },
    {
      name: 'my-cases-private',
      description: 'My cases asked in a shared Teams chat: the line everyone sees; the asker’s client shows their own list',
      card: (locale) => privateListCard(catalogFor(locale), 'sample-owner', 'Megan Bowen').card,
    },
    {
      name: 'team-cases',
      description: 'The team’s cases: the open items of the partner’s tenant with their owners, Hand over, the next page and this chat’s view',
      card: (locale) => teamCard(locale, { card: 'team', scope: 'team', items: SAMPLE_TEAM, total: 12, next: 'sample-cursor' }),
    },
    {
      name: 'team-hand-over',
      description: 'Hand over an item: the colleagues to pick from, a page at a time, and Back',
      card: (locale) => teamCard(locale, { card: 'people', item: SAMPLE_TEAM[0]!, people: SAMPLE_PEOPLE, page: 0, more: true }),
    },
    sample('action-failed-throttled', 'An action throttled (429): when to try again, and Try again', (locale) => ({
      view: 'failed',
      kind: 'startTransfer',
      message: failureText(catalogFor(locale), { kind: 'throttled', retryAfterSeconds: 30 }),
      retry: { step: 'confirm', cardId: CARD_ID },
    })),
  ];
}

/** What a follow-up sample adds: the auto-extend offer, or what assign on approval did. */
type FollowUpExtra = Pick<FollowUpView, 'autoExtend' | 'onApproval'>;

/** When the gallery's follow-ups and cases are looked at: a fixed day, so every preview reads alike. */
const SAMPLE_NOW = Date.UTC(2026, 10, 24, 9, 0, 0);
const DAY = 24 * 60 * 60 * 1000;
const CASE_CUSTOMER = { tenantId: CUSTOMER.tenantId, name: CUSTOMER.companyName, domain: CUSTOMER.domain };

function followUp(name: string, description: string, which: FollowUp, kind: 'gdapApproval' | 'transfer', extra: FollowUpExtra = {}): ActionCardSample {
  const createdAt = SAMPLE_NOW - 7 * DAY;
  const deadline = createdAt + (kind === 'transfer' ? 30 : 90) * DAY;
  return {
    name,
    description,
    card: (locale) =>
      followUpCard(
        {
          followUp: which,
          kind,
          itemId: `${kind}:${RELATIONSHIP_ID}`,
          customer: CASE_CUSTOMER,
          createdAt,
          deadline,
          now: SAMPLE_NOW,
          ...extra,
        },
        catalogFor(locale),
        locale,
      ).card,
  };
}

const SAMPLE_ITEMS = [
  { kind: 'transfer' as const, objectId: '43fb1d3a-79fe-45a9-863e-9a4acf17b630', days: 2 },
  { kind: 'gdapApproval' as const, objectId: RELATIONSHIP_ID, days: 9 },
].map(({ kind, objectId, days }) =>
  openItem(
    { kind, objectId, customer: CASE_CUSTOMER, owner: { id: 'sample-owner' }, locale: 'en-US', cardId: CARD_ID, conversation: {}, shared: false },
    SAMPLE_NOW - days * DAY,
    DAY,
  ),
);

/** The team's items: the sample items, one of them handed to a named colleague. */
const SAMPLE_TEAM = SAMPLE_ITEMS.map((item, i) => (i === 0 ? { ...item, owner: { id: 'sample-owner', name: 'Megan Bowen' } } : item));
const SAMPLE_PEOPLE = [
  {
    key: 'aad:sample:alex',
    ref: '0123456789abcdef',
    name: 'Alex Wilber',
    channelId: 'msteams',
    userId: 'sample-alex',
    conversation: {},
    locale: 'en-US' as const,
    seenAt: 0,
  },
  {
    key: 'aad:sample:adele',
    ref: 'fedcba9876543210',
    name: 'Adele Vance',
    channelId: 'msteams',
    userId: 'sample-adele',
    conversation: {},
    locale: 'en-US' as const,
    seenAt: 0,
  },
];

/** A team screen as Teams shows it (Universal Actions). */
function teamCard(locale: LocaleTag, screen: Parameters<typeof teamScreen>[0]): AdaptiveCard {
  const shown = teamScreen(screen, catalogFor(locale), { now: SAMPLE_NOW, locale, execute: true });
  if ('text' in shown) throw new Error('a team sample is a card');
  return shown.card;
}
