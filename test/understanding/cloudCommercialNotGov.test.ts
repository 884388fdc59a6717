// Kind "negation": "não é GCC High, é comercial" — the commercial cloud said right after the
// government (or Chinese) cloud it replaces. Read before as nothing: "comercial" alone names no
// cloud (a commercial licence, team or proposal), so the cloud was asked.
import { checkKind } from './kindCheck';

describe('kind: commercial said instead of a government cloud is the global cloud', () => {
  checkKind([
    ['pt-BR', 'O tenant não é GCC High, é comercial mesmo.', { cloud: 'global' }],
    ['pt-BR', 'não é o governo, é o comercial; Microsoft 365 comprado no EA', { cloud: 'global', channel: 'ea', service: 'license' }],
    ['pt-BR', 'Não é 21Vianet, é global. Azure de outro CSP.', { cloud: 'global', channel: 'otherCsp', service: 'usage' }],
    ['en-US', "The tenant isn't GCC High, it's commercial.", { cloud: 'global' }],
  ]);
});
