// Where the seller said after "not a CSP" may stand, and when an aside after a name speaks of it:
// one word may come between "CSP" and its comma, a Chinese one too ("不是CSP IT公司，托管商"); the
// seller may follow the comma with no space, as Chinese writes it ("不是CSP，托管商"); an aside is set
// off by a comma right before "not" (not by a comma somewhere earlier in the sentence), and only in
// a sentence with no word for us ("We got … from Redwood Web, not a CSP partner, …": ours).
import { checkKind } from './kindCheck';

describe('channel: a seller said after "not a CSP", its comma and its aside', () => {
  checkKind([
    ['zh-CN', '客户的 Azure 是在外面买的。他们不是CSP，托管商。', { channel: 'thirdParty', service: 'usage' }],
    ['zh-CN', '客户的 Azure 是在外面买的。他们不是CSP IT公司，托管商。', { channel: 'thirdParty', service: 'usage' }],
    [
      'en-US',
      'Hi, the Office 365 seats are from Redwood Web not a CSP partner, just a hosting provider. They want us to take care of them.',
      { service: 'license', goal: 'support' },
    ],
    [
      'en-US',
      'We got the Office 365 seats from Redwood Web, not a CSP partner, just a hosting provider. We want you to take care of them.',
      { service: 'license', goal: 'support' },
    ],
  ]);
});
