// A doubt about how a product was bought ("não lembra se comprou as licenças do Microsoft 365
// numa loja…") doubts the how, also when the product is named twice with a word between ("the
// licences of Microsoft 365"): the product is what the doubt is about, not what it doubts. Read
// as two products, the service was asked back although the message names it plainly.
import { checkDoubted, checkKind } from './kindCheck';

describe('kind: hedge, the product named twice with "of" between is not what a doubt of how doubts', () => {
  checkDoubted([
    ['pt-BR', 'O cliente não lembra se comprou as licenças do Microsoft 365 numa loja online.', { service: 'license' }, { channel: 'thirdParty' }],
    ['pt-BR', 'Não sei se eles compraram as assinaturas do Office 365 pelo EA.', { service: 'license' }, { channel: 'ea' }],
    ['en-US', 'Not sure whether they bought the licenses of Microsoft 365 through an EA.', { service: 'license' }, { channel: 'ea' }],
  ]);
  checkKind([
    [
      'pt-BR',
      'O cliente não lembrava se comprou as licenças do Microsoft 365 numa loja de informática ou com outro parceiro CSP.',
      { service: 'license' },
      ['channel'],
    ],
    // Two products: which one is what is in doubt.
    ['pt-BR', 'Não lembram se compraram o Office 365 ou o Azure pelo EA.', { channel: 'ea' }, ['service']],
  ]);
});
