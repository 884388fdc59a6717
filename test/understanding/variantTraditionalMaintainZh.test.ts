// Traditional "維護" is "维护" (maintain): support, typed in Taiwan or Hong Kong.
import { checkKind } from './kindCheck';

describe('kind: variants, Traditional characters for maintaining', () => {
  checkKind([['zh-CN', '客戶的 Office 365 一直是我們幫忙維護的，帳單他們自己付。', { service: 'license', goal: 'support' }]]);
});
