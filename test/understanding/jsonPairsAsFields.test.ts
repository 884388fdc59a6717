// Hand-filled JSON is a record's fields: each "key": value pair is read as a field's line, a key
// written with "_" or camelCase as words ("our_role", "boughtFrom"), an empty string, null or
// "N/A" as an empty field that states nothing; a quoted pair inside a sentence stays prose.
import { checkKind } from './kindCheck';

describe('JSON pairs read as fields', () => {
  checkKind([
    [
      'en-US',
      '{\n  "customer": "Halden Bakery",\n  "boughtFrom": "Microsoft (online, card)",\n  "products": ["Microsoft 365 Business Basic"],\n  "ask": "look after the tenant",\n  "our_role": "indirect reseller"\n}',
      { channel: 'microsoft', service: 'license', goal: 'support', partnerType: 'indirectReseller' },
    ],
    [
      'ru-RU',
      '{"клиент":"Пекарня Халден","продукт":"Office 365 E1","наш_тип":"непрямой реселлер","где_куплено":""}',
      { service: 'license', partnerType: 'indirectReseller' },
    ],
    [
      'pt-BR',
      '{\n  "cliente": "Padaria Halden",\n  "produto": "Office 365 E1",\n  "nosso_tipo": "revendedor indireto",\n  "comprado_de": null\n}',
      { service: 'license', partnerType: 'indirectReseller' },
    ],
    [
      'hu-HU',
      '{\n  "ugyfel": "Halden Pékség",\n  "termek": "Office 365 E1",\n  "partnertipusunk": "közvetett viszonteladó"\n}',
      { service: 'license', partnerType: 'indirectReseller' },
    ],
    ['zh-CN', '{\n  "客户": "海登烘焙",\n  "产品": "Office 365 E1",\n  "我们的类型": "间接经销商"\n}', { service: 'license', partnerType: 'indirectReseller' }],
    // Near misses: a YAML record, empty fields, and a pair quoted inside a sentence keep their reading.
    [
      'en-US',
      'customer: Halden Bakery\nproduct: Office 365 E1\nour_role: indirect reseller\nbought_from: ""',
      { service: 'license', partnerType: 'indirectReseller' },
    ],
    ['en-US', '{\n  "customer": "Halden Bakery",\n  "product": "Office 365 E1",\n  "bought_from": "",\n  "our_role": "N/A"\n}', { service: 'license' }],
    ['en-US', 'They wrote "status": "open" in the form, and the Office 365 E1 seats come from an EA.', { channel: 'ea', service: 'license' }],
  ]);
});
