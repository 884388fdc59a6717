// Taking a product over to us («забрать Microsoft 365 к нам», «забрать всё к нам») is a move, and
// the product named between is still read. Taking it over for support («себе на обслуживание») is
// support.
import { checkKind } from './kindCheck';

describe('kind: goalWords, take the product over to us', () => {
  checkKind([
    ['ru-RU', 'Хотят забрать Microsoft 365 к нам от прежнего CSP-партнёра.', { channel: 'otherCsp', service: 'license', goal: 'move' }],
    ['ru-RU', 'Office 365 по Open, клиент хочет забрать всё к нам.', { channel: 'open', service: 'license', goal: 'move' }],
    ['ru-RU', 'Хотят забрать Microsoft 365 себе на обслуживание, куплено по EA.', { channel: 'ea', service: 'license', goal: 'support' }],
  ]);
});
