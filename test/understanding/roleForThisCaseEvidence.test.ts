// Kind "whose words": a role said for this customer is this case's, and the words said for it are
// the evidence the advisor shows, not the partner's general role said before in the sentence
// ("We are a reseller, and for this customer we are an indirect reseller…").
import * as assert from 'assert';
import { understand } from '../../src/domain/understanding';

describe('whose: the role said for this customer is the evidence, not the general one before it', () => {
  for (const [lang, text, evidence] of [
    ['en-US', 'We are a reseller, and for this customer we are an indirect reseller, we are T1 only for the big accounts.', 'indirect reseller'],
    ['ru-RU', 'Мы реселлер, а по этому клиенту мы реселлер через дистрибьютора, T1 у нас только по крупным.', 'реселлер через дистрибьютора'],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      const got = understand(text);
      assert.strictEqual(got.answers.partnerType, 'indirectReseller');
      assert.strictEqual(got.evidence.partnerType, evidence);
    });
  }
});
