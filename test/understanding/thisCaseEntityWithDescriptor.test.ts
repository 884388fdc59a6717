// "This subsidiary" names the case beside its parent's words; so does the same entity with one
// word that says which it is ("this Irish subsidiary", «эта казахстанская дочка», "ez a szlovák
// leányvállalat"). The parent's or another subsidiary's words still say nothing of this customer.
import { checkKind } from './kindCheck';

describe('this customer named as an entity with a word that says which (en-US, ru-RU, hu-HU)', () => {
  checkKind([
    [
      'en-US',
      'Their holding group signed an Enterprise Agreement, yet this Irish subsidiary gets its Azure from another CSP partner.',
      { channel: 'otherCsp', service: 'usage' },
    ],
    ['en-US', 'The holding company has an EA; this Dutch entity pays for its Azure through another CSP partner.', { channel: 'otherCsp', service: 'usage' }],
    [
      'ru-RU',
      'Материнская компания работает по EA, а эта казахстанская дочка покупает Azure у другого CSP-партнёра.',
      { channel: 'otherCsp', service: 'usage' },
    ],
    ['hu-HU', 'Az anyavállalatnak EA-ja van, ez a szlovák leányvállalat egy másik CSP partnertől veszi az Azure-t.', { channel: 'otherCsp', service: 'usage' }],
    ['hu-HU', 'Az anyavállalatnak EA-ja van, a másik leányvállalat egy másik CSP partnertől veszi az Azure-t.', {}],
  ]);
});
