// Russian channel words met in web-shop and spoken notes: Microsoft's own online store is
// Microsoft, not a retailer ("интернет-магазин Майкрософта"); an online shop of no one named is a
// retailer; "интернет" is not "иной" (another seller); and "not directly" said after a correction
// takes back the direct purchase said before it, the partner named after it being the channel.
// "Забираете подписки к себе" said to us is taking them over, so one of two goals offered is asked.
import { checkKind } from './kindCheck';

describe('Russian: an online shop, Microsoft’s own or a retailer', () => {
  checkKind([
    ['ru-RU', 'Клиент оформил Microsoft 365 в онлайн-магазине Microsoft, оплатил картой.', { channel: 'microsoft', service: 'license' }],
    ['ru-RU', 'Visio брали через интернет-магазин Майкрософта.', { channel: 'microsoft', service: 'license' }],
    ['ru-RU', 'Office 365 они купили у интернет-магазина бытовой техники.', { channel: 'thirdParty', service: 'license' }],
    ['ru-RU', 'Лицензии Exchange Online заказывали в интернет-магазине, не у партнёра.', { channel: 'thirdParty', service: 'license' }],
  ]);
});

describe('Russian: "not directly" after a correction takes the direct purchase back', () => {
  checkKind([
    ['ru-RU', 'ажур они брали у майкрософта стоп не напрямую через другого партнёра цсп', { channel: 'otherCsp', service: 'usage' }],
    ['ru-RU', 'Лицензии Microsoft 365 купили у Microsoft. Хотя нет, не напрямую через другого CSP-партнёра.', { channel: 'otherCsp', service: 'license' }],
    ['ru-RU', 'По этому клиенту мы работаем не напрямую, а через дистрибьютора.', { partnerType: 'indirectReseller' }],
  ]);
});

describe('Russian: "you take the subscriptions over", one of two goals offered', () => {
  checkKind([
    ['ru-RU', 'Клиент сказал: либо вы их только сопровождаете, либо забираете лицензии к себе, пока не решили.', {}, ['goal']],
    ['ru-RU', 'Если вы заберёте подписки к себе, клиент согласен: у них Microsoft 365.', { service: 'license', goal: 'move' }],
  ]);
});
