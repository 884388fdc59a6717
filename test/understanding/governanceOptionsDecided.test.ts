// Minutes that quote two marked options and write the decision after the quote ("Decision: option
// (b)", «Выбрали второй», "Escolhida a primeira", "Az előbbit fogadták el") or list "方案一…方案二…
// 批准方案二": the option named is the goal, not a conflict (optionsDecided.ts, numberedOptions.ts).
import { checkKind } from './kindCheck';

describe('kind: governance record, options in minutes and the decision after them', () => {
  checkKind([
    [
      'en-US',
      'Board minutes, item 4: "Partner to (a) handle day-to-day support of Exchange Online, or (b) take over its billing." Decision: option (a).',
      { service: 'license', goal: 'support' },
    ],
    [
      'ru-RU',
      'Из протокола: «a) партнёр забирает биллинг Exchange Online; b) партнёр только сопровождает». Выбрали второй.',
      { service: 'license', goal: 'support' },
    ],
    [
      'pt-BR',
      'Ata: "(a) parceiro passa a cuidar do suporte; (b) parceiro assume o faturamento do Exchange Online." Escolhida a primeira.',
      { service: 'license', goal: 'support' },
    ],
    [
      'hu-HU',
      'Jegyzőkönyv: „a) a partner átveszi az Exchange Online számlázását; b) a partner csak támogat.” Az előbbit fogadták el.',
      { service: 'license', goal: 'move' },
    ],
    ['zh-CN', '委员会备注：方案一：合作伙伴接管计费；方案二：仅运维。批准方案二。产品：Exchange Online。', { service: 'license', goal: 'support' }],
  ]);
});
