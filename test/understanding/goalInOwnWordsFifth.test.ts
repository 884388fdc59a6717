// Goal in the speaker's words, another round: "take over de billing", "assuma o billing todinho",
// "puxar as licenças pra gente", «за ними смотрели», «вести их», «взял подписки и биллинг на себя»,
// "给他管管", "rendszergazdáskodjunk", "gondját viseljük", "vegyük át tőlük", "semmi migration".
import { checkKind } from './kindCheck';

describe('goal in the speaker’s own words (fifth round)', () => {
  checkKind([
    [
      'en-US',
      'Dem have Office 365 from ah next CSP partner and dey want we to take over de billing.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    ['pt-BR', 'Microsoft 365 de outro CSP; querem que a gente assuma o billing todinho.', { channel: 'otherCsp', service: 'license', goal: 'move' }],
    ['pt-BR', 'O cliente quer puxar as licenças pra gente, hoje compra de outro CSP.', { channel: 'otherCsp', service: 'license', goal: 'move' }],
    [
      'ru-RU',
      'Office 365 у них от другого CSP, хотят, чтобы мы за ними смотрели, платить будут как раньше.',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
    ['ru-RU', 'Office 365 от другого CSP. От нас нужно просто вести их.', { channel: 'otherCsp', service: 'license', goal: 'support' }],
    [
      'ru-RU',
      'Office 365 от другого CSP, клиент просит, чтобы мы взяли подписки и биллинг на себя.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    ['zh-CN', '客户的 Office 365 是从别的 CSP 买的，想叫俺们给他管管，不挪窝。', { channel: 'otherCsp', service: 'license', goal: 'support' }],
    ['hu-HU', 'Office 365 egy másik CSP-től, csak rendszergazdáskodjunk felettük.', { channel: 'otherCsp', service: 'license', goal: 'support' }],
    ['hu-HU', 'Az MPSA-n vett Office 365-ük gondját kellene viselnünk.', { channel: 'open', service: 'license', goal: 'support' }],
    ['hu-HU', 'Office 365 egy másik CSP-től, azt kérik, hogy vegyük át tőlük.', { channel: 'otherCsp', service: 'license', goal: 'move' }],
    ['hu-HU', 'Office 365 Open Value-n. Csak support kell, semmi migration.', { channel: 'open', service: 'license', goal: 'support' }],
  ]);
});
