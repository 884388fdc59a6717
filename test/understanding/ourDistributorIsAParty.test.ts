// Whose words: "our distributor is Arrow" names another party, the distributor; by itself it says
// nothing of the writer's own role (the partner may also bill direct), so the role is asked. Buying
// or ordering through it, a T2 claim beside it, or "the reseller under them" states the indirect
// reseller; a doubt opened by the distributor's name ("I think our distributor starts it") is of
// what the distributor does.
import { checkKind } from './kindCheck';

describe('our distributor, named, is another party (whose words)', () => {
  checkKind([
    ['en-US', 'FYI our distributor is Arrow, for invoicing.\nThe customer pays Microsoft directly for Azure.', { channel: 'microsoft', service: 'usage' }],
    [
      'en-US',
      'PO note: ordered via Pax8 (our distributor). The customer has Office 365 from another CSP.',
      { channel: 'otherCsp', service: 'license', partnerType: 'indirectReseller' },
    ],
    [
      'en-US',
      "we're the T2 on this deal, our disti handles the Microsoft side. Azure bought on the Microsoft site.",
      { channel: 'microsoft', service: 'usage', partnerType: 'indirectReseller' },
    ],
    [
      'en-US',
      'They have Microsoft 365 from another CSP and want it moved to us. We order via TD Synnex for this customer, so I think our distributor will start the transfer.',
      { channel: 'otherCsp', service: 'license', goal: 'move', partnerType: 'indirectReseller' },
    ],
    ['ru-RU', 'Наш дистрибьютор — Treolan, это для счетов. Клиент купил Azure напрямую у Microsoft.', { channel: 'microsoft', service: 'usage' }],
    [
      'ru-RU',
      'Клиент купил Azure напрямую у Microsoft. Пойдём через нашего дистрибьютора.',
      { channel: 'microsoft', service: 'usage', partnerType: 'indirectReseller' },
    ],
    ['zh-CN', '我们的分销商是神州数码，开票用。客户的 Azure 是直接从微软买的。', { channel: 'microsoft', service: 'usage' }],
    [
      'zh-CN',
      '我们的分销商（间接提供商）转来的：客户的 Azure 是直接从微软买的。我们是挂在分销商下面的间接经销商。',
      { channel: 'microsoft', service: 'usage', partnerType: 'indirectReseller' },
    ],
    ['pt-BR', 'Nosso distribuidor é a Ingram, só pra constar. O cliente comprou o Azure direto da Microsoft.', { channel: 'microsoft', service: 'usage' }],
    [
      'pt-BR',
      'A Arrow é nossa distribuidora (provedor indireto), nós somos revenda abaixo dela. O cliente comprou o Azure direto da Microsoft.',
      { channel: 'microsoft', service: 'usage', partnerType: 'indirectReseller' },
    ],
    [
      'hu-HU',
      'A disztribútorunk az Arrow, csak tájékoztatásul. Az ügyfél közvetlenül a Microsofttól vette az Azure-t.',
      { channel: 'microsoft', service: 'usage' },
    ],
    [
      'hu-HU',
      'Az ügyfél közvetlenül a Microsofttól vette az Azure-t. Mi alattuk vagyunk resellerek.',
      { channel: 'microsoft', service: 'usage', partnerType: 'indirectReseller' },
    ],
  ]);
});
