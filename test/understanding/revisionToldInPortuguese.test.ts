// An earlier version told in Portuguese words ("na rev. 1 constava que", "a versão anterior dizia",
// "inicialmente achavam") is background, like what was said at first; a heading "Antes:" answered
// later by "Agora:", and a sentence opened by "Correto:", correct what came before them.
import { checkKind } from './kindCheck';

describe('An earlier version told in Portuguese words gives way to the current one', () => {
  checkKind([
    [
      'pt-BR',
      'Achado 3 (rev. 2). Na rev. 1 constava que o Exchange Online era do Enterprise Agreement. O cliente mostrou o contrato: é Open Value.',
      { channel: 'open', service: 'license' },
    ],
    [
      'pt-BR',
      'A versão anterior dizia que o tenant era GCC. Conferido no portal: nuvem comercial. Office 365 comprado direto da Microsoft.',
      { cloud: 'global', channel: 'microsoft', service: 'license' },
    ],
    ['pt-BR', 'Inicialmente achavam que o Azure era do EA. Depois acharam a nota: foi pelo Open.', { channel: 'open', service: 'usage' }],
    [
      'pt-BR',
      'Antes: só suporte ao Microsoft 365, que está com outro parceiro CSP. Agora: a diretoria decidiu transferir as assinaturas para nós.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    ['pt-BR', 'Seção 1: somos a revenda. Correto: aqui somos o distribuidor.', { partnerType: 'indirectProvider' }],
  ]);
});
