// A website chat widget's log: the bot's canned buttons and numbered options state nothing; "Visitor
// clicked: X" states X, a "wrong button" after it takes it back; a reply "the second" / "第二个" /
// "a primeira" to the bot's options picks one; the bot's own claims are no one's.
import { checkKind } from './kindCheck';

describe('chat widget: bot buttons, visitor clicks and picks', () => {
  checkKind([
    [
      'zh-CN',
      '官网在线咨询\n机器人：请问您想咨询哪项服务？ [Microsoft 365] [Azure] [其他]\n访客点选：Azure\n访客：我们的 Azure 是在微软官网用信用卡开的按量付费订阅，想转到你们这边。',
      { channel: 'microsoft', service: 'usage' },
    ],
    [
      'zh-CN',
      '机器人：您的 Microsoft 365 目前是从哪里购买的？\n  1. 从世纪互联买的\n  2. 其他合作伙伴\n访客：第一个。我们只需要你们做日常运维。',
      { cloud: 'china', channel: 'vianet', service: 'license', goal: 'support' },
    ],
    [
      'zh-CN',
      '机器人：需要什么帮助？ [Microsoft 365] [Azure]\n访客点选：Azure\n访客：不好意思点错了，我们是 Office 365 商业标准版，在一家 CSP 伙伴那里买的。',
      { channel: 'otherCsp', service: 'license' },
    ],
    [
      'zh-CN',
      '網站客服\n機器人：請問需要什麼協助？ [Microsoft 365] [Azure] [其他]\n訪客點選：Azure\n訪客：我們的 Azure 是從另一家 CSP 買的。',
      { channel: 'otherCsp', service: 'usage' },
    ],
    [
      'en-US',
      'Bot: Which product is this about? [Microsoft 365] [Azure] [Dynamics 365]\nVisitor clicked: Dynamics 365\nVisitor: we bought it under our EA and want you to just support it.',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
    [
      'en-US',
      'Bot: Where do you buy Azure today?\n 1. Microsoft directly\n 2. Another CSP partner\nVisitor: the second one, they send us an invoice every month',
      { channel: 'otherCsp', service: 'usage' },
    ],
    [
      'ru-RU',
      'Бот: Про какой продукт вопрос? [Microsoft 365] [Azure] [Другое]\nПользователь нажал: Azure\nПосетитель: ой, не то. У нас Microsoft 365, сейчас у другого CSP-партнёра, хотим перейти к вам.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    [
      'pt-BR',
      'Bot: Escolha uma opção: (1) só suporte, a fatura continua igual; (2) a gente assume o faturamento.\nVisitante: a segunda. Temos Business Standard, comprado direto no site da Microsoft.',
      { channel: 'microsoft', service: 'license', goal: 'move' },
    ],
    [
      'hu-HU',
      'Bot: Mit keres? [Microsoft 365] [Azure] [Egyéb]\nÜgyfél kattintott: Microsoft 365\nLátogató: az EA-n keresztül vettük, csak támogatást szeretnénk.',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
  ]);
});
