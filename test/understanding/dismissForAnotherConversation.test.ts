// Kind "whoseWords": "falaram de um Azure que o dono usa pro site, mas isso fica pra outra conversa"
// sets the Azure aside, as "isso fica pra depois" does. Read before: the Azure beside the licences
// of the case, the service asked.
import { checkKind } from './kindCheck';

describe('kind: "isso fica pra outra conversa" sets the clause before it aside', () => {
  checkKind([
    [
      'pt-BR',
      'São 40 licenças do Microsoft 365 de outro parceiro CSP. Ah, e falaram de um Azure que o dono usa pro site, mas isso fica pra outra conversa.',
      { channel: 'otherCsp', service: 'license' },
    ],
    ['pt-BR', 'Querem mover o Dynamics 365; o Azure deles, esse fica para outro momento.', { service: 'license', goal: 'move' }],
  ]);
});
