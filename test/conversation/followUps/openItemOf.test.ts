// What an action card leaves to follow, from a table: a GDAP request sent waits for the customer's
// approval, a transfer request for its completion, an invitation link for an acceptance (matched
// only once the partner named the customer); what Check status already showed on the card counts
// as seen (Graph's `active`, TransferEntity's "Completed" or the UI's "complete"); a card that made
// nothing leaves nothing. And one person's open items are bounded.
import { strict as assert } from 'assert';
import type { ActionRecord } from '../../../src/conversation/actions/actionRecords';
import { openItem } from '../../../src/domain/cases';
import { afterKept, KeptFrom, MadeObject, namedLater, newItemOf, objectOf, openLimitReached, seenOnCard } from '../../../src/conversation/followUps/openItemOf';

const T0 = Date.UTC(2026, 10, 25, 9, 0, 0);
const HOUR = 3_600_000;
const common = { owner: { id: '29:owner', name: 'Alex Wilber' }, row: 'G1' as const, at: T0 };
const CUSTOMER = { companyName: 'Contoso Ltd', tenantId: '3d8f2a61-4b7c-4e1a-9f0d-2c5b6a7e8f90', domain: 'contoso.onmicrosoft.com' };
const CASE_CUSTOMER = { tenantId: CUSTOMER.tenantId, name: 'Contoso Ltd', domain: 'contoso.onmicrosoft.com' };
const REL = 'rel-1';
const granted = { customer: CUSTOMER, relationshipId: REL, approvalUrl: 'https://admin.microsoft.com/x', messageLocale: 'en-US' as const, roleIds: ['r1'] };
const gdapDone = (status?: string): ActionRecord => ({ ...common, ...granted, kind: 'requestGdap', stage: 'done', ...(status ? { status } : {}) });
const transferDone = (status: string): ActionRecord => ({ ...common, kind: 'startTransfer', stage: 'done', customer: CUSTOMER, transferId: 'tr-1', status });
const invitation = (named?: string): ActionRecord => ({
  ...common,
  kind: 'invitationLink',
  stage: 'done',
  url: 'https://admin.microsoft.com/invite',
  messageLocale: 'en-US',
  ...(named ? { named } : {}),
});
const assigned = (statuses: string[], checkedAt?: number): ActionRecord => ({
  ...common,
  ...granted,
  kind: 'requestGdap',
  stage: 'assigned',
  assignments: statuses.map((status, n) => ({ id: `a${n}`, groupId: `g${n}`, groupName: `Group ${n}`, roleIds: ['r1'], status, createdAt: T0 - HOUR })),
  ...(checkedAt !== undefined ? { checkedAt } : {}),
});

