// Kind "correction": a channel said before a correction that changes the cloud ("Office 365
// through EA. No wait, it is the China cloud, operated by 21Vianet") belonged to the cloud taken
// back. In the 21Vianet cloud EA would mean "somewhere else", a guess the speaker never made: the
// channel is asked, naming what was said. Said with the cloud, not corrected, it keeps its
// meaning there ("bought through EA, China cloud": somewhere else).
import * as assert from 'assert';
import { understand } from '../../src/domain/understanding';

describe('kind: correction, a channel said before the cloud was corrected is asked in the new cloud', () => {
  for (const [lang, text] of [
    ['en-US', 'Office 365 through EA. No wait, it is the China cloud, operated by 21Vianet.'],
    ['en-US', "Back then it was EA. Now it's operated by 21Vianet."],
    ['ru-RU', 'Office 365 через EA. Хотя нет, облако китайское, 21Vianet.'],
    ['zh-CN', '那时候是 EA。现在是世纪互联运营的'],
    ['pt-BR', 'Office 365 pelo EA. Não, espera, é a nuvem da China, da 21Vianet.'],
    ['hu-HU', 'Office 365 EA-n keresztül. Nem, várj, kínai felhő, a 21Vianeté.'],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      const got = understand(text);
      assert.strictEqual(got.answers.cloud, 'china');
      assert.strictEqual(got.answers.channel, undefined);
      assert.deepStrictEqual(got.unsettled, ['channel']);
    });
  }
  it('en-US: a sentence opened by "now" corrects only what it says again (EA, then "now they want support")', () => {
    const got = understand('They bought Office 365 through EA. Now they want support.');
    assert.deepStrictEqual(got.answers, { channel: 'ea', service: 'license', goal: 'support' });
  });
  it('en-US: Bought through EA, China cloud. (not corrected: somewhere else)', () => {
    assert.strictEqual(understand('Bought through EA, China cloud.').answers.channel, 'other');
  });
});
