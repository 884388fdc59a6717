// "Support" naming Microsoft's or Partner Center's support team (the one answering a case) is no
// wish for support: "按微软支持的说法", "MS Partner Center support confirms", "o suporte da MS
// disse", "a support mérnök szerint", «поддержка Partner Center ответила».
import { checkKind } from './kindCheck';

describe('outside experts: the support team answering is not the goal support', () => {
  checkKind([
    ['zh-CN', '微软支持工程师回复：客户的 Project 是在 EA 下买的。', { channel: 'ea', service: 'license' }],
    ['zh-CN', '据合作伙伴中心支持的答复，这个租户是世纪互联的。', { cloud: 'china' }],
    ['en-US', 'Partner Center support came back: the tenant is on GCC, nothing else yet.', { cloud: 'usgov' }],
    ['pt-BR', 'Pelo chamado, o suporte respondeu que o Visio foi comprado via MPSA.', { channel: 'open', service: 'license' }],
    ['hu-HU', 'A support mérnök válasza: a Visio Open Value szerződésen van.', { channel: 'open', service: 'license' }],
    ['ru-RU', 'Поддержка Partner Center ответила: Visio куплен по EA.', { channel: 'ea', service: 'license' }],
  ]);
});

describe("outside experts: the agent's disagreement with the expert's answer", () => {
  checkKind([
    [
      'pt-BR',
      'O suporte disse que é EA — errado, o EA é da matriz. Aqui o Visio é comprado no site da Microsoft.',
      { channel: 'microsoft', service: 'license' },
    ],
    ['ru-RU', 'Ответ поддержки: «Visio клиента у партнёра, утратившего статус CSP.» Не согласен, переоткрыл.', { channel: 'otherCsp', service: 'license' }],
  ]);
});
