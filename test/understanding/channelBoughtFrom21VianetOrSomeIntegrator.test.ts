// European Portuguese buys "à 21Vianet" (from 21Vianet), as Brazilian buys "da 21Vianet". In the
// China cloud, "um integrador qualquer" (some integrator) is somewhere else, like a local one.
import { checkKind } from './kindCheck';

describe('channel: bought from 21Vianet (pt-PT) or from some integrator in China', () => {
  checkKind([
    ['pt-BR', 'Licenças do Office 365 adquiridas à 21Vianet, querem suporte.', { cloud: 'china', channel: 'vianet', service: 'license', goal: 'support' }],
    [
      'pt-BR',
      'Tenant operado pela 21Vianet, mas as licenças do Office 365 vieram de um integrador qualquer de Xangai.',
      { cloud: 'china', channel: 'other', service: 'license' },
    ],
  ]);
});
