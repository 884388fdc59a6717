// «Мы у Microsoft числимся их партнёром» (we are on Microsoft's books as their partner): «у
// Microsoft» said of us is no purchase from Microsoft, so the customer's channel named beside it stands.
import { checkKind } from './kindCheck';

describe('kind: channelWords, "we at Microsoft" is no purchase', () => {
  checkKind([
    [
      'ru-RU',
      'Teams сейчас у другого CSP, а клиент хочет, чтобы мы у Microsoft числились их партнёром записи.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    ['ru-RU', 'Office 365 брали по Open; нас у Microsoft видно как прямого партнёра.', { channel: 'open', service: 'license', partnerType: 'direct' }],
    ['ru-RU', 'Office 365 они купили у Microsoft сами.', { channel: 'microsoft', service: 'license' }],
  ]);
});
