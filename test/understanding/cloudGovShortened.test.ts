// Portuguese: "nuvem gov (dos EUA)" is the US Government cloud, as "nuvem do governo" is.
import { checkKind } from './kindCheck';

describe('cloud: the gov cloud, shortened', () => {
  checkKind([
    ['pt-BR', 'Cliente no Azure, nuvem gov dos EUA, comprado pelo EA.', { cloud: 'usgov', channel: 'ea', service: 'usage' }],
    ['pt-BR', 'O tenant do Office 365 fica na nuvem gov.', { cloud: 'usgov', service: 'license' }],
  ]);
});
