// Who owns an open item (conversation/followUps/owners.ts), from tables: the Entra identity only
// where Teams' verified token proves it, the keys an owner's items are listed under, and which
// items are whose, items kept before owners named their tenant included. Over the SDK's verified
// tokens: test/actions/myCasesIdentity.test.ts.
import { strict as assert } from 'assert';
import { channelEntraUser, keysOfItem, listsOf, ownedBy, ownerFrom, ownerKeys, OwnerActivity, tenantOf } from '../../../src/conversation/followUps/owners';

const TENANT = '3D8F2A61-4B7C-4E1A-9F0D-2C5B6A7E8F90';
const OID = '0A1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D';
const tenant = TENANT.toLowerCase();
const oid = OID.toLowerCase();

describe('Open items: who owns one', () => {
  it('takes an Entra identity only from Teams with a verified token, both ids GUIDs', () => {
    const teams: OwnerActivity = { channelId: 'msteams', from: { aadObjectId: OID }, conversation: { tenantId: TENANT } };
    const rows: [string, OwnerActivity, boolean, unknown][] = [
      ['Teams, verified', teams, true, { tenantId: tenant, objectId: oid }],
      ['Teams, not verified', teams, false, undefined],
      ['Web Chat, verified', { ...teams, channelId: 'webchat' }, true, undefined],
      [
        'the tenant in channelData',
        { channelId: 'msteams', from: { aadObjectId: OID }, channelData: { tenant: { id: TENANT } } },
        true,
        { tenantId: tenant, objectId: oid },
      ],
      ['no tenant', { channelId: 'msteams', from: { aadObjectId: OID } }, true, undefined],
      ['an object id that is no GUID', { ...teams, from: { aadObjectId: 'admin' } }, true, undefined],
      ['a tenant that is no GUID', { ...teams, conversation: { tenantId: 'contoso' } }, true, undefined],
    ];
    for (const [what, activity, verified, expected] of rows) assert.deepEqual(channelEntraUser(activity, verified), expected, what);
    assert.equal(tenantOf({ conversation: { tenantId: 'a' }, channelData: { tenant: { id: 'b' } } }), 'a');
    assert.equal(tenantOf({ channelData: 'x' }), undefined);
  });

  it('lists an owner under their channel user and, where proven, their tenant and object id', () => {
    assert.deepEqual(ownerKeys(ownerFrom('29:u', undefined), 'msteams'), ['user:msteams:29:u']);
    assert.deepEqual(ownerKeys(ownerFrom('29:u', { tenantId: tenant, objectId: oid }), 'msteams'), ['user:msteams:29:u', `aad:${tenant}:${oid}`]);
    assert.deepEqual(ownerKeys({ id: 'v', aadObjectId: oid }, 'webchat'), ['user:webchat:v'], 'an object id without its tenant names nobody');
    assert.deepEqual(listsOf(['k'], { objectId: oid }), ['k', `aad:${oid}`]);
    assert.deepEqual(listsOf(['k'], undefined), ['k']);
  });

  it("reads an item's keys from the item, an old Teams item's tenant from the one it recorded", () => {
    const item = (owner: object, channelId: string, partnerTenantId?: string) => ({
      owner: { id: '29:u', ...owner },
      conversation: { channelId },
      ...(partnerTenantId ? { partnerTenantId } : {}),
    });
    const rows: [string, ReturnType<typeof item>, string[]][] = [
      ['a channel user', item({}, 'webchat'), ['user:webchat:29:u']],
      ['a verified Teams user', item({ aadObjectId: oid, tenantId: tenant }, 'msteams'), ['user:msteams:29:u', `aad:${tenant}:${oid}`]],
      ['kept before the tenant was named', item({ aadObjectId: oid }, 'msteams', tenant), ['user:msteams:29:u', `aad:${tenant}:${oid}`]],
      ['kept before, outside Teams', item({ aadObjectId: oid }, 'webchat', tenant), ['user:webchat:29:u']],
      ['kept before, no tenant recorded', item({ aadObjectId: oid }, 'msteams'), ['user:msteams:29:u']],
    ];
    for (const [what, it_, keys] of rows) assert.deepEqual(keysOfItem(it_), keys, what);
    const old = item({ aadObjectId: oid }, 'msteams', tenant);
    assert.equal(ownedBy(old, [`aad:${tenant}:${oid}`]), true);
    assert.equal(ownedBy(old, [`aad:other:${oid}`]), false);
    assert.equal(ownedBy(old, [`aad:${oid}`]), false, 'the old list is read, its items kept only when they are the owner’s');
  });
});
