// Own words for buying from Microsoft: through Microsoft's website («через сайт Microsoft», «с
// сайта Майкрософт», «на официальном сайте Microsoft») as on it («на сайте Microsoft»).
import { checkKind } from './kindCheck';

describe("channel words: Microsoft's website", () => {
  checkKind([
    ['ru-RU', 'клиент брал ажур через сайт майкрософт с кредитки', { channel: 'microsoft', service: 'usage' }],
    ['ru-RU', 'Microsoft 365 заказали с сайта Microsoft', { channel: 'microsoft', service: 'license' }],
    ['ru-RU', 'Office 365 купили на официальном сайте Майкрософт', { channel: 'microsoft', service: 'license' }],
    ['en-US', "they bought Azure on Microsoft's website with a credit card", { channel: 'microsoft', service: 'usage' }],
  ]);
});
