// A seller whose name and what it sold besides come between it and "it is not a CSP partner"
// ("um provedor de hospedagem (a X), junto com o domínio e o site — ela não é parceira CSP")
// is still the seller the denial describes: a third party (parties.ts sellersNotCsp, a reach of
// twelve units). Written for these tests.
import { checkKind } from './kindCheck';

describe('channel: a seller said not to be a CSP after an aside about it', () => {
  checkKind([
    [
      'pt-BR',
      'Compraram o Office 365 de um provedor de hospedagem (a SiteFácil), junto com o domínio e o site — ela não é parceira CSP.',
      { channel: 'thirdParty', service: 'license' },
    ],
  ]);
});
