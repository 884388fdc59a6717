// Kind "notXbutY": "o Dynamics deles fica onde está, o que querem trazer é a assinatura do Azure"
// sets the product that stays aside and names the one in scope. Read before: both products, the
// service asked. Only when what is wanted follows ("o que…", "só o…"): a product that stays where
// it is and is looked after there ("continua onde está, só querem suporte") is still the service.
import { checkKind } from './kindCheck';

describe('kind: a product that "fica onde está" beside the one wanted is not the service', () => {
  checkKind([
    [
      'pt-BR',
      'O Dynamics deles fica onde está, o que querem trazer é a assinatura do Azure, que hoje está com outro parceiro CSP.',
      { channel: 'otherCsp', service: 'usage' },
    ],
    ['pt-BR', 'O Office 365 continua como está; só o Azure vem pra gente.', { service: 'usage' }],
    ['pt-BR', 'O Office 365 continua onde está, só querem suporte.', { service: 'license', goal: 'support' }],
  ]);
});
