// A form's question answered "no" says nothing of its own words ("是否有 EA？—— 没有" leaves no EA),
// and a form's options chosen by a letter or a number after them leave the others unchosen. Without
// the rule each case reads the question's or the unchosen option's value.
import { checkKind } from './kindCheck';

describe('a form question answered no, or an option chosen by its letter or number', () => {
  checkKind([
    ['zh-CN', '客户调查表\n1. 是否签了 EA？—— 没有\n2. 产品：Microsoft 365 E3，在微软官网用信用卡买的', { channel: 'microsoft', service: 'license' }],
    ['zh-CN', '登记表\n字段「是否使用Azure」：否\n字段「产品」：Office 365，从另一家 CSP 买的', { channel: 'otherCsp', service: 'license' }],
    [
      'zh-CN',
      '需求单\n产品：Microsoft 365，另一家 CSP 伙伴开票\n您需要：A. 账单转到我们这里  B. 只要日常运维 —— B',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
    ['hu-HU', 'Kérdőív\nVan EA szerződésük? – nincs, volt\nMicrosoft 365, kártyával vették a Microsoft oldalán.', { channel: 'microsoft', service: 'license' }],
    [
      'en-US',
      'Intake sheet\nOffice 365, bought from another CSP partner.\nWhat should we do?\na) take over the billing\nb) support only\n– b',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
    [
      'pt-BR',
      'Formulário\nCompram por EA? — não\nMicrosoft 365 comprado de outro parceiro CSP.\nO que querem? 1) só suporte  2) transferir a cobrança para nós — 2',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
  ]);
});
