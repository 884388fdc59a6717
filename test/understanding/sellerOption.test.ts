// Kind "eitherOr": one of two options is a seller the reader cannot place (a hosting company, a
// reseller, a shop may or may not be a CSP partner). The option it can read is one of two the
// speaker left open: asked about by name, never taken as the answer.
import * as assert from 'assert';
import { understand } from '../../src/domain/understanding';
import { checkDoubted, checkKind } from './kindCheck';

describe('kind: eitherOr, a read channel or a seller of unknown kind is asked, not guessed', () => {
  checkDoubted([
    [
      'en-US',
      "customer can't tell whether they bought it from a Microsoft syndication partner or from the web hosting company that built their site. Dynamics 365",
      { service: 'license' },
      { channel: 'syndication' },
    ],
    ['en-US', 'they bought it from a hosting company or a syndication partner', {}, { channel: 'syndication' }],
    ['ru-RU', 'клиент купил Office 365 у синдикационного партнёра или у хостинг-провайдера', { service: 'license' }, { channel: 'syndication' }],
    ['zh-CN', '客户是从微软联合合作伙伴或者主机商那里买的', {}, { channel: 'syndication' }],
    ['pt-BR', 'o cliente comprou de um parceiro de distribuição ou de um provedor de hospedagem', {}, { channel: 'syndication' }],
    ['hu-HU', 'az ugyfel syndication partnertol vagy egy tarhelyszolgaltatotol vette', {}, { channel: 'syndication' }],
    ['en-US', 'they bought it through EA or from a reseller', {}, { channel: 'ea' }],
    // A stop elsewhere in the message does not part the options ("… partner. Dynamics 365").
    ['en-US', 'they bought it from a hosting company or a syndication partner. Dynamics 365', { service: 'license' }, { channel: 'syndication' }],
    // Three words between the "or" and the seller are still in reach ("or from a local hosting company").
    ['en-US', 'they bought it from a syndication partner or from a local hosting company', {}, { channel: 'syndication' }],
    // The newest message's doubt is not settled by the older message it revisits.
    [
      'en-US',
      "customer still can't tell whether they bought it from a syndication partner or from the hosting company that built their site.\n\n-----Original Message-----\nFrom: Dana\nSent: Thursday\n\n> Customer says they bought it through a syndication partner.",
      {},
      { channel: 'syndication' },
    ],
  ]);
  checkKind([
    // A later plain answer decides.
    ['en-US', 'a syndication partner or the hosting company? it was the syndication partner.', { channel: 'syndication' }],
    // "Or" that joins no options ("…, or ask the hosting company") leaves the answer as said.
    ['en-US', 'it came from a syndication partner, or ask the hosting company', { channel: 'syndication' }],
    // A seller described as no CSP is a third party: both options are read and the question is open.
    ['en-US', 'they bought from a hosting company (not a CSP) or through EA', {}, ['channel']],
    // A seller further from the "or" than its reach is not the other option: the channel is read.
    ['en-US', 'they bought it from a syndication partner or so we think and the hosting company built their site', { channel: 'syndication' }],
    // A channel between the seller and the "or" is the option the "or" follows, not the seller.
    ['en-US', 'they bought it from a hosting company through EA or a syndication partner', {}, ['channel']],
    // A seller word that follows a channel named after the "or" ("an EA reseller") is that channel's, not the other option.
    ['en-US', 'they bought it from a syndication partner or from an EA reseller', {}, ['channel']],
    ['en-US', 'they bought it from a reseller with EA or a syndication partner', {}, ['channel']],
  ]);
  it('without the seller, the channel is the answer', () => {
    assert.deepStrictEqual(understand('customer bought it from a Microsoft syndication partner').answers, { channel: 'syndication' });
  });
});
