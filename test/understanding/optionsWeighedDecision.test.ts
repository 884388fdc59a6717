// Options weighed one a line, pros and cons under each, then the decision on the next line: only
// the option chosen (by "the latter", «первое», "方案二", "o segundo", "az előbbi") states what the
// options differ on, or the decision line alone when it names the value; without a decision both stay.
import { checkKind } from './kindCheck';

describe('options weighed and the decision after them', () => {
  checkKind([
    [
      'en-US',
      'Northwind Dental, Microsoft 365 E3 bought on Open Value\n1) Keep it where it is, we only do support\n   + quick start\n   - service fees only\n2) Transfer the licences to our CSP tenant\n   + renewal margin\nDecision: the second.',
      { channel: 'open', service: 'license', goal: 'move' },
    ],
    [
      'en-US',
      'Options for Tailspin Bakery (Office 365 E1, on an EA)\nTake over billing: + recurring margin, - new paperwork\nSupport as is: + no paperwork, - thin revenue\nOutcome: support as is, nothing moves.',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
    [
      'ru-RU',
      'Компания «Ромашка», Office 365 E3 по Open Value. Варианты:\n1) Перенести подписки к нам\n   + доход с продлений\n2) Только поддержка, подписки остаются\n   + без бумаг\nИтог: первое.',
      { channel: 'open', service: 'license', goal: 'move' },
    ],
    [
      'zh-CN',
      '方案对比（光明制造，Microsoft 365，走 EA）\n方案一：订阅原地不动，我们只做运维\n  优：快\n方案二：把订阅迁到我们这里\n  优：有续费利润\n结论：选方案二。',
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
    [
      'pt-BR',
      'Opções para a Farmácia Sol (Office 365 E3 no EA)\n1. Migrar as assinaturas para nós\n   + margem\n2. Só prestar suporte\n   + simples\nDecisão do comitê: a segunda.',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
    [
      'hu-HU',
      'Lehetőségek – Tisza Pékség (Microsoft 365, Open Value)\nA) Áthozzuk az előfizetéseket hozzánk\n   + árrés\nB) Csak támogatás\n   + gyors\nDöntés: az előbbi.',
      { channel: 'open', service: 'license', goal: 'move' },
    ],
    // Near misses: options weighed with no decision after them, or a decision line that names neither, stay open.
    [
      'en-US',
      'Northwind Dental, Microsoft 365 E3 bought on Open Value\n1) Keep it where it is, we only do support\n2) Transfer the licences to our CSP tenant\nWe meet again on Friday.',
      { channel: 'open', service: 'license' },
      ['goal'],
    ],
    [
      'hu-HU',
      'Lehetőségek – Tisza Pékség (Microsoft 365, Open Value)\nA) Áthozzuk az előfizetéseket hozzánk\nB) Csak támogatás\nDöntés: jövő héten.',
      { channel: 'open', service: 'license' },
      ['goal'],
    ],
  ]);
});
