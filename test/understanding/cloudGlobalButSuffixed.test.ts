// "Nem a kínai felhőben, hanem a globálisban": the global cloud with its case ending after
// "hanem" (but), as the bare "hanem a globális" already was.
import { checkKind } from './kindCheck';

describe('cloud: "not X but the global one" with a case ending, in Hungarian', () => {
  checkKind([
    ['hu-HU', 'Az ügyfél nem a kínai felhőben van, hanem a globálisban.', { cloud: 'global' }],
    ['hu-HU', 'Microsoft 365, nem a kormányzati felhőbe regisztráltak, hanem a globálisba.', { cloud: 'global', service: 'license' }],
  ]);
});
