// Two colleagues or teams claiming different roles for the partner in one sentence ("财务说是直签，
// 商务说这家要走总代下面", "Kata szerint közvetlen, Bence szerint …"): neither claim is the partner's
// settled word, and the sentence answers no either/or asked before it, so the role is asked.
import { checkKind } from './kindCheck';

describe("kind: rival claims on the partner's own role", () => {
  checkKind([
    [
      'zh-CN',
      '这单我们是直签还是当二级经销商？财务说是直签，商务说这家要挂在分销商下面。客户是国际版 Azure。',
      { cloud: 'global', service: 'usage' },
      ['partnerType'],
    ],
    ['zh-CN', '财务说是直签，商务说这家客户要挂在分销商下面做间接经销商，还没定。客户用 Dynamics 365。', { service: 'license' }, ['partnerType']],
    [
      'hu-HU',
      'Kérdés: közvetlen partnerként visszük, vagy viszonteladóként a disztribútoron át? Kata szerint közvetlen, Bence szerint csak viszonteladóként. Az ügyfél Azure-t használ.',
      { service: 'usage' },
      ['partnerType'],
    ],
    [
      'pt-BR',
      'A gente é distribuidor ou revenda indireta? Tem gente no financeiro dizendo que somos distribuidor e tem gente dizendo que somos revenda. O cliente usa Azure.',
      { service: 'usage' },
      ['partnerType'],
    ],
    [
      'en-US',
      'Are we direct bill or a reseller under Synnex here? Finance says direct bill, sales says we are a reseller under Synnex. Customer is on Azure.',
      { service: 'usage' },
      ['partnerType'],
    ],
    // One claim, or claims agreeing, settle it.
    ['zh-CN', '这单我们是直签还是当二级经销商？财务说是直签。客户是国际版 Azure。', { cloud: 'global', service: 'usage', partnerType: 'direct' }],
    ['zh-CN', '财务说是直签，商务也说是直签。客户用 Dynamics 365。', { service: 'license', partnerType: 'direct' }],
  ]);
});
