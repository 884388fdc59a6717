// "Foi com a Claro, no combo": bought with the carrier, in its bundle, is syndication, as "o
// pacote da operadora" was; the carrier and the bundle may be said apart, a comma between.
import { checkKind } from './kindCheck';

describe('bought with the carrier, in its bundle', () => {
  checkKind([
    [
      'pt-BR',
      'O Microsoft 365 deles foi contratado com a Claro, no combo de internet. Querem só suporte.',
      { channel: 'syndication', service: 'license', goal: 'support' },
    ],
    [
      'pt-BR',
      'Não compraram de revenda nenhuma, o Office 365 veio pela operadora mesmo, num plano empresarial.',
      { channel: 'syndication', service: 'license' },
    ],
  ]);
});
