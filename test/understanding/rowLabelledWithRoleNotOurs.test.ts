// A who-is-who list labels its rows with the parties' roles: "Distributor: Northstar" is the row
// of the distributor, another party, and not this partner's role, which its own row ("Us: …")
// says. A row "Distributor: us" is ours, and a message that only opens with its role and a dash
// ("Indirect reseller – buying through Ingram") is no list.
import { checkKind } from './kindCheck';

describe('structure: a row labelled with a role names that party, not us', () => {
  checkKind([
    [
      'en-US',
      'Who is who on the Harbor Dental file:\n- Customer: Harbor Dental\n- Distributor (Ingram): not involved this time\n- Us: direct-bill CSP partner',
      { partnerType: 'direct' },
    ],
    ['en-US', 'Parties:\nCustomer – Lakeside Farms\nReseller – Bluefin IT, they sit under us\nUs – indirect provider', { partnerType: 'indirectProvider' }],
    ['en-US', 'Parties:\nCustomer: Lakeside Farms\nDistributor: us, for Bluefin IT', { partnerType: 'indirectProvider' }],
    ['en-US', 'Indirect reseller – buying through Ingram. The customer has Azure.', { service: 'usage', partnerType: 'indirectReseller' }],
    ['pt-BR', 'Partes:\n- Cliente: Padaria Sol\n- Distribuidor (Ingram): não participa\n- Nós: parceiro CSP de faturamento direto', { partnerType: 'direct' }],
    ['hu-HU', 'Szereplők:\n- Ügyfél: Kék Kft.\n- Disztribútor (Ingram): nem vesz részt\n- Mi: direkt számlázású CSP partner', { partnerType: 'direct' }],
    ['ru-RU', 'Участники:\n- Клиент: ООО «Север»\n- Дистрибьютор (Ingram): не участвует\n- Мы: прямой партнёр CSP', { partnerType: 'direct' }],
    // Two labelled lines are a list already.
    ['en-US', 'Distributor: TD Synnex\nCustomer: Office 365 via EA', { channel: 'ea', service: 'license' }],
  ]);
});
