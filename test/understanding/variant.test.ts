// Kind "variant": Traditional Chinese, European Portuguese, Hungarian without accents and
// Cyrillic look-alike letters inside product names.
import { checkKind } from './kindCheck';

describe('kind: variant (language variants and writing)', () => {
  checkKind([
    ['en-US', 'О365 via ЕА, we are T1', { channel: 'ea', service: 'license', partnerType: 'direct' }],
    ['ru-RU', 'О365 куплен через ЕА', { channel: 'ea', service: 'license' }],
    ['zh-CN', '客戶的 Office 365 是透過 EA 購買的，我們是一級合作夥伴。', { channel: 'ea', service: 'license', partnerType: 'direct' }],
    [
      'pt-BR',
      'Somos revendedor indirecto; o Azure foi adquirido directamente à Microsoft.',
      { channel: 'microsoft', service: 'usage', partnerType: 'indirectReseller' },
    ],
    [
      'hu-HU',
      'Mi indirekt szolgaltato vagyunk, az Azure-t kozvetlenul a Microsofttol vettek.',
      { channel: 'microsoft', service: 'usage', partnerType: 'indirectProvider' },
    ],
  ]);
});

describe('kind: variant, European Portuguese forms and a name with a Hungarian case ending', () => {
  checkKind([
    ['pt-BR', 'Estamos a tratar de um cliente com Office 365. Somos parceiro de faturação directa.', { service: 'license', partnerType: 'direct' }],
    ['pt-BR', 'O cliente quer passá-las para nós, são subscrições do Office 365.', { service: 'license', goal: 'move' }],
    ['hu-HU', 'Az Azure-t a GoDaddytől vették.', { channel: 'syndication', service: 'usage' }],
  ]);
});
