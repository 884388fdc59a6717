// "Por" is a preposition of the channel in Portuguese like "pelo" and "via": "compram por Open" is
// the Open licence, so two channels said with it ("por EA ou por Open, não lembro") stay asked
// instead of the first alone being read. "Open" as an adjective elsewhere keeps no channel.
import { checkKind } from './kindCheck';

describe('"por Open" names the Open licence (pt-BR)', () => {
  checkKind([
    ['pt-BR', 'a gráfica compra o Office 365 por open faz anos', { channel: 'open', service: 'license' }],
    ['pt-BR', 'acho que pagam o Project por enterprise agreement ou por open, tenho que confirmar', { service: 'license' }, ['channel']],
    ['pt-BR', 'o Exchange deles fica aberto por padrão, compram direto da Microsoft', { channel: 'microsoft', service: 'license' }],
  ]);
});
