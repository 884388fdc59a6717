// The decision table of edition 2026-11 (in force), checked for every combination of answers
// against a transcription of the SPEC's 2026-11 table written out by hand (not derived from the code).
import { strict as assert } from 'assert';
import { decide, matchingRows, questionToAsk, settledOutcome } from '../../src/domain/rules';
import { EDITIONS, DEFAULT_EDITION } from '../../src/domain/editions';
import { CompleteAnswers } from '../../src/domain/questions';
import { allCombinations } from '../support/answerCombinations';

const SPEC_ELSEWHERE = ['microsoft', 'advisor', 'open', 'ea', 'thirdParty'];

function specRow(a: CompleteAnswers): { row: string; verdict: string; links: string[] } {
  if (a.cloud !== 'china') {
    if (SPEC_ELSEWHERE.includes(a.channel)) {
      if (a.service === 'usage') return { row: 'G3', verdict: 'eligible', links: ['request-relationship', 'customer-agreement', 'multichannel'] };
      if (a.goal === 'support') return { row: 'G1', verdict: 'eligible', links: ['request-relationship', 'gdap', 'customer-agreement', 'multichannel'] };
      const ea = a.channel === 'ea' ? ['ea-change-partner'] : [];
      return { row: 'G2', verdict: 'notYet', links: ['move-licenses', 'request-relationship', 'multichannel', ...ea] };
    }
    if (a.channel === 'otherCsp') {
      if (a.service === 'usage')
        return { row: 'G4', verdict: 'transfer', links: ['transfer-subscriptions', 'transfer-azure-plan', 'request-relationship', 'switch-azure'] };
      return a.goal === 'support'
        ? { row: 'G5', verdict: 'notCovered', links: ['multipartner', 'request-relationship', 'gdap'] }
        : { row: 'G6', verdict: 'transfer', links: ['transfer-nce-license', 'transfer-subscriptions', 'request-relationship'] };
    }
    assert.equal(a.channel, 'syndication');
    return { row: 'G7', verdict: 'notEligible', links: ['work-with-partners', 'multichannel'] };
  }
  if (a.channel === 'other') return { row: 'C5', verdict: 'notCovered', links: ['cn-multipartner', 'cn-work-with-partners'] };
  if (a.service === 'usage') return { row: 'C6', verdict: 'notCovered', links: ['cn-multichannel'] };
  if (a.goal === 'move') return { row: 'C4', verdict: 'notEligible', links: ['cn-request-relationship'] };
  if (a.partnerType === 'direct') return { row: 'C1', verdict: 'eligible', links: ['cn-request-relationship', 'cn-multichannel'] };
  if (a.partnerType === 'indirectProvider') return { row: 'C2', verdict: 'eligible', links: ['cn-request-relationship', 'cn-multichannel'] };
  return { row: 'C3', verdict: 'eligible', links: ['cn-multichannel', 'cn-request-relationship'] };
}

const G6: CompleteAnswers = { cloud: 'global', channel: 'otherCsp', service: 'license', goal: 'move', partnerType: 'direct' };
const G4: CompleteAnswers = { cloud: 'global', channel: 'otherCsp', service: 'usage', partnerType: 'direct' };

