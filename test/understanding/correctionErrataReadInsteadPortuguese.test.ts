// An erratum told in words ("onde escrevi X, leia-se Y") corrects X to Y, as "corrigindo" does.
import { checkKind } from './kindCheck';

describe('A Portuguese erratum "leia-se" corrects what was written before it', () => {
  checkKind([
    [
      'pt-BR',
      'Errata do resumo de ontem (Sítio Boa Vista): onde escrevi "Open Value", leia-se "Enterprise Agreement". O resto fica: querem só suporte ao Office 365.',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
    ['pt-BR', 'Errata: no item 2, onde se lê Azure, leia-se Dynamics 365. Comprado de outro parceiro CSP.', { channel: 'otherCsp', service: 'license' }],
  ]);
});
