// Kind "channel-goal-words": "comprou com a Microsoft pelo programa Advisor" says how it was
// bought from Microsoft: through the Advisor programme, one channel. Read before as two channels
// (Microsoft and Advisor): the channel was asked.
import { checkKind } from './kindCheck';

describe('kind: bought from Microsoft through the Advisor programme is the Advisor channel', () => {
  checkKind([
    ['pt-BR', 'A empresa comprou Dynamics 365 com a Microsoft pelo programa Advisor.', { channel: 'advisor', service: 'license' }],
    [
      'pt-BR',
      'O Microsoft 365 foi contratado da Microsoft, via Advisor, e querem passar o faturamento pra gente.',
      { channel: 'advisor', service: 'license', goal: 'move' },
    ],
    ['pt-BR', 'Compraram da Microsoft, no site.', { channel: 'microsoft' }],
  ]);
});
