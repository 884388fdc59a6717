// A bundle with the customer's internet or phone line is read as syndication; one said right after
// not to be CSP («в пакете с интернетом (не CSP)», «пакет от оператора связи, не CSP») is a plain
// resale by a third party. Said nothing of CSP, it stays syndication. Written for these tests.
import { checkKind } from './kindCheck';

describe('channel: a telecom bundle that is not CSP, in Russian', () => {
  checkKind([
    ['ru-RU', 'Exchange Online у них в пакете с интернетом (не CSP), нужна поддержка.', { channel: 'thirdParty', service: 'license', goal: 'support' }],
    ['ru-RU', 'Microsoft 365 Business Basic — пакет от регионального оператора связи, не CSP.', { channel: 'thirdParty', service: 'license' }],
    ['ru-RU', 'Microsoft 365 Business Basic идёт в пакете со связью, хотят поддержку.', { channel: 'syndication', service: 'license', goal: 'support' }],
  ]);
});
