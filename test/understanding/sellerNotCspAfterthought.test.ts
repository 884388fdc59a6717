// Kind "channel in the speaker's words": a seller named in one sentence and said not to be a CSP
// partner in a short sentence of its own right after it ("…from a hosting provider. Not a CSP.")
// is a third party, as it is when both are said in one sentence. A channel stated in the
// sentence before keeps its place.
import { checkKind } from './kindCheck';

describe('kind: channel in own words, "not a CSP" said as an afterthought describes the seller named just before', () => {
  checkKind([
    ['en-US', 'They bought Office 365 from a hosting provider. Not a CSP.', { channel: 'thirdParty', service: 'license' }],
    ['ru-RU', 'Купили Office 365 у хостинг-провайдера. Не CSP.', { channel: 'thirdParty', service: 'license' }],
    ['zh-CN', '他们是在一家主机托管商买的Office 365。不是CSP。', { channel: 'thirdParty', service: 'license' }],
    ['pt-BR', 'Compraram o Office 365 de um provedor de hospedagem. Não é CSP.', { channel: 'thirdParty', service: 'license' }],
    ['hu-HU', 'Az Office 365-öt egy tárhelyszolgáltatótól vették. Nem CSP.', { channel: 'thirdParty', service: 'license' }],
    ['en-US', 'They bought Office 365 via EA. Not a CSP.', { channel: 'ea', service: 'license' }],
  ]);
});
