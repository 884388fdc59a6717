// A check said in a clause of its own right after a doubted answer ("我估计是国际版……对，确认了", "confirmed
// with the customer", «подтвердил у клиента», "confirmei", "megerősítette az ügyfél",
// "应该是从世纪互联买的……刚跟客户确认了，") confirms it. A check that follows another answer in its own
// sentence confirms that one only, and two values left open stay asked.
import { checkDoubted, checkKind } from './kindCheck';

describe('hedge: a doubted answer confirmed right after it is stated', () => {
  checkKind([
    ['zh-CN', '我估计客户是在国际版那边……对，确认了。他们的 Office 365 要我们做运维。', { cloud: 'global', service: 'license', goal: 'support' }],
    [
      'zh-CN',
      '客户的 Office 365 应该是从世纪互联买的……刚跟客户 IT 确认了，合同上写的就是世纪互联。',
      { cloud: 'china', channel: 'vianet', service: 'license' },
    ],
    ['zh-CN', '客户的 Office 365 是通过 EA 还是 Open 买的不确定……确认了。', { service: 'license' }, ['channel']],
    [
      'en-US',
      "I think they're on EA... confirmed with the customer. They want us to take over billing of their Office 365.",
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
    ['en-US', "Probably the GCC tenant. Checked with their IT, it's confirmed.", { cloud: 'usgov' }],
    ['ru-RU', 'Наверное, у них EA. Подтвердил у клиента. Хотят перевести Office 365 к нам.', { channel: 'ea', service: 'license', goal: 'move' }],
    ['pt-BR', 'Acho que é EA... confirmei com o cliente. Querem migrar o Office 365 pra gente.', { channel: 'ea', service: 'license', goal: 'move' }],
    [
      'hu-HU',
      'Szerintem EA-n vették. Megerősítette az ügyfél. Az Office 365-öt át akarják hozni hozzánk.',
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
    ['hu-HU', 'Valószínűleg EA. Rákérdeztem, és stimmel.', { channel: 'ea' }],
    ['en-US', 'Either EA or Open, not sure. Confirmed.', {}, ['channel']],
  ]);
  checkDoubted([['zh-CN', '我估计客户是国际版。客户想把 Office 365 迁移过来，确认了。', { service: 'license', goal: 'move' }, { cloud: 'global' }]]);
});
