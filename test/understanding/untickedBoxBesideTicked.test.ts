// A form's row of boxes offers its options; the ones left unticked beside a ticked one are not
// chosen, so only the ticked product is read (before, every option on the row was a product said
// and the service was asked). A row with no ticked box is left as it is (a checklist line).
import { checkKind } from './kindCheck';

describe('kind: an option left unticked beside a ticked one is not chosen', () => {
  checkKind([
    ['zh-CN', '需要的产品：☐ Azure ☑ Office 365 ☐ Dynamics 365\n备注：希望贵司负责日常运维。', { service: 'license', goal: 'support' }],
    ['en-US', 'Product: [ ] Azure [x] Microsoft 365\nNotes: we only need help desk support.', { service: 'license', goal: 'support' }],
    ['zh-CN', '☐ Azure 订阅已盘点', { service: 'usage' }],
  ]);
});
