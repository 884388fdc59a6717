// Portuguese: 21Vianet is also written masculine ("do próprio 21Vianet", "pelo 21Vianet"): bought
// from it is the 21Vianet channel, as "da própria 21Vianet" is.
import { checkKind } from './kindCheck';

describe('channel: bought from 21Vianet itself, written masculine', () => {
  checkKind([
    ['pt-BR', 'As licenças do Microsoft 365 foram adquiridas do próprio 21Vianet.', { cloud: 'china', channel: 'vianet', service: 'license' }],
    ['pt-BR', 'O Azure foi comprado direto pelo 21Vianet, sem revenda.', { cloud: 'china', channel: 'vianet', service: 'usage' }],
  ]);
});
