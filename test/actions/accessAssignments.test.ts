// Least-privilege Assign access (review of 25 November 2026, section 5.2, and gap 1 of section 4),
// decided from tables: the roles a template preselects, the warnings about a group, what an
// existing assignment (409) means, and where a relationship's access stands. Texts in five languages.
import { strict as assert } from 'assert';
import {
  ASSIGNMENT_TEMPLATES,
  AssignmentTemplate,
  STUCK_PENDING_HOURS,
  accessProgress,
  existingVerdict,
  groupWarnings,
  preselectedRoles,
  namesGroup,
  templateFor,
  templateProblems,
} from '../../src/domain/accessAssignments';
import { GLOBAL_ADMINISTRATOR_ROLE_ID } from '../../src/domain/actions';
import { assignCard } from '../../src/conversation/actions/assignCards';
import { catalogFor, format } from '../../src/domain/textCatalog';
import { LOCALES } from '../../src/domain/locales';

const [READERS, SUPPORT, HELPDESK, LICENCE, USERS] = [
  '88d8e3e3-8f55-4a1e-953a-9b9898b8876b',
  'f023fd81-a637-4b56-95fd-791ac0226033',
  '729827e3-9c14-49f7-bb1b-9608f156bbb8',
  '4d6ac14f-3453-41d0-bef9-a3e0c569773a',
  'fe930be7-5e62-47db-91af-98c3a49a38b1',
];
const RELATIONSHIP = [HELPDESK, READERS, USERS, LICENCE, SUPPORT];
const HOUR = 3_600_000;

