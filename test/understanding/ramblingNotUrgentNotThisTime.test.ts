// Asides in Chinese: "Office 那边不急" (the Office side can wait) sets that product aside, and
// "跟这次无关" (nothing to do with this time) dismisses its clause. "不急着转" (in no hurry to move)
// is about the move, not a dismissal of what came before.
import { checkKind } from './kindCheck';

describe('rambling: a product that can wait, an aside for another time', () => {
  checkKind([
    ['zh-CN', '他们提了一下 Office 365，那块不着急，这次要我们接手的是 Azure。', { service: 'usage' }],
    ['zh-CN', '客户要我们支持 Office 365。老板还问了 Azure 的事，跟这次无关。', { service: 'license', goal: 'support' }],
    ['zh-CN', 'Office 365 客户不急着转，先做支持。', { service: 'license', goal: 'support' }],
  ]);
});
