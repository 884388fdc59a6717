// «Купили у конкурента, он тоже CSP-партнёр», «прошлый подрядчик — он тоже был в CSP»: the seller
// named, then said by a pronoun to be (or have been) a CSP partner, is another CSP.
import { checkKind } from './kindCheck';

describe('channelWords: a seller said by a pronoun to be in CSP is another CSP (ru-RU)', () => {
  checkKind([
    [
      'ru-RU',
      'Microsoft 365 им продал наш конкурент, он тоже CSP-партнёр Microsoft. Просят поддержку.',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
    ['ru-RU', 'Teams брали у прежнего подрядчика — он тоже был в CSP. Хотят перейти к нам.', { channel: 'otherCsp', service: 'license', goal: 'move' }],
    ['ru-RU', 'Azure им продал конкурент, но он не CSP, обычный магазин.', { channel: 'thirdParty', service: 'usage' }],
  ]);
});
