// Kind "short": a hurried note writes "com" as "c" before Microsoft ("azure direto c ms", "direto
// c/ a Microsoft"): it names the purchase direct from Microsoft as "direto com a Microsoft" does.
// Read before as nothing: the channel was asked. A "c" before any other word is left as it is.
import { checkKind } from './kindCheck';

describe('kind: "direto c ms" in a hurried note is the channel Microsoft', () => {
  checkKind([
    [
      'pt-BR',
      'clte no gcc high, azure direto c ms, nos somos distribuidora',
      { cloud: 'usgov', channel: 'microsoft', service: 'usage', partnerType: 'indirectProvider' },
    ],
    ['pt-BR', 'M365 comprado direto c/ a Microsoft, querem só suporte', { channel: 'microsoft', service: 'license', goal: 'support' }],
    ['pt-BR', 'Plano c: o cliente fica no Azure', { service: 'usage' }],
  ]);
});
