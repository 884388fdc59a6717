// "Nobody confirmed whether the tenant is global or GCC": the two values are a choice still open,
// asked, not a denial of the first ("nobody … global") that leaves the second as the answer.
import { checkKind } from './kindCheck';

describe('nobody confirmed which of two', () => {
  checkKind([
    ['en-US', 'They have a branch in Texas too and nobody confirmed whether the tenant is global or GCC.', {}, ['cloud']],
    ['en-US', 'nobody knows whether the tenant is global or GCC.', {}, ['cloud']],
    ['en-US', 'the tenant is GCC or global.', {}, ['cloud']],
    ['pt-BR', 'Eles têm escritório nos EUA também e ninguém confirmou se o tenant é global ou GCC.', {}, ['cloud']],
    ['zh-CN', '他们在美国也有办公室，没人确认租户是全球版还是GCC。', {}, ['cloud']],
    ['ru-RU', 'У них есть офис в США, и никто не подтвердил, глобальный тенант или GCC.', {}, ['cloud']],
    ['hu-HU', 'Van irodájuk az USA-ban is, és senki nem erősítette meg, hogy a tenant globális vagy GCC.', {}, ['cloud']],
  ]);
});
