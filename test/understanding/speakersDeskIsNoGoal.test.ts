// Whose words: the desk a speaker introduces themselves from ("this is Dana from the support desk",
// "aqui é a Fernanda do suporte", "itt Réka a supportról", "我是技术支持小刘") names where the speaker
// works, not what the customer wants. The goal said after it stands alone; "it's support only" is
// still the goal.
import { checkKind } from './kindCheck';

describe('the speaker’s own desk is no goal (whose words)', () => {
  checkKind([
    [
      'en-US',
      'hi this is Marcus from the support desk, the client has Office 365 from another CSP and they want us to take over the billing',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    [
      'pt-BR',
      'oi aqui é o Tiago do suporte, o cliente tem Microsoft 365 de outro parceiro CSP e quer passar tudo pra gente',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    [
      'hu-HU',
      'szia itt Gábor a supportról, az ügyfélnek Microsoft 365 van egy másik CSP partnertől és át akarják hozni hozzánk',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    [
      'zh-CN',
      '你好我是技术支持小王啊客户的微软365是从另一家CSP合作伙伴买的他们想整个转到我们这边来',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    ['en-US', 'Office 365 from another CSP; it’s support only, no transfer.', { channel: 'otherCsp', service: 'license', goal: 'support' }],
  ]);
});
