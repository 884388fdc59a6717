// The customer's own words quoted by the agent: "our CSP" in the customer's mouth (the client said
// "our CSP" once, 客户有时说「我们的 CSP」, előbb "a CSP-partnerünket") is the customer's CSP, another
// partner; said beside another seller, the channel is left asked even over a recap that named one.
import { checkKind } from './kindCheck';

describe('the customer quoted saying "our CSP" beside another seller', () => {
  checkKind([
    [
      'en-US',
      'Call summary (AI-generated)\n- Client licenses Azure from a syndication partner.\nAgent: on Azure the client said "our CSP" once and "the syndication partner" later on.',
      { service: 'usage' },
      ['channel'],
    ],
    [
      'zh-CN',
      '纪要（AI 生成）\n- 客户的 Azure 是从联合合作伙伴买的\n坐席：客户有时说「我们的 CSP」，有时说「那个托管公司（联合合作伙伴）」。',
      { service: 'usage' },
      ['channel'],
    ],
    [
      'hu-HU',
      'Összefoglaló (MI)\n– Az ügyfél szindikációs partnertől veszi az Azure-t.\nÜgyintéző: az ügyfél előbb "a CSP-partnerünket", később "a hosztolót (szindikációs partner)" mondta.',
      { service: 'usage' },
      ['channel'],
    ],
    ['ru-RU', 'Речь об Azure. Клиент сначала сказал «наш CSP-партнёр», потом «хостер (партнёр по синдикации)», уточню.', { service: 'usage' }, ['channel']],
    [
      'pt-BR',
      'É Azure. O cliente disse "nosso parceiro CSP" e depois "a hospedagem (parceiro de sindicação)", vou confirmar.',
      { service: 'usage' },
      ['channel'],
    ],
    // Near misses: the writer's own "our CSP", or "our CSP" told without the customer's quotation, leaves the one seller read.
    ['en-US', 'Our CSP team will handle it: the client buys Azure through a syndication partner.', { channel: 'syndication', service: 'usage' }],
    ['zh-CN', '客户说我们的 CSP 团队很专业，他们的 Azure 是从联合合作伙伴买的。', { channel: 'syndication', service: 'usage' }],
  ]);
});
