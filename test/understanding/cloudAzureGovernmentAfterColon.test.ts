// "Azure Government" opening a clause after a colon ("Subsidiária nos EUA: Azure Government…")
// names the US government cloud, as it does after "no" or "é".
import { checkKind } from './kindCheck';

describe('cloud: Azure Government after a colon', () => {
  checkKind([
    ['pt-BR', 'Filial americana: Azure Government, comprado pelo EA.', { cloud: 'usgov', channel: 'ea', service: 'usage' }],
    ['pt-BR', 'Resumo: Azure Government, comprado direto da Microsoft.', { cloud: 'usgov', channel: 'microsoft', service: 'usage' }],
    ['en-US', 'US subsidiary: Azure Government under their EA.', { cloud: 'usgov', channel: 'ea', service: 'usage' }],
  ]);
});
