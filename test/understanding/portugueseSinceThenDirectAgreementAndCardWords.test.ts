// Portuguese words of a channel that changed and of channels said in few words: "desde então" and
// "de 2021 em diante" open what holds now (pt-BR lexicon, `corrections`); "MCA-E com a Microsoft"
// (also "c/ MS") is a purchase from Microsoft, as is paying "no cartão lá no portal de admin" or
// buying "no admin center com cartão"; "ex-parceiro Advisor" is a former Advisor; "comprou
// diretamente à 21Vianet" is 21Vianet's; "X não é mais opção" says no to X; a carrier's package
// "(a operadora não é CSP)" is a third party's.
import { checkKind } from './kindCheck';

describe('Portuguese: since then, MCA-E with Microsoft, card in the admin portal, ex-Advisor', () => {
  checkKind([
    ['pt-BR', 'Usavam EA até 2022, desde então compram Azure direto com a Microsoft.', { channel: 'microsoft', service: 'usage' }],
    ['pt-BR', 'Dynamics 365 Sales, contrato MCA-E com a Microsoft.', { channel: 'microsoft', service: 'license' }],
    ['pt-BR', 'Project: pagam no cartão lá pelo portal de admin.', { channel: 'microsoft', service: 'license' }],
    ['pt-BR', 'O Visio foi comprado no admin center com cartão corporativo.', { channel: 'microsoft', service: 'license' }],
    ['pt-BR', 'cliente na nuvem da 21Vianet, comprado de um ex-parceiro Advisor', { cloud: 'china', channel: 'formerAdvisor' }],
    ['pt-BR', 'Nuvem da China: o cliente adquiriu diretamente à 21Vianet.', { cloud: 'china', channel: 'vianet' }],
    [
      'pt-BR',
      'Até 2020 Open Value. De 2021 em diante: Microsoft 365 comprado de uma operadora como pacote (a operadora não é CSP).',
      { channel: 'thirdParty', service: 'license' },
    ],
    ['pt-BR', 'Open License não é mais opção para esse cliente.', {}],
  ]);
});
