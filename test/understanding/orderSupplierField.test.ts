// A purchase order or contract sent to us names us in its supplier field by a generic word
// ("Supplier: the vendor", «Исполнитель: поставщик», "Szállító: Önök"): the role written beside
// that word is the partner's own type. A named supplier, or the customer's field, tells nothing of us.
import { checkKind } from './kindCheck';

describe('the supplier field of an order sent to us', () => {
  checkKind([
    [
      'en-US',
      'ORDER 5521\nBuyer: Harbor Dental\nSupplier: the vendor, indirect reseller\nItem: 25 Visio Plan 2 seats',
      { service: 'license', partnerType: 'indirectReseller' },
    ],
    [
      'ru-RU',
      'Договор 17-К\nЗаказчик: ООО «Север»\nПодрядчик: исполнитель (непрямой реселлер CSP)\nПредмет: подписки Azure',
      { service: 'usage', partnerType: 'indirectReseller' },
    ],
    ['ru-RU', 'Заявка на закупку\nПоставщик: ООО «Альфа» (непрямой реселлер)\nПредмет: лицензии Visio', { service: 'license' }],
    [
      'pt-BR',
      'ORDEM 88\nContratante: Clínica Aurora\nContratada: fornecedora, na qualidade de revendedor indireto\nItem: licenças do Visio',
      { service: 'license', partnerType: 'indirectReseller' },
    ],
    [
      'hu-HU',
      'RENDELÉS\nMegrendelő: Pécsi Nyomda Zrt.\nVállalkozó: Önök, mint közvetett viszonteladó\nTétel: Visio licencek',
      { service: 'license', partnerType: 'indirectReseller' },
    ],
    ['zh-CN', '采购订单\n甲方：海川物流\n乙方：供应商（间接经销商）\n内容：Visio 许可证', { service: 'license', partnerType: 'indirectReseller' }],
  ]);
});
