// Russian (ru-RU lexicon): «визио», «проджект» written in Cyrillic are licences; a channel followed by
// «не продлили» was not renewed, so the one said for now stands. Written for these tests.
import { checkKind } from './kindCheck';

describe('service and channel words: products in Cyrillic, an agreement not renewed, in Russian', () => {
  checkKind([
    ['ru-RU', 'у бухгалтерии проджект и визио, хотят поддержку', { service: 'license', goal: 'support' }],
    ['ru-RU', 'Open Value не продлили, теперь Microsoft 365 E3 они покупают у Microsoft напрямую.', { channel: 'microsoft', service: 'license' }],
  ]);
});
