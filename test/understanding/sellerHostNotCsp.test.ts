// Kind "channel-goal-words": a web host or a data-centre company that is no CSP partner ("um
// hospedeiro de site que não é CSP", "a empresa de data center… eles não são parceiro CSP")
// sold outside the programme, as "uma empresa de hospedagem" did already. Read before as no
// seller: the channel was asked.
import { checkKind } from './kindCheck';

describe('kind: a web host or data-centre company that is no CSP is a third party', () => {
  checkKind([
    ['pt-BR', 'o cliente tem Azure comprado de um hospedeiro de site que não é CSP', { channel: 'thirdParty', service: 'usage' }],
    ['pt-BR', 'O Azure vem na fatura da empresa de data center; eles não são parceiro CSP.', { channel: 'thirdParty', service: 'usage' }],
    [
      'pt-BR',
      'Quem vendeu o Microsoft 365 foi o provedor de colocation, que não é CSP. Somos T1.',
      { channel: 'thirdParty', service: 'license', partnerType: 'direct' },
    ],
    ['en-US', 'They bought Azure from a web hosting company that is not a CSP.', { channel: 'thirdParty', service: 'usage' }],
  ]);
});
