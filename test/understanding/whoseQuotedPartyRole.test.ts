// Kind "whose": another party's own words quoted inline ("the previous partner wrote: «We are a
// distributor…»") speak of that party: their "we" is not this partner, so no role is read from them.
// A quote said to this partner ("you", «вы», "vocês", "你们", a Hungarian "-tok/-tek" verb) names ours.
import { checkKind } from './kindCheck';

describe('kind: whose, a role another party states of itself in a quote is not ours', () => {
  checkKind([
    [
      'en-US',
      'The customer forwarded their previous partner\'s mail: "We are a distributor and no longer serve end customers directly." So the Office 365 came from another CSP partner.',
      { channel: 'otherCsp', service: 'license' },
    ],
    [
      'ru-RU',
      'Клиент переслал письмо прежнего партнёра: «Мы дистрибьютор и больше не работаем с конечными клиентами». Значит, Office 365 у них от другого CSP-партнёра.',
      { channel: 'otherCsp', service: 'license' },
    ],
    [
      'zh-CN',
      '客户转来了前合作伙伴的邮件：“我们是分销商，以后不再直接服务最终客户。”所以 Office 365 是从另一家 CSP 合作伙伴买的。',
      { channel: 'otherCsp', service: 'license' },
    ],
    [
      'pt-BR',
      'O cliente mandou a mensagem do parceiro antigo: "Somos distribuidor e não atendemos mais cliente final". Então o Office 365 veio de outro parceiro CSP.',
      { channel: 'otherCsp', service: 'license' },
    ],
    [
      'hu-HU',
      'Az ügyfél továbbította a régi partner levelét: „Disztribútorként már nem szolgálunk ki végfelhasználókat.” Tehát az Office 365 egy másik CSP partnertől jött.',
      { channel: 'otherCsp', service: 'license' },
    ],
  ]);
});

describe('kind: whose, a quote said to this partner names our role', () => {
  checkKind([
    [
      'en-US',
      'The distributor wrote: "As a reseller, you order this customer through us." The customer bought Azure via EA.',
      { channel: 'ea', service: 'usage', partnerType: 'indirectReseller' },
    ],
    [
      'ru-RU',
      'Дистрибьютор написал: «Вы как реселлер заказываете этого клиента через нас». Azure у клиента по EA.',
      { channel: 'ea', service: 'usage', partnerType: 'indirectReseller' },
    ],
    [
      'zh-CN',
      '分销商发来的原话：“你们作为经销商，需要通过我们下单。” 客户的 Azure 是企业协议买的。',
      { channel: 'ea', service: 'usage', partnerType: 'indirectReseller' },
    ],
    [
      'pt-BR',
      'O distribuidor escreveu: "Como revenda, vocês pedem esse cliente através da gente." O Azure do cliente é via EA.',
      { channel: 'ea', service: 'usage', partnerType: 'indirectReseller' },
    ],
    [
      'hu-HU',
      'A disztribútor ezt írta: „viszonteladóként rajtunk keresztül rendelitek ezt az ügyfelet.” Az ügyfél Azure-ja EA-n van.',
      { channel: 'ea', service: 'usage', partnerType: 'indirectReseller' },
    ],
  ]);
});
