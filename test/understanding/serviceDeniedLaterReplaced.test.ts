// "They have Azure. It's not Azure, it's Dynamics 365": a product denied in a later sentence and
// replaced there by another product takes back the same product said before. A product denied
// with nothing in its place takes back nothing said before.
import { checkKind } from './kindCheck';

describe('service: a product denied later and replaced by another', () => {
  checkKind([
    [
      'en-US',
      'The export line says Azure. It is not Azure, it is Dynamics 365 Business Central, bought from Microsoft.',
      { channel: 'microsoft', service: 'license' },
    ],
    ['en-US', 'Our system tags everything as Azure. It is not Azure, it is Office 365 E3.', { service: 'license' }],
    ['ru-RU', 'В выгрузке написано Azure. Это не Azure, а Dynamics 365 Business Central.', { service: 'license' }],
    ['pt-BR', 'Na planilha aparece Azure. Não é Azure, é Dynamics 365 Business Central.', { service: 'license' }],
    ['en-US', 'They have Azure and Office 365. The Copilot add-on is not Office 365.', {}, ['service']],
  ]);
});
