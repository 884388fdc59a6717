// Another reseller under the same distributor («другой реселлер того же дистрибьютора», «сидит под
// тем же дистрибьютором») is a CSP reseller: the customer's channel is another CSP partner.
import { checkKind } from './kindCheck';

describe('kind: channelWords, another reseller of the same distributor', () => {
  checkKind([
    ['ru-RU', 'Office 365 клиент покупает у другого реселлера того же дистрибьютора.', { channel: 'otherCsp', service: 'license' }],
    [
      'ru-RU',
      'Microsoft 365 им продал другой реселлер, он сидит под тем же дистрибьютором. Хотят, чтобы мы их вели.',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
  ]);
});
