// A distributor's answer pasted into a case: the role word of a label naming who answers
// ("分销商售前答复：", "Distributor pre-sales reply:") is the distributor's, not the writer's; in a
// sentence giving the addressed partner its role ("贵司作为我们的二级经销商", "as you are our T2
// reseller", «вы наш непрямой реселлер»), the sender's own role ("由我们作为间接供应商提交") is its own.
import { checkKind } from './kindCheck';

describe("outside experts: a distributor's answer gives the partner its role, not the distributor's", () => {
  checkKind([
    ['zh-CN', '分销商售前答复：“这个客户的 Azure 走的是 EA，全球版。”', { cloud: 'global', channel: 'ea', service: 'usage' }],
    ['en-US', 'Distributor pre-sales reply: "The customer\'s Azure sits under an EA."', { channel: 'ea', service: 'usage' }],
    [
      'zh-CN',
      '分销商回信：“贵司作为我们的二级经销商，客户的 Visio 要从别的 CSP 转过来，得由我们作为间接供应商提交申请。”',
      { channel: 'otherCsp', service: 'license', goal: 'move', partnerType: 'indirectReseller' },
    ],
    [
      'en-US',
      'Disti wrote back: "As you are our T2 reseller, the move of the customer\'s Visio from the other CSP is submitted by us as indirect provider."',
      { channel: 'otherCsp', service: 'license', goal: 'move', partnerType: 'indirectReseller' },
    ],
    [
      'ru-RU',
      'Дистрибьютор ответил: «Так как вы наш непрямой реселлер, перенос Visio клиента от другого CSP-партнёра оформляем мы как непрямой поставщик.»',
      { channel: 'otherCsp', service: 'license', goal: 'move', partnerType: 'indirectReseller' },
    ],
    ['zh-CN', '我们作为分销商的答复：客户的 Visio 在 EA 下。', { channel: 'ea', service: 'license', partnerType: 'indirectProvider' }],
    // "TI" in a company's name is not the Hungarian "ti" (you): no one is addressed, so our own role is not dropped.
    [
      'pt-BR',
      'A Rede Sul TI é uma revenda indireta que compra conosco, e nós somos o provedor indireto dela. O cliente dela tem Azure.',
      { service: 'usage' },
      ['partnerType'],
    ],
  ]);
});
