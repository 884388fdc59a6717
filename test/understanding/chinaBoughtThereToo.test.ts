// On 21Vianet and bought "from them too" («брали у них же», «покупали там же») is bought from
// 21Vianet. Without 21Vianet named before, "from them too" says no channel.
import { checkKind } from './kindCheck';

describe('china: bought from 21Vianet referred back to is the 21Vianet channel', () => {
  checkKind([
    ['ru-RU', 'клиент на двадцать один вианет, покупали там же, Azure', { cloud: 'china', channel: 'vianet', service: 'usage' }],
    ['ru-RU', 'они в 21Vianet, брали у них же, Office 365', { cloud: 'china', channel: 'vianet', service: 'license' }],
    ['ru-RU', 'они в 21Vianet, Office 365', { cloud: 'china', service: 'license' }],
  ]);
});
