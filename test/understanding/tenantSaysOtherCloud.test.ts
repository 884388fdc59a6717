// Whose words: the customer says one cloud, the writer sees another in the tenant ("claims US Gov,
// but the tenant looks commercial"): the cloud is asked, never taken from either. A commercial
// offer («коммерческое предложение») names no cloud.
import { checkKind } from './kindCheck';

describe('the customer’s cloud against what the tenant shows (whose words)', () => {
  checkKind([
    [
      'ru-RU',
      'Клиент уверяет, что у них US Government облако, а по тенанту похоже на коммерческий. Office 365 от другого CSP.',
      { channel: 'otherCsp', service: 'license' },
      ['cloud'],
    ],
    ['zh-CN', '客户说他们是美国政府云，可是租户看着像商业版的。Office 365 是从别的 CSP 买的。', { channel: 'otherCsp', service: 'license' }, ['cloud']],
    [
      'pt-BR',
      'O cliente jura que está na nuvem US Gov, mas o tenant parece comercial. Office 365 de outro CSP.',
      { channel: 'otherCsp', service: 'license' },
      ['cloud'],
    ],
    [
      'hu-HU',
      'Az ügyfél szerint US Government felhőben vannak, de a tenant kereskedelminek tűnik. Office 365 egy másik CSP-től.',
      { channel: 'otherCsp', service: 'license' },
      ['cloud'],
    ],
    ['ru-RU', 'Отправили коммерческое предложение: Office 365 от другого CSP, хотят перейти к нам.', { channel: 'otherCsp', service: 'license', goal: 'move' }],
  ]);
});
