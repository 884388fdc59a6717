// «то ли …, то ли обычный коммерческий» offers the commercial cloud as the other option, as
// «или коммерческий» does: the cloud is asked, not taken from the first option.
import { checkKind } from './kindCheck';

describe('either/or: «то ли … то ли» commercial cloud', () => {
  checkKind([
    ['ru-RU', 'клиент то ли в гособлаке то ли обычный коммерческий, Azure брали у Microsoft напрямую', { channel: 'microsoft', service: 'usage' }, ['cloud']],
    ['ru-RU', 'Облако то ли китайское, то ли коммерческое, Office 365 хотят перенести к нам.', { service: 'license', goal: 'move' }, ['cloud']],
  ]);
});
