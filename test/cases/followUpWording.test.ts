// The follow-ups' words to Microsoft's letter (review of 25 November 2026): an approval is not yet
// an active relationship (D8); a relationship that reached its end is not a request left unapproved
// (D10); an Azure-plan transfer needs the customer's Azure plan with this partner first and, for a
// two-tier transfer, the reseller's ID (D13); after it the previous partner keeps Azure RBAC, the new
// one gets none and no AOBO, and the old access goes only once this partner's access is active (D14).
// In every language.
import { strict as assert } from 'assert';
import { endedAfterApproval, openItem, OpenItem } from '../../src/domain/cases';
import { followUpCard, FollowUpView } from '../../src/conversation/followUps/followUpCards';
import { actionCard } from '../../src/conversation/actions/actionCards';
import { formView } from '../../src/conversation/actions/actionViews';
import type { ActionRecord } from '../../src/conversation/actions/actionRecords';
import { LOCALES } from '../../src/domain/locales';
import { catalogFor, format } from '../../src/domain/textCatalog';

const T0 = Date.UTC(2026, 10, 24, 9, 0, 0);
const customer = { tenantId: 'a1b2c3d4-0000-4000-8000-000000000001', name: 'Contoso' };
const view = (fields: Partial<FollowUpView>): FollowUpView => ({
  followUp: 'expired',
  kind: 'gdapApproval',
  itemId: 'gdapApproval:rel-1',
  customer,
  createdAt: T0,
  deadline: T0 + 90 * 86_400_000,
  now: T0 + 100 * 86_400_000,
  ...fields,
});
const shown = (v: FollowUpView, locale: (typeof LOCALES)[number]): string => JSON.stringify(followUpCard(v, catalogFor(locale), locale).card);
const inJson = (s: string): string => JSON.stringify(s).slice(1, -1);

function gdapItem(fields: Partial<OpenItem>): OpenItem {
  const made = openItem(
    { kind: 'gdapApproval', objectId: 'rel-1', customer, owner: { id: '29:o' }, locale: 'en-US', cardId: 'c', conversation: {}, shared: false },
    T0,
    1,
  );
  return { ...made, ...fields };
}

