// Kind "either/or": the option the speaker settles on ("vou de comercial", "fico com a global")
// is the cloud, as "it's the commercial one" is; the word alone ("comercial") names a
// department or a proposal too often to be read bare.
import { checkKind } from './kindCheck';

describe('kind: the cloud the speaker goes with settles an either/or', () => {
  checkKind([
    ['pt-BR', 'Nuvem: ou comercial ou GCC... não, GCC não se aplica a uma empresa de Manaus, vou de comercial.', { cloud: 'global' }],
    ['pt-BR', 'Comercial ou governo americano? Fico com a global, o cliente é uma rede de farmácias.', { cloud: 'global' }],
    ['pt-BR', 'Vamos de comercial mesmo, Azure comprado direto no site da Microsoft.', { cloud: 'global', channel: 'microsoft', service: 'usage' }],
    ['pt-BR', 'Vou com a gerente comercial falar do Microsoft 365 deles.', { service: 'license' }],
  ]);
});
