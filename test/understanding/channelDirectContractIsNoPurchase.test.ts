// "Direto" said of a contract is no purchase from Microsoft: our own direct contract ("pelo nosso
// contrato direto") is our role's, and the three-year contract signed directly with Microsoft is
// the EA. And a purchase "à 21Vianet" (European Portuguese) a few words after the verb.
import { checkKind } from './kindCheck';

describe('A direct contract is no purchase from Microsoft; bought à 21Vianet', () => {
  checkKind([
    ['pt-BR', 'O cliente quer transferir o Azure do parceiro CSP atual. Vamos fechar pelo nosso contrato direto.', { channel: 'otherCsp', service: 'usage' }],
    ['pt-BR', 'É o contrato grandão de 3 anos assinado direto com a Microsoft. Office 365.', { channel: 'ea', service: 'license' }],
    ['pt-BR', 'A filial comprou as licenças todas do Office 365 à 21Vianet.', { cloud: 'china', channel: 'vianet', service: 'license' }],
  ]);
});
