// "segítsünk neki a beállításokban": helping the customer with its settings is support.
import { checkKind } from './kindCheck';

describe('goalWords: help with the settings is support', () => {
  checkKind([
    ['hu-HU', 'Exchange Online, egy licenc, csak annyit kér, hogy segítsünk neki a beállításokban.', { service: 'license', goal: 'support' }],
    ['hu-HU', 'Microsoft 365 Business Basic; azt kérik, segítsünk nekik a konfigurációban.', { service: 'license', goal: 'support' }],
  ]);
});
