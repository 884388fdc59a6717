// The customer's current partner, said in more words: a partner that sold to them and then lost
// its CSP authorization ("o parceiro que vendia pra eles perdeu a autorização"), or the customer
// being with a Tier 1 partner today. Both are another CSP.
import { checkKind } from './kindCheck';

describe('channel: another CSP partner, in more words', () => {
  checkKind([
    ['pt-BR', 'O parceiro que atendia o cliente perdeu a autorização CSP e o Microsoft 365 ficou sem dono.', { channel: 'otherCsp', service: 'license' }],
    ['pt-BR', 'O cliente hoje está com um parceiro Tier 1 e quer trazer o Azure pra gente.', { channel: 'otherCsp', service: 'usage' }],
    ['pt-BR', 'O cliente tá com outro parceiro CSP; querem só suporte do Office 365.', { channel: 'otherCsp', service: 'license', goal: 'support' }],
    ['en-US', 'The partner that used to sell to them lost its CSP authorization; Microsoft 365 is orphaned.', { channel: 'otherCsp', service: 'license' }],
  ]);
});
