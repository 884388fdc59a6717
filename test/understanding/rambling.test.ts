// Kind "rambling": long messages whose other clauses must not make a conflict: the partner's own
// services named next to the goal, a topic marker that looks like a channel.
import { checkKind } from './kindCheck';

describe('kind: rambling (irrelevant clauses set nothing)', () => {
  checkKind([
    [
      'en-US',
      'Long story: they want to move the Office 365 licences to us and add them to our managed services invoice.',
      { service: 'license', goal: 'move' },
    ],
    ['ru-RU', 'Хотят перенести Office 365 к нам и платить вместе с нашими управляемыми услугами.', { service: 'license', goal: 'move' }],
    ['zh-CN', '客户想把 Office 365 迁移到我们这边，和我们的托管服务一起结算。', { service: 'license', goal: 'move' }],
    ['pt-BR', 'Querem migrar o Office 365 pra gente e pagar junto com nossos serviços gerenciados.', { service: 'license', goal: 'move' }],
    ['hu-HU', 'Microsoft oldalon: az Office 365-öt át akarják hozni hozzánk, a havi üzemeltetési díjjal együtt.', { service: 'license', goal: 'move' }],
    // What the customer wants from us is still read: managed services asked for are support.
    ['en-US', 'They want managed services from us for their Office 365.', { service: 'license', goal: 'support' }],
    ['pt-BR', 'Querem manter lá e a gente só administra o Office 365.', { service: 'license', goal: 'support' }],
  ]);
});
