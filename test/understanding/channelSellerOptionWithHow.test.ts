// "Either they signed up on azure.com with a credit card or their hosting company did it": the
// channel read is one of two options even with its how ("with a credit card") before the "or";
// the seller of unknown kind is the other, so the channel is asked, never taken.
import { checkDoubted } from './kindCheck';

describe('channel: an option with its how, or a seller of unknown kind', () => {
  checkDoubted([
    [
      'en-US',
      'Either they bought Azure on azure.com with a company card or their web hosting company set it up.',
      { service: 'usage' },
      { channel: 'microsoft' },
    ],
    [
      'en-US',
      'They got M365 straight from Microsoft with a debit card or their hosting provider did, nobody knows.',
      { service: 'license' },
      { channel: 'microsoft' },
    ],
  ]);
});
