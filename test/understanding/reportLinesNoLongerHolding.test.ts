// A report or a log keeps its withdrawn or overruled entries, each on its own line, beside the
// ones that replaced them: a finding "(VISSZAVONVA, helyette 2B)", "[SUPERSEDED by A-2R]", a
// decision "– FELÜLÍRVA (D-7)", «— ОТМЕНЕНО решением Р-5», "— SUBSTITUÍDA por D-4", "（已被 2R
// 取代）". Such a line no longer holds: the line that replaced it answers.
import { checkKind } from './kindCheck';

describe('structure: report and log lines marked withdrawn or overruled', () => {
  checkKind([
    [
      'hu-HU',
      'Audit, javított változat:\n2. megállapítás (VISSZAVONVA, helyette 2B): az Office 365 E3 licencek Open Value alatt.\n2B: az Office 365 E3 licenceket egy másik CSP partner számlázza.',
      { channel: 'otherCsp', service: 'license' },
      [],
    ],
    [
      'hu-HU',
      'Döntések – Sárközi Malom Kft. (Microsoft 365 Business Basic)\nD-3 (05.02.) Minden licenc hozzánk kerül, mi számlázunk – FELÜLÍRVA (D-7)\nD-7 (06.11.) A számlázás marad, mi csak támogatást nyújtunk – ELFOGADVA',
      { service: 'license', goal: 'support' },
      [],
    ],
    [
      'en-US',
      'Findings (final):\nA-2  [SUPERSEDED by A-2R]  Exchange Online licences bought under an Enterprise Agreement.\nA-2R  Exchange Online licences bought from another CSP partner, monthly billing.',
      { channel: 'otherCsp', service: 'license' },
      [],
    ],
    [
      'ru-RU',
      'Журнал решений:\nР-2 Перевести Microsoft 365 E3 к нам на биллинг — ОТМЕНЕНО решением Р-5\nР-5 Лицензии остаются у клиента, мы только поддерживаем — УТВЕРЖДЕНО',
      { service: 'license', goal: 'support' },
      [],
    ],
    [
      'pt-BR',
      'Decisões do projeto (Microsoft 365 E5 via EA)\nD-1 Migrar as licenças para o nosso CSP — SUBSTITUÍDA por D-4\nD-4 Licenças continuam no EA, nós só damos suporte — APROVADA',
      { channel: 'ea', service: 'license', goal: 'support' },
      [],
    ],
    [
      'zh-CN',
      '审计结论（修订）：\n结论 2（已被 2R 取代）：Office 365 E3 通过企业协议购买。\n结论 2R：Office 365 E3 由另一家 CSP 合作伙伴提供。',
      { channel: 'otherCsp', service: 'license' },
      [],
    ],
  ]);
});