describe('Follow-up wording to the letter', () => {
  it('D10: an expiry after the approval is the access ending; one with no approval is a request not approved in time', () => {
    assert.equal(endedAfterApproval(gdapItem({ status: 'expired', sent: ['approved', 'expired'] })), true);
    assert.equal(endedAfterApproval(gdapItem({ status: 'expired', sent: ['expired'], access: 'active' })), true);
    assert.equal(endedAfterApproval(gdapItem({ status: 'expired', sent: ['notApprovedYet', 'expired'] })), false);
    assert.equal(endedAfterApproval(gdapItem({ status: 'terminated', sent: ['approved'] })), false, 'an ending the customer asked for has its own text');
  });

  for (const locale of LOCALES) {
    const c = catalogFor(locale);
    it(`D8: ${locale}: the approval's message says the customer approved, and access is assigned once the relationship is active (not that it is active)`, () => {
      const approved = shown(view({ followUp: 'approved' }), locale);
      const text = c.followUps.texts.approved;
      assert.ok(approved.includes(inJson(text)));
      const before = {
        'en-US': 'The relationship is active.',
        'ru-RU': 'Отношения активны.',
        'zh-CN': '该关系现已处于活动状态。',
        'pt-BR': 'A relação está ativa.',
        'hu-HU': 'A kapcsolat aktív.',
      }[locale];
      const approvedWord = { 'en-US': 'approved', 'ru-RU': 'утвердил', 'zh-CN': '批准', 'pt-BR': 'aprovou', 'hu-HU': 'jóváhagyta' }[locale];
      assert.ok(!text.startsWith(before), `no longer "${before}"`);
      assert.ok(text.includes(approvedWord), `says the customer approved: ${text}`);
    });

    it(`D10: ${locale}: "your access has ended" and "not approved in time" are two messages`, () => {
      const ended = shown(view({ ended: true }), locale);
      const notApproved = shown(view({}), locale);
      assert.ok(ended.includes(inJson(c.followUps.texts.gdapEnded)) && ended.includes(inJson(format(c.followUps.titles.gdapEnded, { customer: 'Contoso' }))));
      assert.ok(!ended.includes(inJson(c.followUps.texts.gdapExpired)), 'never "not approved within 90 days" for an ended relationship');
      assert.ok(notApproved.includes(inJson(c.followUps.texts.gdapExpired)) && !notApproved.includes(inJson(c.followUps.texts.gdapEnded)));
      assert.notEqual(c.followUps.texts.gdapEnded, c.followUps.texts.gdapExpired);
    });

    it(`D14, 5.4: ${locale}: a completed Azure-plan transfer's card says the previous partner keeps Azure RBAC, the new one gets none nor AOBO, and when to remove the old access`, () => {
      const done = shown(view({ followUp: 'completed', kind: 'transfer', itemId: 'transfer:tr-1', products: 'azurePlan' }), locale);
      assert.equal(c.followUps.texts.afterAzureTransfer.length, 3);
      for (const step of c.followUps.texts.afterAzureTransfer) assert.ok(done.includes(inJson(step)), step);
      const [, rbac, remove] = c.followUps.texts.afterAzureTransfer;
      assert.ok(rbac!.includes('RBAC') && rbac!.includes('AOBO'), 'both sides of Azure access');
      assert.ok(remove!.includes('GDAP') && remove!.includes('RBAC'), 'removal after this partner’s GDAP access is active');
      // Said of this transfer, not "for Azure subscriptions": the cautious wording is only for items whose products are unknown.
      assert.ok(!done.includes(inJson(c.followUps.texts.afterTransfer[1]!)), 'not the cautious note');
    });

    it(`5.4: ${locale}: a completed licence transfer's card has no Azure RBAC note, and still says when to remove the previous partner's access`, () => {
      const done = shown(view({ followUp: 'completed', kind: 'transfer', itemId: 'transfer:tr-1', products: 'licences' }), locale);
      for (const step of c.followUps.texts.afterLicenceTransfer) assert.ok(done.includes(inJson(step)), step);
      assert.ok(!done.includes('RBAC') && !done.includes('AOBO'), 'no Azure note for licences');
      assert.ok(c.followUps.texts.afterLicenceTransfer.at(-1)!.includes('GDAP'), 'the old access goes once this partner’s GDAP access is active');
    });

    it(`5.4: ${locale}: a transfer kept before its products were recorded keeps the cautious wording (the note "for Azure subscriptions")`, () => {
      const done = shown(view({ followUp: 'completed', kind: 'transfer', itemId: 'transfer:tr-1' }), locale);
      for (const step of c.followUps.texts.afterTransfer) assert.ok(done.includes(inJson(step)), step);
      assert.ok(done.includes(inJson(`2. ${c.followUps.texts.afterTransfer[1]!}`)), 'the note that names Azure subscriptions');
      assert.notEqual(c.followUps.texts.afterTransfer[1], c.followUps.texts.afterAzureTransfer[1]);
    });

    it(`D13: ${locale}: the transfer form of an Azure-plan transfer (G4) says the Azure plan comes first; a licence transfer's (G6) does not; an indirect provider must give the reseller's ID`, () => {
      const form = (row: 'G4' | 'G6', partnerType?: 'indirectProvider'): string => {
        const record = { owner: { id: '29:o' }, row, at: T0, kind: 'startTransfer', stage: 'form', ...(partnerType ? { partnerType } : {}) } as ActionRecord;
        const shownView = formView(record as Extract<ActionRecord, { stage: 'form' }>, 'card000001', {}, { c, locale, sets: [] });
        assert.ok('view' in shownView);
        return JSON.stringify(actionCard(shownView.view, c).card);
      };
      assert.ok(form('G4').includes(inJson(c.actions.steps.azurePlanFirst)));
      assert.ok(!form('G6').includes(inJson(c.actions.steps.azurePlanFirst)));
      const twoTier = JSON.parse(form('G4', 'indirectProvider')) as { body: { id?: string; isRequired?: boolean }[] };
      assert.equal(twoTier.body.find((e) => e.id === 'partnerOnRecord')?.isRequired, true, 'the reseller ID is required');
      // On the G4 card, before the transfer request is created: the customer's Azure plan with this partner.
      const glossaryPlan = { 'en-US': 'Azure plan', 'ru-RU': 'план Azure', 'zh-CN': 'Azure 计划', 'pt-BR': 'plano do Azure', 'hu-HU': 'Azure-csomag' }[locale];
      for (const row of ['G4', 'G4-reseller'] as const) {
        const steps = c.outcomes['2026-11'][row].steps;
        assert.ok(steps[1]!.includes(glossaryPlan) && !steps[0]!.includes(glossaryPlan), `${row}: the step after the acceptance: ${steps[1]}`);
      }
    });
  }
});
