// Dynamics 365 Business Central is a licence, in any language, also with a Hungarian case ending
// ("a Business Centralt"). Read before as no service.
import { checkKind } from './kindCheck';

describe('service: Business Central is a licence', () => {
  checkKind([
    [
      'en-US',
      'They bought Business Central through the Advisor program, global cloud, and want us to support it.',
      { cloud: 'global', channel: 'advisor', service: 'license', goal: 'support' },
    ],
    ['hu-HU', 'A Business Centralt egy másik CSP partnertől vették, át akarják hozni hozzánk.', { channel: 'otherCsp', service: 'license', goal: 'move' }],
    ['pt-BR', 'O Business Central deles veio de outro parceiro CSP e querem trazer pra gente.', { channel: 'otherCsp', service: 'license', goal: 'move' }],
  ]);
});
