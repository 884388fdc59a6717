// «Через местного посредника» (through a local middleman) is somewhere else, as a local reseller
// is: in the 21Vianet cloud the channel "other"; elsewhere no option, so the channel is asked.
import { checkKind } from './kindCheck';

describe('kind: channelWords, a local middleman', () => {
  checkKind([
    ['ru-RU', 'Клиент в Китае, облако 21Vianet. Office 365 брали у местного посредника.', { cloud: 'china', channel: 'other', service: 'license' }],
    ['ru-RU', 'Office 365 купили через местного посредника.', { service: 'license' }],
  ]);
});
