// A seller described by what it does ("a empresa que hospeda o site deles") and then said not to
// be a CSP partner, after a comma, is a third party; the same company left at its description is
// asked (a hosting company may be a CSP itself).
import { checkKind } from './kindCheck';

describe('channel: a company described, then said not to be a CSP', () => {
  checkKind([
    [
      'pt-BR',
      'As licenças do Microsoft 365 foram compradas da empresa que cuida do servidor deles, não é parceira CSP.',
      { channel: 'thirdParty', service: 'license' },
    ],
    ['pt-BR', 'O Exchange Online veio de uma loja que monta computadores, não é CSP.', { channel: 'thirdParty', service: 'license' }],
    ['pt-BR', 'As licenças do Microsoft 365 foram compradas da empresa que hospeda o site deles.', { service: 'license' }],
  ]);
});