describe('What an action card leaves to follow', () => {
  const gdap: MadeObject = { kind: 'gdapApproval', objectId: REL, customer: CASE_CUSTOMER };
  const transfer: MadeObject = { kind: 'transfer', objectId: 'tr-1', customer: CASE_CUSTOMER };
  const rows: [string, ActionRecord, MadeObject | undefined][] = [
    ['a GDAP request sent, never checked', gdapDone(), gdap],
    ['a GDAP request Check status found pending', gdapDone('approvalPending'), gdap],
    ['a GDAP request Check status found approved but not yet active', gdapDone('approved'), gdap],
    ['a GDAP request Check status found active', gdapDone('Active'), { ...gdap, seen: 'approved' }],
    [
      'issue 63: a relationship whose automatic extension the partner turned on',
      { ...gdapDone('active'), autoExtends: true } as ActionRecord,
      { ...gdap, seen: 'approved', autoExtended: true },
    ],
    ['a transfer request created', transferDone('Active'), transfer],
    ['a transfer in progress', transferDone('InProgress'), transfer],
    ['a transfer Check status found completed', transferDone('Completed'), { ...transfer, seen: 'completed' }],
    ['a transfer Check status found complete (the UI’s word)', transferDone('complete'), { ...transfer, seen: 'completed' }],
    ['a transfer found expired', transferDone('Expired'), { ...transfer, seen: 'expired' }],
    // What the request asked for (targetProductTypes by row): the completion's Azure RBAC note depends on it (review 5.4).
    [
      '5.4: a transfer of Azure plan items (G4) is kept as one',
      { ...transferDone('Active'), row: 'G4' } as ActionRecord,
      { ...transfer, products: 'azurePlan' },
    ],
    [
      '5.4: a transfer of new-commerce licences (G6) is kept as one',
      { ...transferDone('Active'), row: 'G6' } as ActionRecord,
      { ...transfer, products: 'licences' },
    ],
    ['an invitation naming nobody', invitation(), { kind: 'resellerAcceptance', objectId: 'card-1', customer: { tenantId: '', name: '' } }],
    [
      'an invitation naming a tenant',
      invitation(CUSTOMER.tenantId),
      { kind: 'resellerAcceptance', objectId: 'card-1', customer: { tenantId: CUSTOMER.tenantId, name: '' } },
    ],
    [
      'an invitation naming a domain',
      invitation('fabrikam.com'),
      { kind: 'resellerAcceptance', objectId: 'card-1', customer: { tenantId: '', name: '', domain: 'fabrikam.com' } },
    ],
    ['access assigned, all active', assigned(['active', 'active'], T0), { ...gdap, seen: 'approved', access: 'active' }],
    ['access assigned, one pending an hour', assigned(['active', 'pending'], T0), { ...gdap, seen: 'approved', access: 'pending' }],
    ['access assigned, one in error', assigned(['error', 'active'], T0), { ...gdap, seen: 'approved', access: 'failed' }],
    ['access all removed', assigned(['deleted'], T0), { ...gdap, seen: 'approved', access: 'none' }],
    ['a GDAP form', { ...common, kind: 'requestGdap', stage: 'form', choice: { roleSet: 'helpdesk', duration: 'P730D' } } as ActionRecord, undefined],
    ['a transfer form', { ...common, kind: 'startTransfer', stage: 'form' }, undefined],
    ['a cancelled card', { ...common, kind: 'startTransfer', stage: 'cancelled' }, undefined],
  ];
  for (const [name, record, made] of rows) {
    it(name, () => assert.deepEqual(objectOf(record, 'card-1', T0), made));
  }

  it('reads assignments never checked as of now, and checked ones as of their check', () => {
    // Made an hour before T0; Graph's assignments are stuck once pending for the project's bound (accessAssignments.ts).
    assert.equal(objectOf(assigned(['pending']), 'card-1', T0)?.access, 'pending');
    assert.equal(objectOf(assigned(['pending']), 'card-1', T0 + 30 * 24 * HOUR)?.access, 'stuck');
    assert.equal(objectOf(assigned(['pending'], T0), 'card-1', T0 + 30 * 24 * HOUR)?.access, 'pending', 'checkedAt, when there, is the time');
  });

  it('refuses a person’s next action once they have as many items open as allowed', () => {
    const rows: [number, number, number | undefined][] = [
      [0, 50, undefined],
      [49, 50, undefined],
      [50, 50, 50],
      [51, 50, 50],
      [1, 1, 1],
    ];
    for (const [open, max, answer] of rows) assert.equal(openLimitReached(open, max), answer, `${open} of ${max}`);
  });

  describe('what the item is kept with, and what is done once it is kept', () => {
    const made: MadeObject = { kind: 'transfer', objectId: 'tr-1', customer: CASE_CUSTOMER, products: 'azurePlan' };
    const from: KeptFrom = {
      owner: { id: '29:owner', name: 'Alex Wilber' },
      chatTenant: 'chat-tenant',
      locale: 'pt-BR',
      cardId: 'card-1',
      conversation: { channelId: 'msteams' },
      shared: true,
    };

    it('names the owner as the channel does, else as their verified sign-in; the tenant as the chat names it, else the deployment’s', () => {
      const rows: [string, Partial<KeptFrom>, object][] = [
        ['Teams', {}, { owner: { id: '29:owner', name: 'Alex Wilber' }, partnerTenantId: 'chat-tenant' }],
        [
          'verified',
          { verified: { tenantId: 't', name: 'Alex W.' } },
          { owner: { id: '29:owner', name: 'Alex Wilber' }, partnerTenantId: 'chat-tenant', teamTenantId: 't' },
        ],
        [
          'Web Chat, signed in',
          { owner: { id: 'v1' }, chatTenant: undefined, deploymentTenant: 'dep', verified: { tenantId: 't', name: 'Alex W.' } },
          { owner: { id: 'v1', name: 'Alex W.' }, partnerTenantId: 'dep', teamTenantId: 't' },
        ],
        ['Web Chat, nobody', { owner: { id: 'v1' }, chatTenant: undefined }, { owner: { id: 'v1' } }],
        ['a tenant of the wrong shape', { chatTenant: 42, deploymentTenant: 'dep' }, { owner: { id: '29:owner', name: 'Alex Wilber' } }],
      ];
      for (const [what, over, expected] of rows) {
        const fields = newItemOf(made, { ...from, ...over });
        const { owner, partnerTenantId, teamTenantId } = fields;
        assert.deepEqual({ owner, ...(partnerTenantId ? { partnerTenantId } : {}), ...(teamTenantId ? { teamTenantId } : {}) }, expected, what);
        assert.equal(fields.transferProducts, 'azurePlan');
        assert.equal(fields.shared, true);
      }
    });

    it('does, once kept, what the card showed and asked for, and names an invitation kept before', () => {
      const invite: MadeObject = { kind: 'resellerAcceptance', objectId: 'card-1', customer: { tenantId: CUSTOMER.tenantId, name: '' } };
      const rows: [string, MadeObject, boolean, string[]][] = [
        ['nothing seen', made, true, []],
        ['seen, access, extended', { ...made, seen: 'approved', access: 'pending', autoExtended: true }, true, ['seen', 'access', 'autoExtended']],
        ['an invitation named, new', invite, true, []],
        ['an invitation named, kept before', invite, false, ['named']],
        ['an invitation naming nobody, kept before', { ...invite, customer: { tenantId: '', name: '' } }, false, []],
        ['a transfer kept before', made, false, []],
      ];
      for (const [what, m, added, steps] of rows) assert.deepEqual(afterKept(m, added), steps, what);
    });

    it('counts what the card showed as told, and names an open invitation once', () => {
      const transfer = openItem(newItemOf(made, from), T0, 60_000);
      const seen = seenOnCard(transfer, 'completed', T0 + HOUR);
      assert.equal(seen?.status, 'completed');
      assert.deepEqual(seen?.sent, ['completed']);
      assert.equal(seenOnCard(transfer, 'approved', T0), undefined, 'a transfer is never approved');
      const invitation = openItem(newItemOf({ kind: 'resellerAcceptance', objectId: 'card-1', customer: { tenantId: '', name: '' } }, from), T0, 60_000);
      const named = namedLater(invitation, CASE_CUSTOMER, T0 + HOUR, 60_000);
      assert.deepEqual(named?.customer, CASE_CUSTOMER);
      assert.equal(named?.nextPollAt, T0 + HOUR + 60_000);
      assert.equal(namedLater(named!, { tenantId: 'other', name: '' }, T0, 60_000), undefined);
    });
  });
});
