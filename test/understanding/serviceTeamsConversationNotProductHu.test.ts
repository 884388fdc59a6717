// A Teams call, chat or message is where the words were said, not the customer's product: it
// states no service ("Teams-beszélgetés az ügyféllel" is a chat with the customer).
import { checkKind } from './kindCheck';

describe('variant: a Teams call or chat names no product', () => {
  checkKind([
    ['hu-HU', 'Teams-hívásban beszéltünk az ügyféllel: az Azure-t egy másik CSP partnertől veszik.', { channel: 'otherCsp', service: 'usage' }],
    ['hu-HU', 'Teams-beszélgetés az ügyféllel: a virtuális gépeiket EA-n vették.', { channel: 'ea', service: 'usage' }],
    ['en-US', 'On a Teams call the customer said their Azure is with another CSP partner.', { channel: 'otherCsp', service: 'usage' }],
  ]);
});
