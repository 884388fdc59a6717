// "Direto pelo autoatendimento" (straight through the self-service): a purchase from Microsoft.
// Offered as one of two ways with the Advisor program, and nobody knows which, the channel is asked.
import { checkKind } from './kindCheck';

describe('kind: channel words, bought through the self-service (Portuguese)', () => {
  checkKind([
    ['pt-BR', 'as licenças do Microsoft 365 foram compradas direto pelo autoatendimento no site', { channel: 'microsoft', service: 'license' }],
    [
      'pt-BR',
      'as licenças do Microsoft 365 foram compradas ou pelo programa Advisor da Microsoft ou direto pelo autoatendimento. A sócia não soube dizer qual dos dois.',
      { service: 'license' },
      ['channel'],
    ],
  ]);
});