describe('decision table, edition 2026-11 (in force)', () => {
  const combos = allCombinations();
  const E = '2026-11';

  it('is the default edition, and every edition matches exactly one row for every combination', () => {
    assert.equal(DEFAULT_EDITION, E);
    for (const edition of EDITIONS) for (const a of combos) assert.equal(matchingRows(a, edition).length, 1, `${edition} ${JSON.stringify(a)}`);
  });

  it('gives the SPEC row, verdict and links for every combination', () => {
    for (const a of combos) {
      const expected = specRow(a);
      const outcome = decide(a, E);
      assert.equal(outcome.edition, E);
      assert.equal(outcome.row, expected.row, JSON.stringify(a));
      assert.equal(outcome.verdict, expected.verdict, JSON.stringify(a));
      assert.deepEqual(outcome.links.slice(0, expected.links.length), expected.links, JSON.stringify(a));
    }
  });

  it('moves G4 and G6 from eligible and not yet (2020) to transfer, and nothing else changes its verdict', () => {
    assert.equal(decide(G6, E).verdict, 'transfer');
    assert.equal(decide(G4, E).verdict, 'transfer');
    assert.equal(decide(G6, '2020').verdict, 'notYet');
    assert.equal(decide(G4, '2020').verdict, 'eligible');
    for (const a of combos) {
      const [now, then] = [decide(a, E), decide(a, '2020')];
      assert.equal(now.row, then.row, JSON.stringify(a));
      if (now.row !== 'G4' && now.row !== 'G6') assert.equal(now.verdict, then.verdict, JSON.stringify(a));
    }
  });

  it('puts the new roles line and the scoped resale note (last, plain) on every commercial result; no 2020 notes', () => {
    const old = ['noResaleToCsp', 'roles', 'viaIndirectProvider', 'usgovInvitation', 'gdapSince2023', 'gdapUsgov', 'newCommerceTransfer'];
    for (const a of combos.filter((c) => c.cloud !== 'china')) {
      const o = decide(a, E);
      const steps = a.channel !== 'syndication';
      assert.equal(o.notes[o.notes.length - 1], 'noResaleToCspTenant', JSON.stringify(a));
      assert.equal(o.notes.includes('rolesAdminAgent'), steps, JSON.stringify(a));
      assert.equal(o.notes.includes('viaIndirectProviderAttests'), steps && a.partnerType === 'indirectReseller');
      assert.equal(o.notes.includes('forIndirectProvider'), steps && a.partnerType === 'indirectProvider');
      assert.equal(o.links.includes('indirect-reseller'), a.partnerType === 'indirectReseller');
      assert.equal(o.links.includes('indirect-provider'), a.partnerType === 'indirectProvider');
      assert.deepEqual(
        o.notes.filter((n) => old.includes(n)),
        [],
        JSON.stringify(a),
      );
    }
  });

  it('tells US Government to confirm administrator access, and transfers, with Partner Center support', () => {
    for (const a of combos.filter((c) => c.cloud === 'usgov')) {
      const o = decide(a, E);
      assert.equal(o.notes.includes('usgovAdminAccess'), a.channel !== 'syndication', JSON.stringify(a));
      assert.equal(o.notes.includes('usgovTransfer'), o.verdict === 'transfer', JSON.stringify(a));
    }
    for (const a of combos.filter((c) => c.cloud === 'global')) assert.ok(!decide(a, E).notes.some((n) => n.startsWith('usgov')));
  });

  it('says what changed on G4 and G6 only', () => {
    for (const a of combos) {
      const o = decide(a, E);
      assert.equal(o.notes.includes('changedAzureTransfer'), o.row === 'G4', JSON.stringify(a));
      assert.equal(o.notes.includes('changedLicenseTransfer'), o.row === 'G6', JSON.stringify(a));
    }
  });

  it('adds the Enterprise Agreement facts to G1, G2 and G3 for EA only, and Azure Expert MSP for direct-bill partners', () => {
    const base = { cloud: 'global', partnerType: 'direct' } as const;
    assert.ok(decide({ ...base, channel: 'ea', service: 'license', goal: 'support' }, E).notes.includes('eaGdap'));
    assert.ok(!decide({ ...base, channel: 'open', service: 'license', goal: 'support' }, E).notes.includes('eaGdap'));
    const g2 = decide({ ...base, channel: 'ea', service: 'license', goal: 'move' }, E);
    assert.ok(g2.notes.includes('eaRenewToCsp') && g2.notes.includes('eaChangePartner') && g2.links.includes('ea-change-partner'));
    assert.ok(!decide({ ...base, channel: 'microsoft', service: 'license', goal: 'move' }, E).links.includes('ea-change-partner'));
    assert.ok(decide({ ...base, channel: 'ea', service: 'usage' }, E).notes.includes('azureExpertMsp'));
    assert.ok(!decide({ ...base, channel: 'ea', service: 'usage', partnerType: 'indirectReseller' }, E).notes.includes('azureExpertMsp'));
  });

  it('keeps the 21Vianet rows with the caveat that their pages date from 2016', () => {
    for (const a of combos.filter((c) => c.cloud === 'china')) {
      const o = decide(a, E);
      // Erratum E9: every 21Vianet result also says GDAP there is to be confirmed with 21Vianet.
      assert.deepEqual(o.notes, ['chinaUnverified', 'chinaSingleAdminPartner', 'chinaGdap'], JSON.stringify(a));
      assert.equal(o.textOf, '2020');
      assert.ok(o.links.every((l) => l.startsWith('cn-')));
    }
  });

  it('settles answers per edition: the settled outcome of one edition is never another edition’s', () => {
    for (const a of combos) for (const edition of EDITIONS) assert.deepEqual(settledOutcome(a, edition), decide(a, edition));
    assert.equal(questionToAsk({ cloud: 'china', channel: 'other' }, E), undefined);
    assert.equal(questionToAsk({ cloud: 'global', channel: 'otherCsp', service: 'usage' }, E), 'partnerType');
  });
});
