// A redline keeps the words struck beside the words that replace them: what was struck is no
// statement, what was inserted is, in brackets ("[struck: …] [inserted: …]"), as labelled lines
// ("Struck: …", "törölve: …", "原文第 1.2 条：…") or after a verb ("counsel struck "…"", "o cliente
// riscou "…""). The clauses quoted in a redline are the partner's own contract: "the Partner" there
// is us, not another party's words.
import { checkKind } from './kindCheck';

describe('kind: redline, struck words are no statement', () => {
  checkKind([
    [
      'en-US',
      'Redline to the SOW: the Partner is a [struck: direct-bill CSP] [inserted: indirect reseller buying through its distributor]. Azure only.',
      { service: 'usage', partnerType: 'indirectReseller' },
    ],
    [
      'en-US',
      'Redline summary:\nStruck: "Partner takes over billing for the Microsoft 365 seats"\nInserted: "Partner supports the Microsoft 365 seats bought from Microsoft directly"',
      { channel: 'microsoft', service: 'license', goal: 'support' },
    ],
    [
      'en-US',
      'In 2.1 counsel struck "bought under the Enterprise Agreement" and wrote "bought under Open Value". Office 365 E3.',
      { channel: 'open', service: 'license' },
    ],
    [
      'ru-RU',
      'Правка в договор: «подписки Microsoft 365, приобретённые [удалено: у розничного магазина] [вставлено: по Enterprise Agreement]». Предмет — поддержка.',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
    [
      'zh-CN',
      '补充协议对照：\n原文第 2.1 条：“乙方为 CSP 一级合作伙伴”\n修改为：“乙方为 CSP 分销商”\n标的：Azure 用量。',
      { service: 'usage', partnerType: 'indirectProvider' },
    ],
    [
      'pt-BR',
      'Minuta v2: o cliente riscou "migração do faturamento para a CONTRATADA" e escreveu "apenas suporte ao Microsoft 365 comprado direto da Microsoft".',
      { channel: 'microsoft', service: 'license', goal: 'support' },
    ],
    [
      'hu-HU',
      'Módosítás, 2.3. pont:\ntörölve: „közvetlen számlázású CSP partner”\nhelyette: „CSP disztribútor (indirekt szolgáltató)”\nTárgy: Azure.',
      { service: 'usage', partnerType: 'indirectProvider' },
    ],
    // A struck word with nothing struck after it ("they removed two users") changes nothing: another party's words quoted stay theirs.
    [
      'en-US',
      'Office 365 via Open. They removed two users. Their old partner wrote: "we are the distributor for this customer"',
      { channel: 'open', service: 'license' },
    ],
  ]);
});
