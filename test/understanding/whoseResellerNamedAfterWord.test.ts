// A bare reseller word followed by a name ("Revenda Paineira pediu ajuda", "reseller Fabrikam will
// handle it") is that company, another party: not the writer's role, which stays unsaid; the
// writer's own words before it in its sentence ("Somos revenda Microsoft") still name ours.
import { checkKind } from './kindCheck';

describe('a reseller word followed by a name is that company', () => {
  checkKind([
    [
      'pt-BR',
      'Revenda Paineira pediu ajuda: o cliente tem Office 365 E3 no Open Value e quer só suporte.',
      { channel: 'open', service: 'license', goal: 'support' },
    ],
    ['pt-BR', 'cliente com Exchange Online via EA, revenda Beta Nuvem vai cuidar do suporte', { channel: 'ea', service: 'license', goal: 'support' }],
    ['en-US', 'Reseller Fabrikam will handle this one: the customer bought Microsoft 365 E3 through an EA.', { channel: 'ea', service: 'license' }],
    [
      'pt-BR',
      'Nós somos revenda Microsoft há dez anos; o cliente tem Azure comprado direto da Microsoft.',
      { channel: 'microsoft', service: 'usage', partnerType: 'indirectReseller' },
    ],
  ]);
});
