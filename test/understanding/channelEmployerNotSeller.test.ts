// Kind "whoseWords": "o consultor trabalhava pra outra empresa, que hoje é CSP, mas a compra não foi
// via CSP" names the consultant's employer, not a seller: neither "outra empresa" nor the seller said
// not to be a CSP is the channel. Read before: a third party beside the Advisor program, the channel
// asked. A purchase from another company is still a third party.
import { checkKind } from './kindCheck';

describe('kind: the company someone "trabalhava pra" is an employer, not the seller', () => {
  checkKind([
    [
      'pt-BR',
      'Compraram o Office 365 pelo programa Advisor da Microsoft, nuvem comercial. O consultor trabalhava pra outra empresa, que hoje é CSP, mas a compra não foi via CSP.',
      { cloud: 'global', channel: 'advisor', service: 'license' },
    ],
    ['pt-BR', 'O TI deles trabalhava numa outra empresa; o Azure é via EA.', { channel: 'ea', service: 'usage' }],
    ['pt-BR', 'O Office foi comprado de outra empresa, que não é parceira CSP.', { channel: 'thirdParty', service: 'license' }],
  ]);
});
