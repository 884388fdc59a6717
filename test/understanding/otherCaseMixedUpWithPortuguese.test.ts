// A case the writer mixed this one up with ("confundi com o contrato da Gráfica X; essa sim tem
// EA") is another case: what follows it in its sentence is about that one, not about this customer.
import { checkKind } from './kindCheck';

describe('The case a Portuguese writer mixed this one up with answers nothing', () => {
  checkKind([
    [
      'pt-BR',
      'Correção sobre a Padaria Trigo Bom: não é EA, é Open Value (confundi com o contrato da Padaria Central; essa sim tem EA). Office 365 E1.',
      { channel: 'open', service: 'license' },
    ],
    [
      'pt-BR',
      'Me enganei no resumo: o Azure deles está com outro parceiro CSP. Confundi com a Metalúrgica Aço Forte, que comprou pelo Enterprise Agreement.',
      { channel: 'otherCsp', service: 'usage' },
    ],
    ['pt-BR', 'Troquei com a Loja Sol, que compra direto da Microsoft. A Loja Lua tem Microsoft 365 pelo Open Value.', { channel: 'open', service: 'license' }],
  ]);
});
