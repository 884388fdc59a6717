// A form's radio buttons: the filled dot is the option chosen, the empty dots beside it are not
// (before, every option on the row was read and the question asked). A field's row where every box
// is empty was left unfilled and states nothing; a lone empty box is still a checklist's task.
import { checkKind } from './kindCheck';

describe('kind: a radio row reads its filled dot; a row of empty boxes states nothing', () => {
  checkKind([
    ['zh-CN', '产品：Office 365\n服务需求：○ 代为运维　● 迁移订阅　○ 暂不确定', { service: 'license', goal: 'move' }],
    ['en-US', 'Product: Microsoft 365\nWhat do you need: ○ day-to-day support ● move the billing to you', { service: 'license', goal: 'move' }],
    ['zh-CN', '产品：☑ Office 365\n云版本：☐ 国际版 ☐ 世纪互联版\n需求：代为管理', { service: 'license', goal: 'support' }],
    ['ru-RU', 'Продукт: Microsoft 365\nОблако: [ ] глобальное [ ] 21Vianet\nНужна только поддержка.', { service: 'license', goal: 'support' }],
    ['zh-CN', '☐ Azure 订阅已盘点', { service: 'usage' }],
  ]);
});
