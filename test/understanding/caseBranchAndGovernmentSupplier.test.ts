// Kind "whose": the customer as a branch "de uma multinacional" that has an EA abroad: the EA is
// the multinational's, not this case's ("mas a filial …" returns to it). A supplier "do governo
// americano" sells to the US government: that names no cloud.
import { checkKind } from './kindCheck';

describe('kind: whose, a multinational named as the parent and a supplier of the US government', () => {
  checkKind([
    [
      'pt-BR',
      'O cliente é filial de uma multinacional que tem EA lá fora, mas a filial comprou o Microsoft 365 direto da Microsoft.',
      { channel: 'microsoft', service: 'license' },
    ],
    ['pt-BR', 'O cliente é filial de uma multinacional que tem EA.', {}],
    ['pt-BR', 'O cliente é uma multinacional que comprou Azure via EA.', { channel: 'ea', service: 'usage' }],
    ['pt-BR', 'O cliente é fornecedor do governo americano e quer suporte no Microsoft 365.', { service: 'license', goal: 'support' }],
    ['pt-BR', 'O tenant está na nuvem do governo americano.', { cloud: 'usgov' }],
  ]);
});
