// Portuguese: licences that come in the telco's business package ("no pacote da operadora") or are
// charged on the telco's bill ("cobrado na conta da operadora") are syndication, as "bundled with
// their internet" is in English.
import { checkKind } from './kindCheck';

describe('channel: licences in the telco package or on its bill are syndication', () => {
  checkKind([
    [
      'pt-BR',
      'As licenças do Office 365 vieram no combo empresarial da operadora. Querem que a gente cuide.',
      { channel: 'syndication', service: 'license', goal: 'support' },
    ],
    ['pt-BR', 'O Exchange Online deles é pago na fatura da operadora todo mês, junto com a internet.', { channel: 'syndication', service: 'license' }],
  ]);
});
