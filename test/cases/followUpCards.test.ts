// The follow-up cards, pure: every follow-up in every language has its title, text and buttons from
// the catalog (no placeholder left), the buttons carry the item and the step only, and a click is
// read from untrusted data: anything but a well-formed item id and a known step is no click.
import { buttonsOf } from '../support/chat';
import { strict as assert } from 'assert';
import { FOLLOW_UPS, CaseKind, FollowUp } from '../../src/domain/cases';
import { availableLocales, catalogFor } from '../../src/domain/textCatalog';
import { followUpCard, readFollowUpClick, stepsOf } from '../../src/conversation/followUpCards';

const DAY = 24 * 60 * 60 * 1000;
const KIND_OF: Record<FollowUp, CaseKind[]> = {
  approved: ['gdapApproval'],
  accepted: ['resellerAcceptance'],
  completed: ['transfer'],
  expired: ['gdapApproval', 'transfer'],
  terminated: ['gdapApproval'],
  notApprovedYet: ['gdapApproval'],
  expiresSoon: ['gdapApproval', 'transfer'],
};

describe('Follow-up cards', () => {
  const created = Date.UTC(2026, 10, 1);
  for (const locale of availableLocales()) {
    it(`has every follow-up in ${locale}, with no placeholder left and buttons that carry the item and step only`, () => {
      const c = catalogFor(locale);
      for (const followUp of FOLLOW_UPS) {
        for (const kind of KIND_OF[followUp]) {
          const view = {
            followUp,
            kind,
            itemId: `${kind}:obj-1`,
            customer: { tenantId: '3d8f2a61-4b7c-4e1a-9f0d-2c5b6a7e8f90', name: 'Contoso Ltd', domain: 'contoso.onmicrosoft.com' },
            createdAt: created,
            deadline: created + 90 * DAY,
            now: created + 7 * DAY,
          };
          const { card, summary } = followUpCard(view, c, locale);
          const json = JSON.stringify(card);
          assert.doesNotMatch(json, /\{(customer|ago|when|deadline)\}/, `${locale} ${followUp}: a placeholder left`);
          assert.ok(summary.length > 0 && json.includes(summary), `${locale} ${followUp}: the summary is the title`);
          assert.ok(summary.includes('Contoso Ltd'), `${locale} ${followUp} names the customer`);
          const actions = buttonsOf(card) as { title: string; data: Record<string, unknown> }[];
          assert.deepEqual(
            actions.map((a) => a.data.step),
            stepsOf(followUp),
          );
          for (const a of actions) {
            assert.deepEqual(a.data, { action: 'followUp', item: `${kind}:obj-1`, step: a.data.step });
            assert.ok(a.title.trim().length > 0);
          }
        }
      }
    });
  }

  it('names a customer who accepted without a name in no way that leaves a gap', () => {
    const { summary } = followUpCard(
      {
        followUp: 'accepted',
        kind: 'resellerAcceptance',
        itemId: 'resellerAcceptance:card0001',
        customer: { tenantId: '', name: '' },
        createdAt: 0,
        deadline: 0,
        now: 0,
      },
      catalogFor('en-US'),
      'en-US',
    );
    assert.equal(summary, catalogFor('en-US').followUps.titles.acceptedUnnamed);
  });

  it('reads a click only when it names a well-formed item and a known step', () => {
    assert.deepEqual(readFollowUpClick({ action: 'followUp', item: 'gdapApproval:abc-1', step: 'assign' }), { item: 'gdapApproval:abc-1', step: 'assign' });
    assert.equal(readFollowUpClick({ action: 'followUp', item: 'gdapApproval:abc-1', step: 'confirm' }), undefined);
    assert.equal(readFollowUpClick({ action: 'followUp', item: 'other:abc', step: 'assign' }), undefined);
    assert.equal(readFollowUpClick({ action: 'followUp', item: `transfer:${'x'.repeat(300)}`, step: 'startAgain' }), undefined);
    assert.equal(readFollowUpClick({ action: 'followUp', item: 'transfer:a b', step: 'startAgain' }), undefined);
    assert.equal(readFollowUpClick({ action: 'partnerCenter', item: 'transfer:a', step: 'startAgain' }), undefined);
    assert.equal(readFollowUpClick('followUp'), undefined);
  });
});
