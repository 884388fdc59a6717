// "o nosso caso" (our case) names this customer after another company of its group named in
// passing: what follows it answers again.
import { checkKind } from './kindCheck';

describe('"o nosso caso" returns a Portuguese message to this customer', () => {
  checkKind([
    [
      'pt-BR',
      'No Grupo Lima há duas empresas:\n- a Lima Móveis (empresa-irmã) já compra com a gente via CSP, não é o caso;\n- a Lima Tecidos, o nosso caso: Microsoft 365 comprado num contrato Open Value.\nQuerem migrar pra gente.',
      { channel: 'open', service: 'license', goal: 'move' },
    ],
  ]);
});
