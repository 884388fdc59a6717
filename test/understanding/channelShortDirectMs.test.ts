// Kind "short-variant": a note in shorthand, "M365 direto MS", names the purchase direct from
// Microsoft as "direto da Microsoft" does. Read before as nothing: the channel was asked. Our own
// "parceiro direto Microsoft" stays our role.
import { checkKind } from './kindCheck';

describe('kind: "<product> direto MS" in a short note is the channel Microsoft', () => {
  checkKind([
    ['pt-BR', 'M365 direto MS, suporte só, somos T1', { channel: 'microsoft', service: 'license', goal: 'support', partnerType: 'direct' }],
    ['pt-BR', 'Azure direto Microsoft, no cartão', { channel: 'microsoft', service: 'usage' }],
    ['pt-BR', 'Somos parceiro direto Microsoft.', { partnerType: 'direct' }],
  ]);
});
