// 21Vianet is often called just «Вианет»: bought from it is the 21Vianet channel (and the
// China cloud), with or without the number.
import { checkKind } from './kindCheck';

describe('kind: channel words, Vianet named without its number', () => {
  checkKind([
    ['ru-RU', 'Office 365 купили у самого Вианета, хотят поддержку.', { cloud: 'china', channel: 'vianet', service: 'license', goal: 'support' }],
    ['ru-RU', 'лицензии брали у вианета', { cloud: 'china', channel: 'vianet', service: 'license' }],
  ]);
});
