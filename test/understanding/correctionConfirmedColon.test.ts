// "Confirmed:" with what was confirmed after it ("az IT-s megerősítette: globális", "their IT
// confirmed: global") settles what was left open before it, as "it turned out" does; "not
// confirmed" settles nothing.
import { checkKind } from './kindCheck';

describe('correction: a check that says what it confirmed', () => {
  checkKind([
    ['hu-HU', 'Nem volt világos, hogy EA vagy Open, de az ügyfél megerősítette: EA. Azure-ról van szó.', { channel: 'ea', service: 'usage' }],
    ['hu-HU', 'Globális vagy 21Vianet-es a tenant, aztán a rendszergazdájuk megerősítette, hogy globális felhő.', { cloud: 'global' }],
    ['en-US', 'At first nobody knew whether it was EA or Open, but their finance confirmed: Open. It is Azure.', { channel: 'open', service: 'usage' }],
    ['en-US', 'EA or Open, not confirmed, EA is cheaper.', {}, ['channel']],
  ]);
});
