// A move said in the speaker's own words: pulling the seats over to us, wanting it on our invoice,
// babysitting it where it is (support), «переоформить к нам», "账单以后走我们", "puxar as licenças pra
// cá", "átvegyük az előfizetéseket". A state ("already shows on our invoice") or a report pulled over is no goal.
import { checkKind } from './kindCheck';

describe('the goal in the speaker own words', () => {
  checkKind([
    ['en-US', 'Can we pull their Teams licences across to us before the renewal?', { service: 'license', goal: 'move' }],
    ['en-US', 'Visio Plan 2, bought online. They would like the lot on our invoice starting in July.', { service: 'license', goal: 'move' }],
    ['en-US', 'Whether they mean babysitting the tenant where it is or moving the subs to us, nobody said.', {}, ['goal']],
    ['en-US', 'Their Azure usage already shows on our invoice every month.', { service: 'usage' }],
    ['en-US', 'Can you pull the usage report over to us by Friday?', { service: 'usage' }],
    ['pt-BR', 'Eles querem que a gente puxe todas as licenças do Visio pra cá no mês que vem.', { service: 'license', goal: 'move' }],
    ['pt-BR', 'Entre suporte ou mudança das licenças para nós, o cliente ficou com a última.', { service: 'license', goal: 'move' }],
    ['pt-BR', 'Pode puxar o relatório de consumo pra cá até sexta?', { service: 'usage' }],
    ['ru-RU', 'Клиент хочет переоформить подписки Visio к нам со следующего месяца.', { service: 'license', goal: 'move' }],
    ['zh-CN', '客户希望账单以后都走我们，Visio 订阅也一起。', { service: 'license', goal: 'move' }],
    ['zh-CN', '老板的意思是让我们直接接盘。', { goal: 'move' }],
    ['hu-HU', 'Arra kérnek, hogy átvegyük a Visio előfizetéseket.', { service: 'license', goal: 'move' }],
  ]);
});
