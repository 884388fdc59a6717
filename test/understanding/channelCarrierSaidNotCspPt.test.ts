// A carrier's bundle is syndication, unless the sentence says the carrier is no CSP ("veio no plano
// da operadora X, que não é CSP"): then it is a seller outside CSP, a third party.
import { checkKind } from './kindCheck';

describe('channel: a carrier said not to be a CSP', () => {
  checkKind([
    [
      'pt-BR',
      'As licenças do Office 365 vieram no combo de fibra da operadora LigaNet (que não é CSP). Querem só suporte.',
      { channel: 'thirdParty', service: 'license', goal: 'support' },
    ],
    ['pt-BR', 'O Microsoft 365 deles veio no plano corporativo da operadora regional, não é parceiro CSP.', { channel: 'thirdParty', service: 'license' }],
    // Without the words, the carrier's bundle stays syndication.
    ['pt-BR', 'O Microsoft 365 deles veio no plano corporativo da operadora regional.', { channel: 'syndication', service: 'license' }],
  ]);
});
