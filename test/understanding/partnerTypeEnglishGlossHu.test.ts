// "közvetlen (direct) partnerként": the English term in brackets after the Hungarian word still
// leaves the partner's role read.
import { checkKind } from './kindCheck';

describe('partnerType: an English gloss inside the Hungarian role', () => {
  checkKind([
    ['hu-HU', 'Mi közvetlen (direct) partnerként dolgozunk, az ügyfél Azure-t használ.', { service: 'usage', partnerType: 'direct' }],
    ['hu-HU', 'Direkt (direct) CSP-k vagyunk.', { partnerType: 'direct' }],
  ]);
});
