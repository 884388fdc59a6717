// "most a 21Vianetben vannak": a Hungarian case ending glued to 21Vianet ("-ben", "-es", "-nél"
// with "vannak") still names the 21Vianet cloud, and only the cloud; "-tól"/"-nél" with a purchase
// is still bought from 21Vianet. A Russian ending typed after the Latin name reads the same.
import { checkKind } from './kindCheck';

describe('cloud: 21Vianet with a case ending glued on is the China cloud', () => {
  checkKind([
    ['hu-HU', 'Régebben globális felhőben voltak, de most már a 21Vianetben vannak.', { cloud: 'china' }],
    ['hu-HU', 'A tenantjuk a 21Vianetben fut.', { cloud: 'china' }],
    ['hu-HU', 'Ez egy 21Vianetes tenant.', { cloud: 'china' }],
    ['hu-HU', 'Azelőtt globálisak voltak, mostanában a 21Vianetnél vannak.', { cloud: 'china' }],
    ['hu-HU', 'A 21Vianetnél vették a Microsoft 365-öt.', { cloud: 'china', channel: 'vianet', service: 'license' }],
    ['hu-HU', 'A 21Vianettől vásárolták.', { cloud: 'china', channel: 'vianet' }],
    ['ru-RU', 'Раньше сидели в глобальном облаке, сейчас в 21Vianetе.', { cloud: 'china' }],
    ['en-US', 'They were on the global cloud before, now they are on 21Vianet.', { cloud: 'china' }],
    ['pt-BR', 'Antes ficavam na nuvem global, agora ficam na 21Vianet.', { cloud: 'china' }],
    ['zh-CN', '以前在国际版，现在在21Vianet。', { cloud: 'china' }],
  ]);
});
