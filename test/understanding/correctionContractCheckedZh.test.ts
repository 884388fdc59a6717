// "查了合同" (we checked the contract) corrects what was said before it, as checking the invoice does.
import { checkKind } from './kindCheck';

describe('kind: thread, a checked contract corrects the earlier word (Chinese)', () => {
  checkKind([
    ['zh-CN', '客户说他们是 EA。我们看了一下合同，是 Open。Office 365。', { channel: 'open', service: 'license' }],
    ['zh-CN', '张伟 上午9:10：客户说是 Open\n张伟 上午11:30：查了合同，是 EA', { channel: 'ea' }],
  ]);
});
