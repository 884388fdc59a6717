// A partner unsure which role it takes on this case, naming one in English inside Chinese
// ("按direct还是按经销商走，拿不准"): "direct" after 按/算/当 is the direct role, so the two roles are
// asked, not the T1 authorisation said before them.
import { checkKind } from './kindCheck';

describe('kind: Chinese partner unsure of its own role, one named in English', () => {
  checkKind([
    [
      'zh-CN',
      '我们有一级资质，不过这家客户一直是从分销那边过来的……这单算direct还是算经销商，我真拿不准。客户是国际版 Azure。',
      { cloud: 'global', service: 'usage' },
      ['partnerType'],
    ],
    ['zh-CN', '客户用的是 Dynamics 365，我们这单按direct走。', { service: 'license', partnerType: 'direct' }],
  ]);
});
