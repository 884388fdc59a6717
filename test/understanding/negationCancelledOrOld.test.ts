// Kind "negation", said after the product: "o Azure foi cancelado", "já desativaram", "o Azure
// era só o servidor antigo" leave that product out of the case as "o Azure expirou" does. Read as
// said, the product no longer in use stood beside the one the message is about: the service was asked.
import { checkKind } from './kindCheck';

describe('kind: a product cancelled, or "only the old one", is ruled out', () => {
  checkKind([
    ['pt-BR', 'É o Dynamics 365 pelo EA. O Azure foi cancelado ano passado.', { channel: 'ea', service: 'license' }],
    ['pt-BR', 'O Microsoft 365 veio do Open; o Azure eles já desativaram.', { channel: 'open', service: 'license' }],
    ['pt-BR', 'É Dynamics 365 no EA, o Azure era só o ambiente antigo.', { channel: 'ea', service: 'license' }],
    // Not the product: the old one is the other party.
    ['pt-BR', 'O Azure deles veio do EA; o parceiro era o antigo.', { channel: 'ea', service: 'usage' }],
  ]);
});
