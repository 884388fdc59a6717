// «чтобы мы стали их партнёром и выставляли им счета»: billing them from now on is taking the
// subscriptions over, also after «стали их партнёром и».
import { checkKind } from './kindCheck';

describe('kind: goal words, become their partner and bill them', () => {
  checkKind([
    [
      'ru-RU',
      'Office 365 берут у другого CSP, хотят, чтобы мы стали их партнёром и выставляли счета.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
  ]);
});
