// Portuguese short forms and channels: "rev. indireta" is "revenda indireta" and "c/ o
// financeiro" is "com o financeiro" (pt-BR lexicon, `respell`); "comprou de uma parceira que era
// CSP" names a CSP seller; Office "junto com o pacote / tarifário" of a carrier "que não é CSP" is
// a third party's; a contract planned for later ("ano que vem vão assinar um EA") is not today's
// channel (`structure.otherCase`).
import { checkKind } from './kindCheck';

describe('Portuguese: short forms, a carrier tariff not CSP, a CSP seller, a planned contract', () => {
  checkKind([
    ['pt-BR', 'somos rev. indireta, cliente com Azure via EA', { channel: 'ea', service: 'usage', partnerType: 'indirectReseller' }],
    // After a full stop the abbreviation's own dot would end the sentence before its noun.
    ['pt-BR', 'Azure no EA; somos rev. indireta.', { channel: 'ea', service: 'usage', partnerType: 'indirectReseller' }],
    ['pt-BR', 'Azure: compraram de um revendedor que era CSP.', { channel: 'otherCsp', service: 'usage' }],
    ['pt-BR', 'Compraram o Microsoft 365 junto com o plano de celulares da Claro, que não é CSP.', { channel: 'thirdParty', service: 'license' }],
    ['pt-BR', 'O Office 365 veio no tarifário dos telemóveis, não é CSP.', { channel: 'thirdParty', service: 'license' }],
    ['pt-BR', 'Hoje o Dynamics 365 deles é comprado direto da Microsoft. No ano que vem vão assinar um EA.', { channel: 'microsoft', service: 'license' }],
  ]);
});
