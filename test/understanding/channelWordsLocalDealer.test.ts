// «У местного дилера», «через местного дистрибьютора»: a local dealer is somewhere other than
// 21Vianet, Microsoft or a CSP partner, as «у местного реселлера» is (in the China cloud).
import { checkKind } from './kindCheck';

describe('channel: a local dealer is another channel (ru-RU)', () => {
  checkKind([
    ['ru-RU', 'Облако китайское, Office 365 купили у местного дилера.', { cloud: 'china', channel: 'other', service: 'license' }],
    ['ru-RU', '21Vianet, Azure брали через местного дистрибьютора.', { cloud: 'china', channel: 'other', service: 'usage' }],
  ]);
});
