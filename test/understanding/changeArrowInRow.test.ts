// A table row's last cell with an arrow between two values ("EA -> CSP", "Open → CSP") writes a
// change, it marks no row: every row is read. An arrow pointing back at the row, alone or with a
// few words ("<-- ours", "← наш"), still picks its row and sets the others aside.
import { checkKind } from './kindCheck';

const rows = (...lines: string[]): string => lines.join('\n');

describe('a change arrow in a table row is no mark', () => {
  checkKind([
    [
      'en-US',
      rows('Customer | Product | Agreement', 'Lakeside Dental | Microsoft 365 | EA -> CSP', 'Lakeside Dental Lab | Azure | EA', 'We are their direct partner.'),
      { channel: 'ea', partnerType: 'direct' },
      ['service'],
    ],
    [
      'en-US',
      rows(
        'Customer | Product | Agreement',
        'Lakeside Dental | Microsoft 365 | EA <-- ours',
        'Lakeside Dental Lab | Azure | EA',
        'We are their direct partner.',
      ),
      { channel: 'ea', service: 'license', partnerType: 'direct' },
    ],
    [
      'ru-RU',
      rows('Клиент | Продукт | Канал', 'Северный Ветер | Microsoft 365 | Open → CSP', 'Северный Ветер Логистика | Azure | EA', 'Мы прямой партнёр.'),
      { partnerType: 'direct' },
      ['channel', 'service'],
    ],
    [
      'ru-RU',
      rows('Клиент | Продукт | Канал', 'Северный Ветер | Microsoft 365 | Open ← наш', 'Северный Ветер Логистика | Azure | EA', 'Мы прямой партнёр.'),
      { channel: 'open', service: 'license', partnerType: 'direct' },
    ],
    [
      'zh-CN',
      rows('客户 | 产品 | 渠道', '华东精密制造 | Microsoft 365 | EA -> CSP', '华东精密物流 | Azure | EA', '我们是直签合作伙伴。'),
      { channel: 'ea', partnerType: 'direct' },
      ['service'],
    ],
    [
      'zh-CN',
      rows('客户 | 产品 | 渠道', '华东精密制造 | Microsoft 365 | EA <-- 就是这个', '华东精密物流 | Azure | EA', '我们是直签合作伙伴。'),
      { channel: 'ea', service: 'license', partnerType: 'direct' },
    ],
    [
      'pt-BR',
      rows('Cliente | Produto | Canal', 'Padaria Estrela | Microsoft 365 | Open → CSP', 'Padaria Estrela Filial | Azure | EA', 'Somos parceiro direto.'),
      { partnerType: 'direct' },
      ['channel', 'service'],
    ],
    [
      'pt-BR',
      rows('Cliente | Produto | Canal', 'Padaria Estrela | Microsoft 365 | Open ← este aqui', 'Padaria Estrela Filial | Azure | EA', 'Somos parceiro direto.'),
      { channel: 'open', service: 'license', partnerType: 'direct' },
    ],
    [
      'hu-HU',
      rows('Ügyfél | Termék | Csatorna', 'Debreceni Nyomda | Microsoft 365 | EA -> CSP', 'Debreceni Nyomda Kft | Azure | EA', 'Közvetlen partnerek vagyunk.'),
      { channel: 'ea', partnerType: 'direct' },
      ['service'],
    ],
    [
      'hu-HU',
      rows(
        'Ügyfél | Termék | Csatorna',
        'Debreceni Nyomda | Microsoft 365 | EA <-- ez az',
        'Debreceni Nyomda Kft | Azure | EA',
        'Közvetlen partnerek vagyunk.',
      ),
      { channel: 'ea', service: 'license', partnerType: 'direct' },
    ],
  ]);
});
