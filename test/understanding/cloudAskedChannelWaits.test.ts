// A channel said while the cloud itself is asked (two Partner Centers named) waits for the cloud:
// it is not asked about as a channel the stated cloud lacks, since no cloud is stated
// (src/domain/understanding/understand.ts, the unsettled channel).
import { strict as assert } from 'assert';
import { understand } from '../../src/domain/understanding';

const CASES: Array<[lang: string, text: string]> = [
  ['en-US', "Bought through 21Vianet; Partner Center global or China, we don't know yet."],
  ['ru-RU', 'Купили через 21Vianet; Partner Center глобальный или китайский, пока не знаем.'],
  ['zh-CN', '通过世纪互联买的；合作伙伴中心是全球版还是中国版，还不知道。'],
  ['pt-BR', 'Compraram pela 21Vianet; o Partner Center é o global ou o da China, ainda não sabemos.'],
  ['hu-HU', 'A 21Vianeten keresztül vették; a Partnerközpont globális vagy kínai, még nem tudjuk.'],
];

describe('kind: a channel said while the cloud is asked waits for the cloud', () => {
  for (const [lang, text] of CASES) {
    it(`${lang}: ${text}`, () => {
      const got = understand(text);
      assert.deepStrictEqual(
        { conflicts: got.conflicts, unsettled: got.unsettled, saidChannel: got.said?.channel },
        { conflicts: ['cloud'], unsettled: undefined, saidChannel: undefined },
      );
    });
  }
});
