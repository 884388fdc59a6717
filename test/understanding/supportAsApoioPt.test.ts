// "Apoio" is support as Portugal and Africa say it ("querem só apoio", "receber apoio técnico"):
// a wish for it is the support goal. Help someone else gave on the way ("com o apoio do
// distribuidor") is no goal of the customer's.
import { checkKind } from './kindCheck';

describe('"apoio" as the support goal (pt-BR)', () => {
  checkKind([
    ['pt-BR', 'A escola de Maputo tem o Exchange Online e querem só apoio da nossa parte.', { service: 'license', goal: 'support' }],
    ['pt-BR', 'Temos um cliente com Visio pelo MPSA que precisa de apoio técnico no dia a dia.', { channel: 'open', service: 'license', goal: 'support' }],
    // Near miss: another party's help on the way to the purchase.
    ['pt-BR', 'A loja comprou o Project pelo EA com o apoio do distribuidor deles.', { channel: 'ea', service: 'license' }],
  ]);
});
