// Kind "channelWords": a local integrator ("a local integrator", «у местного интегратора», "本地集成商",
// "um integrador local", "egy helyi integrátor") is somewhere other than 21Vianet, Microsoft or a
// named programme: in the Partner Center operated by 21Vianet it is the "other" channel; in the
// commercial one there is no such option, so it is asked about, naming the words.
import * as assert from 'assert';
import { understand } from '../../src/domain/understanding';
import { checkKind } from './kindCheck';

describe('kind: channelWords, a local integrator in the 21Vianet Partner Center is the "other" channel', () => {
  checkKind([
    ['en-US', '21Vianet partner center, they bought Office 365 from a local integrator', { cloud: 'china', channel: 'other', service: 'license' }],
    ['ru-RU', '21Vianet, купили Office 365 у местного интегратора', { cloud: 'china', channel: 'other', service: 'license' }],
    ['zh-CN', '世纪互联，Office 365是从本地集成商买的', { cloud: 'china', channel: 'other', service: 'license' }],
    ['pt-BR', '21Vianet, comprou o Office 365 de um integrador local', { cloud: 'china', channel: 'other', service: 'license' }],
    ['hu-HU', '21Vianet, az Office 365-öt egy helyi integrátortól vették', { cloud: 'china', channel: 'other', service: 'license' }],
  ]);
});

describe('kind: channelWords, a local integrator in the commercial Partner Center is asked about, never guessed', () => {
  const cases: Array<[string, string, string]> = [
    ['en-US', 'commercial partner center, they bought Office 365 from a local integrator', 'a local integrator'],
    ['ru-RU', 'коммерческий Partner Center, купили Office 365 у местного интегратора', 'местного интегратора'],
    ['zh-CN', '商业版合作伙伴中心，Office 365是从本地集成商买的', '本地集成商'],
    ['pt-BR', 'partner center comercial, comprou o Office 365 de um integrador local', 'um integrador local'],
    ['hu-HU', 'kereskedelmi partnerközpont, az Office 365-öt egy helyi integrátortól vették', 'helyi integrátortól'],
  ];
  for (const [lang, text, words] of cases) {
    it(`${lang}: ${text}`, () => {
      const got = understand(text);
      assert.deepStrictEqual(
        { answers: got.answers, unsettled: got.unsettled, said: got.said?.channel },
        { answers: { cloud: 'global', service: 'license' }, unsettled: ['channel'], said: [words] },
      );
    });
  }
});

describe('kind: channelWords, "local" alone names no channel', () => {
  checkKind([['en-US', '21Vianet partner center, a local customer bought Office 365', { cloud: 'china', service: 'license' }]]);
});

describe('kind: channelWords, a local integrator said not to be a CSP is a third party', () => {
  checkKind([
    ['en-US', 'They bought Office 365 from a local integrator, which is not a CSP.', { channel: 'thirdParty', service: 'license' }],
    ['ru-RU', 'Office 365 купили у местного интегратора, он не CSP.', { channel: 'thirdParty', service: 'license' }],
    ['zh-CN', 'Office 365是从本地集成商买的，对方不是CSP。', { channel: 'thirdParty', service: 'license' }],
    ['pt-BR', 'Compraram o Office 365 de um integrador local, que não é CSP.', { channel: 'thirdParty', service: 'license' }],
    ['hu-HU', 'Az Office 365-öt egy helyi integrátortól vették, ami nem CSP.', { channel: 'thirdParty', service: 'license' }],
  ]);
});
