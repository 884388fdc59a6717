// The customer invoiced by Microsoft itself («счёт им выставляет сам Microsoft») bought from
// Microsoft. Microsoft invoicing us («нам Microsoft выставляет счета напрямую») is our role instead.
import { checkKind } from './kindCheck';

describe('kind: channelWords, Microsoft invoices the customer', () => {
  checkKind([
    ['ru-RU', 'Клиент когда-то оформил Microsoft 365 сам, счета ему выставляет сам Microsoft.', { channel: 'microsoft', service: 'license' }],
    ['ru-RU', 'Счёт клиенту выставляет Майкрософт, Office 365 Business Premium.', { channel: 'microsoft', service: 'license' }],
    ['ru-RU', 'Нам Microsoft выставляет счета напрямую, клиенту Office 365 продаём мы.', { service: 'license', partnerType: 'direct' }],
  ]);
});
