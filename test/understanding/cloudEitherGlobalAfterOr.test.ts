// "A 21Vianet-es vagy a globális" (the 21Vianet one or the global one): the global cloud named
// after "or" is an option too, so the cloud is asked, not read as China.
import { checkKind } from './kindCheck';

describe('cloud words: the global cloud named after "or"', () => {
  checkKind([['hu-HU', 'Nem tudom, hogy a tenantjuk a 21Vianet-es vagy a globális.', {}, ['cloud']]]);
});
