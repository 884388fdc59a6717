// The goal waits while the service is open between usage and a license (goalServiceOpen.test.ts),
// also when the case was left undecided: every value told counts then, the one said before a
// correction too, so the service is asked and the goal left for later. A service only doubted is
// not open between the two: the goal said beside it is read, and the service asked back.
import { checkDoubted, checkKind } from './kindCheck';

describe('a goal waits while the service is open, the case left undecided after a correction', () => {
  checkKind([
    [
      'en-US',
      "It's the Azure subscription. Sorry, the Microsoft 365 licences. They want to move them to us. They ended the call without deciding.",
      {},
      ['service'],
    ],
    ['ru-RU', 'Это подписка Azure. Извините, лицензии Microsoft 365. Они хотят перенести их к нам. Они так и не решили.', {}, ['service']],
    ['zh-CN', '是Azure订阅。不对，是Microsoft 365许可证。他们想把它们转过来。他们还没决定。', {}, ['service']],
    [
      'pt-BR',
      'É a assinatura do Azure. Desculpa, as licenças do Microsoft 365. Eles querem transferir para a gente. Eles ainda não decidiram.',
      {},
      ['service'],
    ],
    ['hu-HU', 'Az Azure előfizetésről van szó. Bocsánat, a Microsoft 365 licencekről. Át akarják hozni hozzánk. Még nem döntöttek.', {}, ['service']],
  ]);
});

describe('a goal beside a service only doubted to be usage is read', () => {
  checkDoubted([
    ['en-US', 'Maybe Azure. They want to move it to us.', { goal: 'move' }, { service: 'usage' }],
    ['ru-RU', 'Может быть, Azure. Они хотят перенести это к нам.', { goal: 'move' }, { service: 'usage' }],
    ['zh-CN', '可能是Azure。他们想转过来。', { goal: 'move' }, { service: 'usage' }],
    ['pt-BR', 'Talvez o Azure. Eles querem transferir para a gente.', { goal: 'move' }, { service: 'usage' }],
    ['hu-HU', 'Talán Azure. Át akarják hozni hozzánk.', { goal: 'move' }, { service: 'usage' }],
  ]);
});
