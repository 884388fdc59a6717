// A contract that runs out later ("o EA vence em agosto") is still the customer's channel: only
// one that has run out ("venceu") is taken back. "Vence" is a form of its own, no typo of
// "venceu", nor "expires" of "expired".
import { checkKind } from './kindCheck';

describe('channel: an agreement that runs out later is still the channel', () => {
  checkKind([
    ['pt-BR', 'O Azure deles está no EA. O EA vence em agosto e querem passar pro nosso CSP.', { channel: 'ea', service: 'usage' }],
    ['pt-BR', 'Office 365 pelo Open Value; os contratos vencem em março.', { channel: 'open', service: 'license' }],
    ['pt-BR', 'O Open Value venceu, agora o Office 365 está com outro parceiro.', { channel: 'otherCsp', service: 'license' }],
    ['en-US', 'Customer has Azure via EA. The EA expires in August, they want us to take it over.', { channel: 'ea', service: 'usage' }],
    ['en-US', 'Office 365 on an EA; the EA will expire next spring.', { channel: 'ea', service: 'license' }],
    ['en-US', 'Office 365 was on an EA but the EA expired, now it sits with another CSP.', { channel: 'otherCsp', service: 'license' }],
    ['ru-RU', 'Azure у них через EA, EA истекает в августе.', { channel: 'ea', service: 'usage' }],
    ['hu-HU', 'Az Azure-t EA-n keresztül vették, az EA augusztusban lejár.', { channel: 'ea', service: 'usage' }],
    ['zh-CN', 'Azure 是通过 EA 购买的，EA 八月到期。', { channel: 'ea', service: 'usage' }],
  ]);
});
