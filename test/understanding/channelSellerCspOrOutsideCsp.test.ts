// Channel words: a seller who resells "past CSP" («перепродаёт мимо CSP», «продаёт вне CSP») is a
// third party; «то ли он CSP-партнёр, то ли перепродаёт мимо CSP» leaves the channel asked between
// another CSP partner and a third party. Written for these tests.
import { checkKind } from './kindCheck';

describe('channel: a seller outside CSP, or either a CSP partner or outside it', () => {
  checkKind([
    ['ru-RU', 'Microsoft 365 им продаёт знакомый, он перепродаёт мимо CSP. Нужна поддержка.', { channel: 'thirdParty', service: 'license', goal: 'support' }],
    ['ru-RU', 'Лицензии им продал местный айтишник: то ли он CSP-партнёр, то ли продаёт вне CSP, клиент не в курсе.', { service: 'license' }, ['channel']],
  ]);
});
