// «EA у нас истёк»: the customer's "we have" between an agreement and the word saying it ran out
// is a filler, so the agreement is past and the channel named after it ("теперь берём у …") stands;
// an agreement still in force keeps its channel.
import { checkKind } from './kindCheck';

describe('an agreement "у нас" ran out is past (ru-RU)', () => {
  checkKind([
    ['ru-RU', 'Exchange Online: EA у нас истёк в прошлом году, теперь берём у другого CSP-партнёра.', { channel: 'otherCsp', service: 'license' }],
    ['ru-RU', 'Exchange Online: EA у нас до сих пор действует.', { channel: 'ea', service: 'license' }],
  ]);
});
