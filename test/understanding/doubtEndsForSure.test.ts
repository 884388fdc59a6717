// "I think it was Dell for sure and they want us to take over the billing": "for sure" closes
// the doubt opened before it, so what comes after it is said surely; an answer between the
// doubt and "for sure" is still doubted.
import { checkDoubted, checkKind } from './kindCheck';

describe('"for sure" closes a doubt', () => {
  checkKind([
    [
      'en-US',
      'They got Office 365 from some shop. I think it was that shop for sure and they want us to take over the billing.',
      { service: 'license', goal: 'move' },
    ],
  ]);
  checkDoubted([['en-US', 'Office 365, I think through EA for sure.', { service: 'license' }, { channel: 'ea' }]]);
});
