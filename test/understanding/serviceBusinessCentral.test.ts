// Dynamics 365 Business Central is a licence, often named without "Dynamics", in any language,
// also with a Hungarian case ending ("a Business Centralt"). Read before as no service.
import { checkKind } from './kindCheck';

describe('service: "Business Central" alone is a licence-based service', () => {
  const said = { channel: 'otherCsp', service: 'license' } as const;
  checkKind([
    ['en-US', 'Their Business Central came from another CSP.', said],
    ['ru-RU', 'Business Central они купили у другого CSP-партнёра.', said],
    ['zh-CN', '他们的 Business Central 是从另一个 CSP 合作伙伴买的。', said],
    ['pt-BR', 'O Business Central deles veio de outro parceiro CSP.', said],
    ['hu-HU', 'A Business Centralt egy másik CSP partnertől vették.', said],
    [
      'en-US',
      'They bought Business Central through the Advisor program, global cloud, and want us to support it.',
      { cloud: 'global', channel: 'advisor', service: 'license', goal: 'support' },
    ],
    ['hu-HU', 'A Business Centralt egy másik CSP partnertől vették, át akarják hozni hozzánk.', { channel: 'otherCsp', service: 'license', goal: 'move' }],
    ['pt-BR', 'O Business Central deles veio de outro parceiro CSP e querem trazer pra gente.', { channel: 'otherCsp', service: 'license', goal: 'move' }],
  ]);
});
