// Portuguese: "o contrato de volume da Microsoft" names the agreement's maker, not a purchase
// from Microsoft: the noun "contrato" is no "contrataram … da Microsoft" (bought from it).
import { checkKind } from './kindCheck';

describe('channel: a Microsoft agreement named by its maker is not bought from Microsoft', () => {
  checkKind([
    ['pt-BR', 'Eles usam o contrato de volume da Microsoft, o Open Value, e o Office 365 está nele.', { channel: 'open', service: 'license' }],
    ['pt-BR', 'O Exchange Online está no contrato de licenciamento da Microsoft, o EA.', { channel: 'ea', service: 'license' }],
    ['pt-BR', 'Contrataram o Azure direto da Microsoft, no cartão.', { channel: 'microsoft', service: 'usage' }],
  ]);
});
