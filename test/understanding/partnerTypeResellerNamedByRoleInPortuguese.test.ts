// A reseller named by its role, as a heading or an aside ("Revenda: TecnoSul", "a revenda abaixo",
// "o revendedor, a NorteTec, cuida"), is another party: only "somos revenda" makes it the partner.
// "trata" (deals with) is a word of its own, not "traga" (bring) mistyped.
import { checkKind } from './kindCheck';

describe('A reseller named by its role in Portuguese is not the partner', () => {
  checkKind([
    [
      'pt-BR',
      'Quem é quem – Papelaria Central\n1. Revenda: InfoSul, atende o cliente\n2. Nós: distribuidora nesse contrato',
      { partnerType: 'indirectProvider' },
    ],
    [
      'pt-BR',
      'Somos distribuidor; revenda abaixo: Nuvem Norte. Office 365 comprado de outro parceiro CSP.',
      { channel: 'otherCsp', service: 'license', partnerType: 'indirectProvider' },
    ],
    ['pt-BR', 'Nós somos o provedor indireto e o revendedor, a DataMais, trata do dia a dia com o cliente.', { partnerType: 'indirectProvider' }],
    // The partner's own role after a colon is still read.
    ['pt-BR', 'Somos revenda: compramos pela distribuidora.', { partnerType: 'indirectReseller' }],
    ['pt-BR', 'Microsoft 365 pelo Enterprise Agreement; quem trata da renovação é o próprio cliente.', { channel: 'ea', service: 'license' }],
  ]);
});
