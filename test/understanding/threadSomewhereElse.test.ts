// Kind "thread": in a pasted mail or chat, the cloud may be named in the agent's line above and
// "somewhere else" (a local reseller, an integrator: the other channel, which only the 21Vianet
// Partner Center has) in the customer's reply below. The reply is read without a cloud, so it
// keeps that channel for the thread's cloud to decide: in the 21Vianet one it is the answer,
// elsewhere it is asked.
import { checkKind } from './kindCheck';

describe('kind: thread, "somewhere else" in a reply is read in the cloud named above it', () => {
  checkKind([
    [
      'en-US',
      "we're in the 21Vianet Partner Center, customer replied:\n\nFrom: Li\nSent: Monday 9:10\nSubject: RE: subscriptions\n\nThe Office 365 was not bought from 21Vianet; it came from somewhere else, a local reseller.",
      { cloud: 'china', channel: 'other', service: 'license' },
    ],
    [
      'ru-RU',
      'мы в Partner Center от 21Vianet, ответ клиента:\n\nОт: Ли\nОтправлено: понедельник 9:10\nТема: RE: подписки\n\nOffice 365 купили не у 21Vianet, а в другом месте, у местного реселлера.',
      { cloud: 'china', channel: 'other', service: 'license' },
    ],
    [
      'zh-CN',
      '我们在世纪互联运营的合作伙伴中心，客户回复：\n\n发件人：李伟\n发送时间：周一 9:10\n主题：RE: 订阅\n\nOffice 365不是从世纪互联买的，是从别的地方买的，一家本地经销商。',
      { cloud: 'china', channel: 'other', service: 'license' },
    ],
    [
      'pt-BR',
      'estamos no Partner Center da 21Vianet, o cliente respondeu:\n\nDe: Li\nEnviada em: segunda-feira 09:10\nAssunto: RES: assinaturas\n\nO Office 365 não foi comprado da 21Vianet; veio de uma revenda local.',
      { cloud: 'china', channel: 'other', service: 'license' },
    ],
    [
      'hu-HU',
      '21Vianet Partner Center, ügyfél válasza:\n\nFeladó: Li\nElküldve: hétfő 9:10\nTárgy: VS: előfizetések\n\nAz Office 365-öt nem a 21Vianettől vettük, hanem máshonnan, egy helyi integrátortól.',
      { cloud: 'china', channel: 'other', service: 'license' },
    ],
  ]);
});

describe('kind: thread, "somewhere else" in a reply under the commercial cloud is asked', () => {
  checkKind([
    [
      'en-US',
      "we're in the global Partner Center, customer replied:\n\nFrom: Li\nSent: Monday 9:10\nSubject: RE: subscriptions\n\nThe Office 365 came from somewhere else, a local reseller.",
      { cloud: 'global', service: 'license' },
    ],
  ]);
});

describe('kind: thread, a reply that names another channel beside "somewhere else" is read as before', () => {
  checkKind([
    [
      'en-US',
      'From: Ana\nSent: Monday 9:10\nSubject: RE: case\n\nThey only want us to support the tenant.\n\nFrom: Bo\nSent: Monday 8:00\nSubject: case\n\nThey bought Office 365 from a local computer shop, not a CSP and not a syndication partner.',
      { channel: 'thirdParty', service: 'license', goal: 'support' },
    ],
  ]);
});
