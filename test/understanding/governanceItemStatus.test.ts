// A customer's governance record (CAB/RFC/CHG lines, committee or board minutes) gives each item a
// status: a proposal rejected or deferred states no goal, and its product and channel only answer
// what no carried item does; an item not discussed states nothing; a decision put off in prose
// ("отложил вопрос о …", "驳回了…的变更") states no goal (governance.ts).
import { checkKind } from './kindCheck';

describe('kind: governance record, an item rejected or deferred states no goal', () => {
  checkKind([
    [
      'ru-RU',
      'Журнал CAB клиента:\nRFC-2201 перенос биллинга Exchange Online к нам — ОТКЛОНЕНО (бюджет)\nRFC-2202 сопровождение Exchange Online силами партнёра — ОДОБРЕНО',
      { service: 'license', goal: 'support' },
    ],
    [
      'ru-RU',
      'Протокол ИТ-совета №3\n1. Office 365 E3 (куплены по EA). Решение: партнёр берёт на себя поддержку.\n2. Azure — отложено до весны.',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
    [
      'en-US',
      'Change board log:\n- CHG-410: partner to take over billing for Exchange Online - DEFERRED\n- CHG-411: partner to administer Exchange Online - APPROVED',
      { service: 'license', goal: 'support' },
    ],
    [
      'zh-CN',
      '变更委员会记录：\nCHG-88 合作伙伴接管 Exchange Online 计费 —— 驳回\nCHG-89 合作伙伴负责 Exchange Online 运维 —— 批准',
      { service: 'license', goal: 'support' },
    ],
    ['pt-BR', 'Ata do comitê:\n1. Exchange Online: parceiro passa a dar suporte — APROVADO.\n2. Azure — adiado.', { service: 'license', goal: 'support' }],
    [
      'hu-HU',
      'CAB napló:\nCHG-51 Exchange Online számlázás átadása a partnernek – ELUTASÍTVA\nCHG-52 Exchange Online üzemeltetése a partner által – JÓVÁHAGYVA',
      { service: 'license', goal: 'support' },
    ],
    [
      'hu-HU',
      'Napirend:\n1. Azure (szindikációs partneren keresztül) – ELHALASZTVA.\n2. Microsoft 365 – nem tárgyalták.',
      { channel: 'syndication', service: 'usage' },
    ],
  ]);
});

describe('kind: governance record, a decision put off in prose states no goal', () => {
  checkKind([
    ['ru-RU', 'Правление отклонило предложение о переносе подписок Exchange Online, перенос — не раньше лета.', { service: 'license' }],
    ['zh-CN', '委员会否决了把 Exchange Online 计费转给我们的申请，只同意我们做运维。', { service: 'license', goal: 'support' }],
  ]);
});
