// A move said only as a possibility under a condition ("如果以后…的话可能会…迁移") states no goal and
// no product of this case: the help asked for now is the goal.
import { checkKind } from './kindCheck';

describe('kind: Chinese conditional future move states nothing', () => {
  checkKind([['zh-CN', '我们只有 Office 365。要是明年上 Dynamics 的话可能会找你们转移，这次只要你们帮忙维护。', { service: 'license', goal: 'support' }]]);
});
