// A product "kivették a körből" / "kikerült a képből" (taken out of scope) is said no to, as one
// "nem érinti" is: the other product named stays the only one.
import { checkKind } from './kindCheck';

describe('negation: a product taken out of scope', () => {
  checkKind([
    ['hu-HU', 'A Dynamics 365-ről van szó, az Azure-t kivették a körből.', { service: 'license' }],
    ['hu-HU', 'Csak az Azure maradt, a Microsoft 365 kikerült a képből. EA-n vették.', { channel: 'ea', service: 'usage' }],
  ]);
});
