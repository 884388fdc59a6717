// A status line labels the cloud by the Partner Center or the tenant, then a colon: "Partner
// Center: comercial" and "Tenant: global" state the commercial cloud as "Nuvem: comercial" does.
// A line naming the other cloud after the label keeps it.
import { checkKind } from './kindCheck';

describe('the cloud after a Partner Center or tenant label and its colon (pt-BR)', () => {
  checkKind([
    [
      'pt-BR',
      'Resumo da conta ⏎ - PC: comercial ⏎ - Produto: Azure, pago à Microsoft direto'.replace(/⏎/g, '\n'),
      { cloud: 'global', channel: 'microsoft', service: 'usage' },
    ],
    ['pt-BR', 'Tenant: global. Eles compram o Microsoft 365 por Open Value.', { cloud: 'global', channel: 'open', service: 'license' }],
    ['pt-BR', 'Partner Center: 21Vianet. Eles usam Azure.', { cloud: 'china', service: 'usage' }],
  ]);
});
