// Kind "channel-goal-words": "comprou direto da própria 21Vianet" (from 21Vianet itself) is the
// 21Vianet channel, as "direto da 21Vianet" is. Read before as the China cloud alone: the channel
// was asked.
import { checkKind } from './kindCheck';

describe('kind: bought from 21Vianet itself is the 21Vianet channel', () => {
  checkKind([
    ['pt-BR', 'O Office 365 da filial em Pequim foi comprado direto da própria 21Vianet.', { cloud: 'china', channel: 'vianet', service: 'license' }],
    ['pt-BR', 'A subsidiária comprou o Azure da própria 21Vianet.', { cloud: 'china', channel: 'vianet', service: 'usage' }],
  ]);
});
