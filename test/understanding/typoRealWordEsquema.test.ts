// Kind "channel-goal-words": "esquema" (a scheme, "esquema de sindicação") is a word of its own,
// no misspelt "esqueça" (forget): taken for one, it dismissed the channel said around it, and
// the channel was asked. "Esqueça o EA" still dismisses the EA.
import { checkKind } from './kindCheck';

describe('kind: "esquema" is no misspelt "esqueça"', () => {
  checkKind([
    ['pt-BR', 'Comprou o Microsoft 365 da operadora, esquema de sindicação.', { channel: 'syndication', service: 'license' }],
    ['pt-BR', 'O Azure veio pelo EA, esquema antigo de desconto por volume.', { channel: 'ea', service: 'usage' }],
    ['pt-BR', 'Esqueça o EA, comprou o Microsoft 365 pela sindicação.', { channel: 'syndication', service: 'license' }],
  ]);
});
