// What the customer's old partner was or did («их старый партнёр был реселлером», «он их только
// обслуживал») is that party's past: it neither names the seller over the customer's own purchase
// said beside it nor states the goal. The old partner as the seller is still read.
import { checkKind } from './kindCheck';

describe('kind: whose, the old partner only served them', () => {
  checkKind([
    [
      'ru-RU',
      'Их прежний партнёр был то ли дистрибьютором, то ли реселлером, он их только обслуживал. Microsoft 365 клиент покупал сам на сайте Microsoft.',
      { channel: 'microsoft', service: 'license' },
    ],
    [
      'ru-RU',
      'Старый партнёр их только поддерживал, а Office 365 они брали напрямую у Microsoft. Хотят к нам на поддержку.',
      { channel: 'microsoft', service: 'license', goal: 'support' },
    ],
    ['ru-RU', 'Хотят, чтобы мы их обслуживали, Office 365 у них по EA.', { channel: 'ea', service: 'license', goal: 'support' }],
    ['ru-RU', 'Office 365 у старого партнёра, хотят перевести к нам.', { channel: 'otherCsp', service: 'license', goal: 'move' }],
    [
      'en-US',
      'Their old partner was a reseller and only serviced them. The customer bought Microsoft 365 on the Microsoft website.',
      { channel: 'microsoft', service: 'license' },
    ],
  ]);
});
