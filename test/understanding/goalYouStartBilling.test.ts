// Kind "goalWords": the customer asks the partner to take over the billing in its own words ("queria
// que vocês passassem a faturar pra gente", "sair da cobrança da Microsoft"): the goal is the
// move. Read before as no goal. Said of "vocês" only: another party's billing is no wish of the
// customer's ("o distribuidor passou a faturar").
import { checkKind } from './kindCheck';

describe('kind: "que vocês passem a faturar", "sair da cobrança da Microsoft" is the move', () => {
  checkKind([
    [
      'pt-BR',
      'Cliente: a gente comprou o Microsoft 365 no site da Microsoft, no cartão. Queria que vocês passassem a faturar pra gente.',
      { channel: 'microsoft', service: 'license', goal: 'move' },
    ],
    ['pt-BR', 'Eles têm 30 licenças do Office 365 e querem sair da cobrança da Microsoft.', { service: 'license', goal: 'move' }],
    ['pt-BR', 'Eles têm 30 licenças do Office 365; o distribuidor deles passou a faturar em março.', { service: 'license' }],
  ]);
});
