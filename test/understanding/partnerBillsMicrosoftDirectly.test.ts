// "mi számlázunk közvetlenül a Microsoftnak": the partner billing Microsoft directly is the
// partner's own role (direct), not the customer's channel, which stays as said elsewhere.
import { checkKind } from './kindCheck';

describe('partnerType: the partner bills Microsoft directly', () => {
  checkKind([
    [
      'hu-HU',
      'Az ügyfél egy másik CSP partnertől vette az Azure-t. Mi számlázunk közvetlenül a Microsoftnak.',
      { channel: 'otherCsp', service: 'usage', partnerType: 'direct' },
    ],
    [
      'hu-HU',
      'Microsoft 365, egy másik CSP-től vették; mi direktben számolunk el a Microsofttal.',
      { channel: 'otherCsp', service: 'license', partnerType: 'direct' },
    ],
    ['hu-HU', 'T1-esek vagyunk, számlázunk egyenesen a Microsoftnak. Az ügyfél Azure-t használ.', { service: 'usage', partnerType: 'direct' }],
    ['en-US', 'Customer bought Azure from another CSP partner. We bill Microsoft directly.', { channel: 'otherCsp', service: 'usage', partnerType: 'direct' }],
    [
      'pt-BR',
      'O cliente comprou o Azure de outro parceiro CSP. Somos diretos, faturamos direto com a Microsoft.',
      { channel: 'otherCsp', service: 'usage', partnerType: 'direct' },
    ],
  ]);
});
