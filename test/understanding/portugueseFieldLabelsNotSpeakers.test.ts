// A form's labels that hold a speaker's word inside a phrase ("Onde o cliente compra hoje:", "Tipo
// de parceiro:") are fields, not a transcript's speakers: the form is read as one message and its
// "Nuvem: Comercial" keeps its label (pt-BR lexicon, `transcript.speakers`). "Tipo de parceiro:
// Direto" is the direct role (pt-BR lexicon, partnerType direct).
import { checkKind } from './kindCheck';

describe('Portuguese: field labels with "o cliente" or "de parceiro" inside are no speakers', () => {
  checkKind([
    [
      'pt-BR',
      'Cadastro de oportunidade\nTipo de parceiro: Revenda indireta\nCliente: Laticínios Serra Verde\nNuvem: Comercial\nProduto: Azure\nOnde o cliente compra hoje: direto da Microsoft',
      { cloud: 'global', channel: 'microsoft', service: 'usage', partnerType: 'indirectReseller' },
    ],
    ['pt-BR', 'Pedido de suporte\nTipo de parceiro: Direto\nProduto: Azure (duas assinaturas)', { service: 'usage', partnerType: 'direct' }],
  ]);
});
