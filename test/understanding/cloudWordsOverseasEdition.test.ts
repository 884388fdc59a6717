// Own words in Chinese: the overseas edition ("海外版", "国外版", "海外区") is the global cloud,
// as 国际版 is.
import { checkKind } from './kindCheck';

describe('cloud words: the overseas edition is the global cloud', () => {
  checkKind([
    ['zh-CN', '客户用的是海外版 Azure，EA 买的。', { cloud: 'global', channel: 'ea', service: 'usage' }],
    ['zh-CN', '他们的 Office 365 是国外版的，不是世纪互联的，想让我们做支持。', { cloud: 'global', service: 'license', goal: 'support' }],
    ['zh-CN', '客戶的 Microsoft 365 開在海外區。', { cloud: 'global', service: 'license' }],
  ]);
});
