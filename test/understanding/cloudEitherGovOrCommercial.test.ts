// Kind "either-or": "GCC High ou o comercial", "no GCC High ou no global": the commercial cloud
// offered after "ou" beside a government or Chinese cloud is the second option, so the cloud is
// asked. Read before as the government cloud alone ("comercial" after "ou" named nothing).
import { checkKind } from './kindCheck';

describe('kind: a government cloud or the commercial one is asked', () => {
  checkKind([
    ['pt-BR', 'GCC High ou o comercial, não sei.', {}, ['cloud']],
    ['pt-BR', 'O cliente está no GCC High ou no global, ainda vou confirmar. Office 365 via EA.', { channel: 'ea', service: 'license' }, ['cloud']],
    ['pt-BR', 'É 21Vianet ou global? O Azure veio de outro CSP.', { channel: 'otherCsp', service: 'usage' }, ['cloud']],
  ]);
});
