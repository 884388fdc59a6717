// A Chinese doubt that ends the message with no stop after it ("…EA 买的 不确定") closes its clause as
// one followed by a stop does: the answer before it is asked about, not taken.
// Written for these tests.
import { checkDoubted } from './kindCheck';

describe('kind: spoken, a Chinese doubt at the very end of the message doubts the answer before it', () => {
  checkDoubted([
    ['zh-CN', 'Office 365 是 EA 买的 不确定', { service: 'license' }, { channel: 'ea' }],
    ['zh-CN', '客户的 Office 365 是走 EA 买的，他们也记不清楚', { service: 'license' }, { channel: 'ea' }],
  ]);
});
