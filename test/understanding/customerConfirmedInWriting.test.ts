// Someone else's belief about the customer's channel ("the distributor thinks …") gives way to the
// customer's own word confirmed in writing after it: "but the customer confirmed in writing that …"
// works as a correction. Without the writing (a plain "the customer said") both stay, and are asked.
import { checkKind } from './kindCheck';

describe('the customer confirming in writing corrects another party', () => {
  checkKind([
    [
      'en-US',
      'Sales reckons the Visio seats are on an EA, but the customer confirmed by email that it is Open Value.',
      { channel: 'open', service: 'license' },
    ],
    ['en-US', 'Sales reckons the Visio seats are on an EA, but the customer said Open Value.', { service: 'license' }, ['channel']],
    [
      'pt-BR',
      'O comercial acha que o Visio está num EA, mas a própria cliente confirmou por e-mail que é Open Value.',
      { channel: 'open', service: 'license' },
    ],
    ['ru-RU', 'Менеджер считает, что Visio у них по EA, но клиент письменно подтвердил, что это Open Value.', { channel: 'open', service: 'license' }],
    ['zh-CN', '销售以为 Visio 走的是 EA，不过客户书面确认是 Open Value。', { channel: 'open', service: 'license' }],
    ['hu-HU', 'Az értékesítő szerint a Visio EA-n van, az ügyfél viszont e-mailben megerősítette, hogy Open Value.', { channel: 'open', service: 'license' }],
  ]);
});
