// "…，发票还是微软开" – "对，…": 还是 here is "still", not "or". A yes after a statement whose "or"
// word names no two options (no question mark, one value read) confirms it: the goal said stands.
import { checkKind } from './kindCheck';

describe('kind: a yes to a statement with 还是 meaning still', () => {
  checkKind([
    [
      'zh-CN',
      '客服：好的，那我们只负责日常运维，发票还是微软开\n客户：对，我们的 Microsoft 365 是在微软官网买的',
      { channel: 'microsoft', service: 'license', goal: 'support' },
    ],
  ]);
});
