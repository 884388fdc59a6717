// EA and MPSA said aloud and typed as heard in Russian: «ии эй», «эмпиэсэй».
import { checkKind } from './kindCheck';

describe('channel: EA and MPSA typed as said aloud in Russian', () => {
  checkKind([
    ['ru-RU', 'у них ии эй, офис триста шестьдесят пять', { channel: 'ea', service: 'license' }],
    ['ru-RU', 'эмпиэсэй, ажур', { channel: 'open', service: 'usage' }],
  ]);
});
