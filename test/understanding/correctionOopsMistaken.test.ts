// Kind "correction": "ops", "me enganei", "errei", "foi mal", "me confundi" say the speaker got
// the last answer wrong, as "desculpa" does. Read before as no correction: "cliente no GCC High …
// ops, não é GCC High" kept the government cloud, the second mention only negating itself.
import { checkKind } from './kindCheck';

describe('kind: an oops or a "got it wrong" is a correction', () => {
  checkKind([
    ['pt-BR', 'Cliente no GCC High, quer suporte.\nOps, não é GCC High.', { goal: 'support' }],
    ['pt-BR', 'Office 365 comprado no EA. Me enganei, não é EA.', { service: 'license' }],
    ['pt-BR', 'Office 365 comprado no EA. Errei, é via Open.', { channel: 'open', service: 'license' }],
    ['pt-BR', 'o Microsoft 365 é do EA... foi mal, é do Open Value', { channel: 'open', service: 'license' }],
    ['pt-BR', 'Somos distribuidor. Me confundi: somos revenda, compramos do distribuidor.', { partnerType: 'indirectReseller' }],
    ['en-US', 'Office 365 through EA. Oops, not EA.', { service: 'license' }],
  ]);
});
