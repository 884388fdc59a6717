// After the parent company's words, "a magyar iroda is" (the Hungarian office too) returns to this
// case: what is then said of it under a doubt is asked back, not dropped as the parent's.
import { checkDoubted } from './kindCheck';

describe('whose: the office too, after the parent company', () => {
  checkDoubted([
    [
      'hu-HU',
      'Az anyacég amerikai kormányzati beszállító, és lehet, hogy a magyar iroda is a GCC-s tenantban van, ezt még nem tudjuk.',
      {},
      { cloud: 'usgov' },
    ],
    ['hu-HU', 'Az anyacég GCC-ben van, és talán a leányvállalat is GCC-ben van.', {}, { cloud: 'usgov' }],
  ]);
});
