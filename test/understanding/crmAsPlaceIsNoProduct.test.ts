// A record kept "in CRM" names the tool where the note sits, not a product the customer buys: an
// unticked checklist line "Partner ID in CRM" must not put Dynamics beside the Azure ticked above
// it. CRM said as a product ("Dynamics CRM, 20 seats", "they use CRM") still is one.
import { checkKind } from './kindCheck';

describe('CRM named as where a record sits', () => {
  checkKind([
    ['en-US', 'Checklist\n[x] Workload: Azure\n[ ] Partner ID entered in CRM', { service: 'usage' }],
    ['ru-RU', 'Чек-лист\n☑ Продукт: Azure\n☐ Отметить код партнёра в CRM', { service: 'usage' }],
    ['pt-BR', 'Checklist\n☑ Produto: Azure\n☐ Registrar o parceiro no CRM', { service: 'usage' }],
    ['hu-HU', 'Teendők\n[x] Termék: Azure\n[ ] Partnerkód rögzítése a CRM-ben', { service: 'usage' }],
    ['zh-CN', '清单\n☑ 产品：Azure\n☐ 合作伙伴编号录入CRM系统里', { service: 'usage' }],
    ['en-US', 'They also want Dynamics CRM for the sales team, 20 seats.', { service: 'license' }],
    ['en-US', 'They use CRM and Azure.', {}, ['service']],
  ]);
});
