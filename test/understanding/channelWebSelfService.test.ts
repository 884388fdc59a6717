// Licences bought "through web self-service" were bought from Microsoft itself. A self-service
// desk or portal of someone else is no channel.
import { checkKind } from './kindCheck';

describe('channel words: bought through self-service is Microsoft', () => {
  checkKind([
    [
      'en-US',
      'They got Exchange Online licences via self-service, commercial tenant, wants us to manage it.',
      { cloud: 'global', channel: 'microsoft', service: 'license', goal: 'support' },
    ],
    ['en-US', 'Power BI Pro bought through web self-service by their finance team.', { channel: 'microsoft', service: 'license' }],
    ['en-US', 'They log tickets via self-service portal of ours, Office 365 from another CSP.', { channel: 'otherCsp', service: 'license' }],
  ]);
});
