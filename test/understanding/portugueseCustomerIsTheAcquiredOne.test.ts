// An acquisition's entity map in Portuguese: after the parent's own agreement, "o cliente é a
// adquirida" names this case again, so what the acquired company bought is read as the customer's.
import { checkKind } from './kindCheck';

describe('Portuguese: "o cliente é a adquirida" after the parent company', () => {
  checkKind([
    [
      'pt-BR',
      'A controladora tem Azure num EA, fora do escopo; o cliente é a adquirida, que assinou o Microsoft 365 direto no site da Microsoft.',
      { channel: 'microsoft', service: 'license' },
    ],
  ]);
});
