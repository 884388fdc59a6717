// Kind "tier named": "T2" is the tier both indirect roles share; the reseller's own word right
// after it, closing the clause ("we're T2, a reseller", "我们是 T2 经销商"), says which one. Unread,
// the bare T2 is either role and asked (tier.ts).
import { strict as assert } from 'assert';
import { understand } from '../../src/domain/understanding';
import { checkKind } from './kindCheck';

describe("kind: tier named, T2 then the reseller's word is the indirect reseller", () => {
  checkKind([
    ['en-US', "We're T2, a reseller.", { partnerType: 'indirectReseller' }],
    // The reseller's word may end the message itself.
    ['en-US', "We're T2, a reseller", { partnerType: 'indirectReseller' }],
    ['ru-RU', 'Мы T2, реселлер.', { partnerType: 'indirectReseller' }],
    ['zh-CN', '我们是 T2 经销商，从 Ingram 进货。', { partnerType: 'indirectReseller' }],
    ['pt-BR', 'Somos T2, uma revenda.', { partnerType: 'indirectReseller' }],
    ['hu-HU', 'T2-esek vagyunk, viszonteladók.', { partnerType: 'indirectReseller' }],
  ]);
});

describe('kind: tier named, resellers under us are others (the T2 stays either role, asked), and an either/or stays asked', () => {
  checkKind([
    ['en-US', "We're T2, resellers under us buy from us.", {}, ['partnerType']],
    ['zh-CN', '我们是 T2，下面的经销商从我们进货。', {}, ['partnerType']],
    ['en-US', "We're T2 or a reseller, not sure.", {}, ['partnerType']],
  ]);
});

describe('kind: tier named, a T2 the partner buys through is its supplier: the partner is the reseller', () => {
  checkKind([['hu-HU', 'mindent a T2-nkon keresztül rendelünk', { partnerType: 'indirectReseller' }]]);
});

describe('kind: tier named, a bare T2 asked names the words said', () => {
  const said = (text: string): readonly string[] | undefined => understand(text).said?.partnerType;
  it('one word read as both roles names that word', () => assert.deepEqual(said("we're T2"), ['T2']));
  it('a T2 offered with a distributor names both', () => assert.deepEqual(said('we are a T2 or a distributor'), ['T2', 'distributor']));
});
