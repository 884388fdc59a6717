// A party that calls itself a role ("the distributor called itself a direct partner", «назвал себя
// прямым партнёром», "自称是直签合作伙伴", "se apresentou como parceiro direto") speaks of its own
// role, not ours: our role is the one we state. Our own role still reads.
import { checkKind } from './kindCheck';

describe('a party calling itself a role', () => {
  checkKind([
    [
      'en-US',
      'The distributor called itself a direct partner on the phone. We are a reseller under them, Visio seats on Open Value.',
      { channel: 'open', service: 'license', partnerType: 'indirectReseller' },
    ],
    ['en-US', 'We call ourselves a direct partner, Visio seats on Open Value.', { channel: 'open', service: 'license', partnerType: 'direct' }],
    [
      'ru-RU',
      'Дистрибьютор на созвоне назвал себя прямым партнёром. Мы у него реселлер, Visio по Open Value.',
      { channel: 'open', service: 'license', partnerType: 'indirectReseller' },
    ],
    [
      'pt-BR',
      'O distribuidor se apresentou como parceiro direto. Nós somos revendedor indireto, Visio no Open Value.',
      { channel: 'open', service: 'license', partnerType: 'indirectReseller' },
    ],
    [
      'zh-CN',
      '分销商自称是直签合作伙伴，我们其实是间接经销商，Visio 走 Open Value。',
      { channel: 'open', service: 'license', partnerType: 'indirectReseller' },
    ],
  ]);
});
