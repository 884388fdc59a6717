// Threads and records: an audit finding whose bracket opens with its version and then its status
// ("(v1, superseded)", «(ред. 1, заменено)», "（第一版，已被取代）") no longer holds; the finding that
// replaced it decides. A bracket that opens with a value and then a date ("Open Value, lejár:
// március") is no status.
import { checkKind } from './kindCheck';

describe('a finding superseded inside its bracket (thread)', () => {
  checkKind([
    [
      'en-US',
      'Licence review (v2)\nFinding 1 (v1, superseded): Office 365 E3 bought via Open License.\nFinding 1 (v2): Office 365 E3 bought from another CSP partner.',
      { channel: 'otherCsp', service: 'license' },
    ],
    [
      'ru-RU',
      'Отчёт (ред. 2)\nНаход. 1 (ред. 1, заменено): Office 365 E3 куплено по Open License.\nНаход. 1 (ред. 2): Office 365 E3 куплено по Enterprise Agreement.',
      { channel: 'ea', service: 'license' },
    ],
    [
      'zh-CN',
      '审查报告（第二版）\n发现 1（第一版，已被取代）：Office 365 E3 通过 EA 购买。\n发现 1（第二版）：Office 365 E3 通过其他 CSP 合作伙伴购买。',
      { channel: 'otherCsp', service: 'license' },
    ],
    [
      'pt-BR',
      'Relatório (v2)\nAchado 1 (v1, substituído): Office 365 E3 comprado via EA.\nAchado 1 (v2): Office 365 E3 comprado via Open License.',
      { channel: 'open', service: 'license' },
    ],
    [
      'hu-HU',
      'Emlékeztető\n1. Microsoft 365 licencek (Open Value, lejár: március). A támogatást mi vesszük át, a számlázás marad.',
      { channel: 'open', service: 'license', goal: 'support' },
    ],
  ]);
});
