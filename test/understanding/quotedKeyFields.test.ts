// A record written as JSON ('"ourRole": "distributor",') is a list of fields: a colon after a quoted
// key opens the field's value, not another party's words quoted, and a line that ends in the comma
// between two fields ends its sentence. A quotation after a plain colon is still someone else's.
import { checkKind } from './kindCheck';

describe('fields of a record written under quoted keys', () => {
  checkKind([
    [
      'en-US',
      '{\n  "account": "Fabrikam Bakery",\n  "licences": "Office 365 E1",\n  "ourRole": "indirect reseller, orders go via our disti"\n}',
      { service: 'license', partnerType: 'indirectReseller' },
    ],
    [
      'ru-RU',
      '{\n  "заказчик": "ИП Соколов",\n  "подписка": "Azure",\n  "роль_партнера": "мы дистрибьютор, непрямой поставщик"\n}',
      { service: 'usage', partnerType: 'indirectProvider' },
    ],
    [
      'zh-CN',
      '{\n  "客户": "天禄贸易有限公司",\n  "产品": "Azure",\n  "我方角色": "间接经销商，从分销商那里进货"\n}',
      { service: 'usage', partnerType: 'indirectReseller' },
    ],
    [
      'pt-BR',
      '{\n  "empresa": "Mercearia Boa Vista",\n  "licenca": "Microsoft 365 Business Basic",\n  "papel_nosso": "distribuidor ou revenda indireta? ainda vamos ver"\n}',
      { service: 'license' },
      ['partnerType'],
    ],
    [
      'hu-HU',
      '{\n  "cegnev": "Tisza Bútor Bt.",\n  "szolgaltatas": "Azure előfizetés",\n  "szerepkor": "közvetett szolgáltató, mi vagyunk a disztribútor"\n}',
      { service: 'usage', partnerType: 'indirectProvider' },
    ],
    // Near misses: words quoted after a plain colon are another party's, and a prose line broken after a comma goes on.
    ['en-US', 'Their old partner wrote: "we are the distributor for this tenant, sorry for the delay"', {}],
    ['en-US', 'The customer, who is not a reseller,\nsays they are on EA now', { channel: 'ea' }],
  ]);
});