describe('Assign access, least privilege (section 5.2)', () => {
  it('section 5.2: the shipped templates are valid: no Global Administrator, ids unique, each names one group', () => {
    assert.deepEqual(templateProblems(ASSIGNMENT_TEMPLATES), []);
    const bad: AssignmentTemplate[] = [
      { id: 'a', group: 'All staff', why: 'x', roles: [{ name: 'Global Administrator', roleDefinitionId: GLOBAL_ADMINISTRATOR_ROLE_ID }] },
      { id: 'a', why: 'x', roles: [{ name: 'Directory Readers', roleDefinitionId: READERS }] },
    ];
    assert.deepEqual(templateProblems(bad), [
      'a: Global Administrator is never offered as a template role',
      'a: the id is used twice',
      'a: name either group or groupId',
    ]);
  });

  const preselect: [string, { id: string; name: string }, string[]][] = [
    ['a first-line group gets its template, in the relationship order', { id: 'g1', name: 'Helpdesk agents' }, [HELPDESK, READERS, SUPPORT]],
    ['the first matching template wins (leads before Helpdesk*)', { id: 'g2', name: 'HELPDESK LEADS' }, RELATIONSHIP],
    ['one group per role', { id: 'g3', name: 'M365 GDAP License Administrator' }, [LICENCE]],
    ['a name must match whole: no template, nothing preselected', { id: 'g4', name: 'All staff (Helpdesk)' }, []],
    ['a broad group no template names gets no role', { id: 'g5', name: 'Everyone' }, []],
    ['a wildcard is not a regular expression', { id: 'g6', name: 'Azure.*' }, [READERS]],
  ];
  for (const [why, group, expected] of preselect)
    it(`section 5.2: ${why}`, () => assert.deepEqual(preselectedRoles(ASSIGNMENT_TEMPLATES, group, RELATIONSHIP), expected));

  it('section 5.2: a role the relationship lacks is never preselected; a template by object id wins over names', () => {
    assert.deepEqual(preselectedRoles(ASSIGNMENT_TEMPLATES, { id: 'g', name: 'Helpdesk leads' }, [READERS]), [READERS]);
    const byId: AssignmentTemplate[] = [
      { id: 'x', groupId: 'AB5B6A7F-4E3C-4BCD-8FBE-5A6B7C8D9EA5', why: 'x', roles: [{ name: 'r', roleDefinitionId: SUPPORT }] },
    ];
    assert.equal(templateFor(byId, { id: 'ab5b6a7f-4e3c-4bcd-8fbe-5a6b7c8d9ea5', name: 'Anything' })?.id, 'x');
    assert.equal(templateFor(byId, { id: 'other', name: 'Anything' }), undefined);
  });

  const warnings: [string, Parameters<typeof groupWarnings>[0], string[]][] = [
    ['an empty group, the signer not in it', { memberCount: 0, signerIsMember: false }, ['empty', 'signerNotMember']],
    ['members, the signer in it', { memberCount: 4, signerIsMember: true }, []],
    ['unknown facts warn of nothing', {}, []],
  ];
  for (const [why, facts, expected] of warnings) it(`section 5.2: warnings: ${why}`, () => assert.deepEqual(groupWarnings(facts), expected));

  const verdicts: [string, Parameters<typeof existingVerdict>[0], string[], string][] = [
    ['exactly the roles asked, active: done', { roleDefinitionIds: [READERS, HELPDESK], status: 'active' }, [HELPDESK, READERS], 'same'],
    ['exactly the roles asked, pending: done', { roleDefinitionIds: [HELPDESK], status: 'pending' }, [HELPDESK], 'same'],
    ['more roles than asked', { roleDefinitionIds: [HELPDESK, USERS], status: 'active' }, [HELPDESK], 'otherRoles'],
    ['fewer roles than asked', { roleDefinitionIds: [HELPDESK], status: 'active' }, [HELPDESK, USERS], 'otherRoles'],
    ['being removed', { roleDefinitionIds: [HELPDESK], status: 'deleting' }, [HELPDESK], 'removing'],
    ['removed', { roleDefinitionIds: [HELPDESK], status: 'deleted' }, [HELPDESK], 'removing'],
    ['none found', undefined, [HELPDESK], 'missing'],
  ];
  for (const [why, existing, asked, expected] of verdicts)
    it(`section 5.2: a 409 counts as done only when the same roles: ${why}`, () => assert.equal(existingVerdict(existing, asked), expected));

  const progress: [string, { status: string; createdAt?: number }[], string][] = [
    ['nothing assigned', [], 'none'],
    ['every one active', [{ status: 'active' }, { status: 'active' }], 'active'],
    ['one removed, the rest active', [{ status: 'active' }, { status: 'deleted' }], 'active'],
    ['every one removed', [{ status: 'deleting' }], 'none'],
    ['one pending for an hour', [{ status: 'active' }, { status: 'pending', createdAt: -HOUR }], 'pending'],
    ['one pending longer than the limit', [{ status: 'pending', createdAt: -STUCK_PENDING_HOURS * HOUR }], 'stuck'],
    ['one failed', [{ status: 'error' }, { status: 'pending', createdAt: -10 * HOUR }], 'failed'],
  ];
  for (const [why, assignments, expected] of progress)
    it(`section 4 gap 1: access progress: ${why}`, () => assert.equal(accessProgress(assignments, 0), expected));

  for (const locale of LOCALES) {
    it(`section 5.2: ${locale}: the confirmation shows members, owners, the warnings and where the roles came from; the assignments' card offers Remove access`, () => {
      const c = catalogFor(locale);
      const customer = { tenantId: 't', companyName: 'Contoso', domain: 'contoso.example' };
      const review = JSON.stringify(
        assignCard(
          {
            view: 'assignReview',
            cardId: 'card000001',
            customer,
            picks: [
              { name: 'Night shift', roles: [], selected: [], facts: { memberCount: 0, owners: [] }, warnings: ['empty', 'signerNotMember'], templated: false },
              { name: 'Helpdesk agents', roles: [], selected: [], facts: { owners: ['Megan Bowen'] }, warnings: [], templated: true },
            ],
          },
          c,
        ).card,
      );
      for (const text of [
        format(c.actions.access.emptyGroup, { group: 'Night shift' }),
        format(c.actions.access.notMember, { group: 'Night shift' }),
        format(c.actions.access.noTemplate, { group: 'Night shift' }),
        format(c.actions.access.fromTemplate, { group: 'Helpdesk agents' }),
        c.actions.access.members,
        c.actions.access.owners,
        c.actions.access.noOwners,
        c.actions.access.unknown,
        'Megan Bowen',
      ])
        assert.ok(review.includes(JSON.stringify(text).slice(1, -1)), `${locale}: ${text}`);
      assert.ok(!review.includes(format(c.actions.access.notMember, { group: 'Helpdesk agents' })), 'no warning for a group with the signer in it');
      const assigned = (progress: 'failed' | 'stuck' | 'active', status: string): string =>
        JSON.stringify(
          assignCard(
            {
              view: 'assigned',
              cardId: 'card000001',
              customer,
              relationshipId: 'r',
              progress,
              assignments: [{ groupId: 'g-1', groupName: 'Helpdesk agents', roles: [], status }],
            },
            c,
          ).card,
        );
      assert.ok(assigned('failed', 'error').includes(c.actions.access.failed));
      assert.ok(assigned('stuck', 'pending').includes(format(c.actions.access.stuck, { hours: STUCK_PENDING_HOURS })));
      assert.ok(assigned('active', 'active').includes(JSON.stringify(c.actions.access.allActive).slice(1, -1)));
      assert.ok(assigned('active', 'active').includes(`"step":"undo"`) && assigned('active', 'active').includes(c.actions.access.remove));
      assert.ok(!assigned('active', 'deleting').includes(`"step":"undo"`), 'nothing left to remove: no Remove access');
    });
  }
});

describe('assignment templates: names and problems', () => {
  it('accepts a template naming its group by id only, and one naming it by name only', () => {
    assert.deepEqual(
      templateProblems([
        { id: 'a', groupId: '6b7e2c1a-0000-4000-8000-000000000001', why: 'x', roles: [] },
        { id: 'b', group: 'Helpdesk*', why: 'x', roles: [] },
      ]),
      [],
    );
  });

  it('reads the characters of a group name literally, only * standing for any', () => {
    assert.equal(namesGroup('Tailspin (Helpdesk) v1.0', 'tailspin (helpdesk) v1.0'), true);
    assert.equal(namesGroup('a.b', 'axb'), false);
    assert.equal(namesGroup('Tier+', 'Tierrr'), false);
  });
});
