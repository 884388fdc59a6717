// "Talvez tenham comprado o Azure quando ela trabalhava para outra empresa": the other company is
// her employer (words that read no answer), not a seller the doubt is about. The doubt is on the
// product, as in "Talvez tenham comprado o Azure"; the channel is not asked naming the employer.
// Nor is "a reseller" in "when we used to be a reseller" (the partner's own former role).
import { checkRead } from './kindCheck';

describe('kind: a seller word inside words that read no answer is no seller a doubt is about', () => {
  checkRead([
    ['pt-BR', 'Talvez tenham comprado o Azure quando ela trabalhava para outra empresa.', {}, { hedged: { service: 'usage' } }],
    ['en-US', 'Maybe they bought the Azure back when we used to be a reseller, not sure.', {}, { hedged: { service: 'usage' } }],
  ]);
});
