// Kinds "correction" and "spoken": a seller said not to be a CSP ("uma hospedagem que não é CSP")
// is a third party even when its sentence first named another channel, if a correction stands
// between them ("pelo Open não pera foi numa hospedagem"): the correction starts the seller's own
// statement. Unpunctuated speech ran the two into one sentence, and the channel taken back won.
import { checkKind } from './kindCheck';

describe('kind: a seller not a CSP, named after a correction, replaces the channel taken back', () => {
  checkKind([
    ['pt-BR', 'o office 365 deles foi comprado pelo open não pera foi numa empresa de hospedagem que não é CSP', { channel: 'thirdParty', service: 'license' }],
    [
      'pt-BR',
      'o azure veio do EA quer dizer de um provedor de hospedagem que não é CSP e querem trazer pra gente',
      { channel: 'thirdParty', service: 'usage' },
    ],
    ['en-US', 'their azure came through open no wait through a hosting company that is not a CSP', { channel: 'thirdParty', service: 'usage' }],
    ['pt-BR', 'compraram o azure pelo open numa hospedagem que não é CSP', { channel: 'open', service: 'usage' }],
  ]);
});
