// The GDAP role sets (content/actions/roleSets.json) and the terms Graph accepts, per "Create
// delegatedAdminRelationship" (learn.microsoft.com/graph/api/tenantrelationship-post-delegatedadminrelationships):
// duration P1D..P730D, autoExtendDuration P180D only, never with Global Administrator.
import { strict as assert } from 'assert';
import { GLOBAL_ADMINISTRATOR_ROLE_ID, ROLE_SETS, durationDays, gdapTermsProblems, roleSet } from '../../src/domain/actions';
import { LOCALES } from '../../src/domain/locales';
import { catalogFor, format } from '../../src/domain/textCatalog';
import { allRoles, offeredRoleSets } from '../../src/conversation/actions/roleSets';
import { checkPack } from '../../src/domain/contentPack';
import { packWith } from '../content/packCopies';
import { readPack } from '../../src/hosting/content/readPack';

const ids = (id: 'm365Support' | 'azureManagement'): string[] => roleSet(id).roles.map((r) => r.roleDefinitionId);

describe('GDAP role sets', () => {
  it('marks the roles Microsoft Entra labels privileged (Helpdesk and User Administrator: built-in roles reference, errata A7), least-privileged first, and says so on the card in every language', () => {
    const HELPDESK = '729827e3-9c14-49f7-bb1b-9608f156bbb8';
    const USER_ADMIN = 'fe930be7-5e62-47db-91af-98c3a49a38b1';
    const roles = roleSet('m365Support').roles;
    assert.deepEqual(
      roles.filter((r) => r.privileged).map((r) => r.roleDefinitionId),
      [HELPDESK, USER_ADMIN],
    );
    assert.ok(!roles[0]!.privileged, 'the set leads with a role Entra does not mark privileged');
    for (const locale of LOCALES) {
      const c = catalogFor(locale);
      const shown = allRoles(offeredRoleSets(c, locale, undefined));
      const helpdesk = shown.find((r) => r.id === HELPDESK)!;
      assert.equal(helpdesk.name, format(c.actions.privilegedRole, { role: (c.actions.roleNames as Record<string, string>)[HELPDESK]! }), locale);
      const readers = shown.find((r) => r.id === '88d8e3e3-8f55-4a1e-953a-9b9898b8876b')!;
      assert.equal(
        readers.name,
        (c.actions.roleNames as Record<string, string>)['88d8e3e3-8f55-4a1e-953a-9b9898b8876b'],
        'an unprivileged role is named as it is',
      );
    }
  });

  it('asks for the least-privileged support roles, and never Global Administrator', () => {
    assert.deepEqual(ids('m365Support').sort(), [
      '4d6ac14f-3453-41d0-bef9-a3e0c569773a',
      '729827e3-9c14-49f7-bb1b-9608f156bbb8',
      '88d8e3e3-8f55-4a1e-953a-9b9898b8876b',
      'f023fd81-a637-4b56-95fd-791ac0226033',
      'fe930be7-5e62-47db-91af-98c3a49a38b1',
    ]);
    for (const set of ROLE_SETS) assert.ok(!set.roles.some((r) => r.roleDefinitionId === GLOBAL_ADMINISTRATOR_ROLE_ID), set.id);
  });

  it('gives Azure management only Directory Readers: Azure RBAC is granted in the subscription', () => {
    assert.deepEqual(ids('azureManagement'), ['88d8e3e3-8f55-4a1e-953a-9b9898b8876b']);
    assert.match(roleSet('azureManagement').why, /RBAC/);
  });

  it('names every set in every language', () => {
    for (const locale of LOCALES) for (const set of ROLE_SETS) assert.ok(catalogFor(locale).actions.roleSets[set.id as 'm365Support'], `${locale} ${set.id}`);
  });

  it('is checked by the content check: a bad role id and a set without a name are reported', () => {
    const badId = packWith('actions/roleSets.json', (j) => void (j.roleSets[0].roles[0].roleDefinitionId = 'helpdesk'));
    const unnamed = packWith(
      'actions/roleSets.json',
      (j) =>
        void j.roleSets.push({
          id: 'exchange',
          why: 'Mail.',
          roles: [{ name: 'Exchange Administrator', roleDefinitionId: '29232cdf-9323-42fd-ade2-1d097af3e4de' }],
        }),
    );
    const lines = (dir: string): string[] => checkPack(readPack(dir).files, '2026-12-31').map((p) => `${p.file}: ${p.path}: ${p.message}`);
    assert.ok(
      lines(badId).some((l) => l.startsWith('actions/roleSets.json: roleSets.0.roles.0.roleDefinitionId')),
      lines(badId).join('\n'),
    );
    assert.ok(
      lines(unnamed).some((l) => l.includes('actions.roleSets.exchange')),
      lines(unnamed).join('\n'),
    );
  });
});

describe('GDAP terms', () => {
  const roles = ids('m365Support');

  it('reads ISO 8601 days only', () => {
    assert.equal(durationDays('P730D'), 730);
    assert.equal(durationDays('P2Y'), undefined);
    assert.equal(durationDays('730'), undefined);
  });

  const cases: [string, Parameters<typeof gdapTermsProblems>[0], string[]][] = [
    ['two years with extension', { duration: 'P730D', autoExtendDuration: 'P180D', roleDefinitionIds: roles }, []],
    ['one day', { duration: 'P1D', roleDefinitionIds: roles }, []],
    ['no extension written as PT0S', { duration: 'P90D', autoExtendDuration: 'PT0S', roleDefinitionIds: roles }, []],
    ['zero days', { duration: 'P0D', roleDefinitionIds: roles }, ['durationRange']],
    ['731 days', { duration: 'P731D', roleDefinitionIds: roles }, ['durationRange']],
    ['years', { duration: 'P2Y', roleDefinitionIds: roles }, ['durationFormat']],
    ['another extension', { duration: 'P730D', autoExtendDuration: 'P90D', roleDefinitionIds: roles }, ['autoExtendValue']],
    [
      'extension with Global Administrator',
      { duration: 'P730D', autoExtendDuration: 'P180D', roleDefinitionIds: [GLOBAL_ADMINISTRATOR_ROLE_ID] },
      ['autoExtendWithGlobalAdmin'],
    ],
    [
      'extension with Global Administrator among other roles',
      { duration: 'P730D', autoExtendDuration: 'P180D', roleDefinitionIds: [...roles, GLOBAL_ADMINISTRATOR_ROLE_ID] },
      ['autoExtendWithGlobalAdmin'],
    ],
    ['Global Administrator without extension', { duration: 'P730D', roleDefinitionIds: [GLOBAL_ADMINISTRATOR_ROLE_ID] }, []],
    ['no roles', { duration: 'P30D', roleDefinitionIds: [] }, ['noRoles']],
    ['a role name for an id', { duration: 'P30D', roleDefinitionIds: ['Helpdesk Administrator'] }, ['roleIdFormat']],
  ];
  for (const [name, terms, expected] of cases) {
    it(`${name}: ${expected.join(', ') || 'accepted'}`, () => assert.deepEqual(gdapTermsProblems(terms), expected));
  }
});
