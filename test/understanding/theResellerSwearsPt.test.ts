// Whose words: "A revenda jura que…" (the reseller swears that…), "a distribuidora diz que…": the
// role word is the party that speaks, not the writer's role; the writer's own "Somos provedor
// indireto" stands, and what the party says of the customer is still read.
import { checkKind } from './kindCheck';

describe('a reseller or a distributor that says something is another party (whose words)', () => {
  checkKind([
    [
      'pt-BR',
      'Somos provedor indireto. Uma das nossas revendas tem um cliente com Microsoft 365. A revenda jura que o cliente comprou de outro CSP.',
      { channel: 'otherCsp', service: 'license', partnerType: 'indirectProvider' },
    ],
    [
      'pt-BR',
      'Somos provedor indireto. A revenda diz que o cliente tem Azure comprado direto da Microsoft.',
      { channel: 'microsoft', service: 'usage', partnerType: 'indirectProvider' },
    ],
    ['pt-BR', 'Somos revenda. A distribuidora diz que o cliente comprou de outro CSP.', { channel: 'otherCsp', partnerType: 'indirectReseller' }],
  ]);
});
