// «Поправка» opening a time-stamped line («10:20 — поправка по нашей стороне: …») corrects what
// the lines before it said, as it does after a full stop.
import { checkKind } from './kindCheck';

describe('kind: thread, a correction after a time stamp', () => {
  checkKind([
    [
      'ru-RU',
      '10:00 — хотят только поддержку. Мы тут как T1.\n10:20 — поправка по нашей стороне: мы по нему реселлер, а не T1.',
      { goal: 'support', partnerType: 'indirectReseller' },
    ],
    ['ru-RU', '09:10 Office 365 по EA. 09:40 поправка от бухгалтерии: по Open.', { channel: 'open', service: 'license' }],
  ]);
});
