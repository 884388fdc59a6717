// Portuguese: what the admin portal shows ("mas no portal aparece…", "o painel mostra…", "no centro
// de administração consta…") is the account manager's checked finding: it takes back what the
// customer said before, as checking the invoice does.
import { checkKind } from './kindCheck';

describe('correction: what the admin portal shows replaces what the customer said', () => {
  checkKind([
    [
      'pt-BR',
      'A gerente disse que o Office 365 veio de outra revenda CSP, mas no portal aparece comprado direto da Microsoft.',
      { channel: 'microsoft', service: 'license' },
    ],
    ['pt-BR', 'O dono jura que o Azure é do contrato Open. O painel de cobrança mostra Enterprise Agreement.', { channel: 'ea', service: 'usage' }],
    [
      'pt-BR',
      'Segundo o financeiro era EA, só que no centro de administração, na aba de assinaturas, consta outro parceiro CSP. Exchange Online.',
      { channel: 'otherCsp', service: 'license' },
    ],
  ]);
});

describe('correction: a portal shown with nothing said before is what it shows', () => {
  checkKind([['pt-BR', 'No portal aparece o Microsoft 365 comprado via Open Value.', { channel: 'open', service: 'license' }]]);
});
