// A hypothetical asked or wished for ("如果客户还在 EA 上会怎样？", "要是 Azure 就好办了") states
// nothing of the case: only what the message says is so counts.
import { checkKind } from './kindCheck';

describe('zh-CN: a hypothetical states nothing', () => {
  checkKind([
    [
      'zh-CN',
      '客户的 Office 365 是在京东买的，要我们做支持。思考题：如果客户是在 EA 下买的会怎样？',
      { channel: 'thirdParty', service: 'license', goal: 'support' },
    ],
    ['zh-CN', '客户从另一家 CSP 买的 Azure。假如客户是从 Open 买的，会有什么区别？', { channel: 'otherCsp', service: 'usage' }],
    ['zh-CN', '要是 Azure 就简单了，可惜是 Visio 的许可证，要转给我们。', { service: 'license', goal: 'move' }],
  ]);
});
