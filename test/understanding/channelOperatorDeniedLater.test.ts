// "Não é da operadora" (it isn't the telecom operator's) takes back an earlier "veio no pacote da
// operadora" (syndication), so the seller said next is the channel; "veio da operadora" says it.
// The internet that "é da operadora" says nothing of the licences.
import { checkKind } from './kindCheck';

describe('channel: the operator said, then denied', () => {
  checkKind([
    [
      'pt-BR',
      'A cliente diz que o Microsoft 365 veio no pacote da operadora. Olhei as notas: não é da operadora. Compraram de uma empresa de informática que não é parceira CSP.',
      { channel: 'thirdParty', service: 'license' },
    ],
    ['pt-BR', 'O Microsoft 365 veio da operadora, junto com a internet.', { channel: 'syndication', service: 'license' }],
    ['pt-BR', 'A internet é da operadora; o Microsoft 365 foi comprado de outro parceiro CSP.', { channel: 'otherCsp', service: 'license' }],
  ]);
});
