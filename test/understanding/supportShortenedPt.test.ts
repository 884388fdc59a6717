// "sup" is how Portuguese chat shortens "suporte" after "só" or "apenas" ("só sup msm"): support,
// as the whole word is. Elsewhere "sup" stays unread (English "sup" is a greeting).
import { checkKind } from './kindCheck';

describe('support shortened to "sup" (pt-BR)', () => {
  checkKind([
    ['pt-BR', 'cliente c/ O365 pelo EA, quer apenas sup, sem mexer em nada', { channel: 'ea', service: 'license', goal: 'support' }],
    ['pt-BR', 'cli comprou M365 numa loja, n quer trocar nd, so sup p/ eles', { channel: 'thirdParty', service: 'license', goal: 'support' }],
    // Near misses: a greeting and "sup" not after "só"/"apenas".
    ['en-US', 'sup team, customer has Office 365 via EA', { channel: 'ea', service: 'license' }],
    ['pt-BR', 'cliente c/ O365 pelo EA, o sup do cliente é interno', { channel: 'ea', service: 'license' }],
    // "o sup" after "só" is a person (the supervisor), not support.
    ['pt-BR', 'só o sup deles libera o acesso; querem que a gente assuma o faturamento do M365', { service: 'license', goal: 'move' }],
  ]);
});
