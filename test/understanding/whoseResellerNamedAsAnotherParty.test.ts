// A reseller spoken of as another party, not our role: the one who opened the deal ("quem abriu
// … foi a revenda"), one that will run the day to day ("a revenda X vai…"), one that works with
// us; and a sale made by us in the Advisor days ("vendido por nós na época do Advisor").
import { checkKind } from './kindCheck';

describe('A reseller named as another party in Portuguese', () => {
  checkKind([
    ['pt-BR', 'Nós somos o distribuidor; quem fechou a venda foi a revenda parceira.', { partnerType: 'indirectProvider' }],
    ['pt-BR', 'Somos o distribuidor, a revenda Delta vai cuidar do dia a dia. Azure.', { service: 'usage', partnerType: 'indirectProvider' }],
    [
      'pt-BR',
      'A revenda que trabalha com a gente disse que o cliente comprou pelo EA. Nós somos o distribuidor.',
      { channel: 'ea', partnerType: 'indirectProvider' },
    ],
    [
      'pt-BR',
      'cliente na nuvem da 21Vianet, Office 365 vendido por nós na época do Advisor.',
      { cloud: 'china', channel: 'formerAdvisor', service: 'license' },
    ],
  ]);
});
