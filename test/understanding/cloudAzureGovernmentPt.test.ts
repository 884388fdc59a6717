// Kind "usgov": in Portuguese, "no Azure Government", "se é Azure Government ou o comercial", "usam
// Azure Gov" name the US government cloud, and Azure with it; offered with the commercial one, the
// cloud is asked. Read before as the commercial cloud alone or nothing. Only after a Portuguese word:
// "about Azure Government" in an English message is left to the English reader.
import { checkKind } from './kindCheck';

describe('kind: "Azure Government" in a Portuguese message is the US government cloud', () => {
  checkKind([
    ['pt-BR', 'O cliente está no Azure Government, comprado via EA. Somos T1.', { cloud: 'usgov', channel: 'ea', service: 'usage', partnerType: 'direct' }],
    [
      'pt-BR',
      'Não sei te dizer se é Azure Government ou o comercial normal; o Azure deles é via EA e querem passar pra gente.',
      { channel: 'ea', service: 'usage' },
      ['cloud'],
    ],
    ['en-US', "Ignore what I said about Azure Government. It's plain commercial Azure on their EA.", { cloud: 'global', channel: 'ea', service: 'usage' }],
  ]);
});
