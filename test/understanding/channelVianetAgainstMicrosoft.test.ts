// Kind "channelWords": in the commercial cloud, "directly from Microsoft" and "from 21Vianet" are two
// accounts of one purchase (a purchase from Microsoft has no seller, and 21Vianet is no seller of the
// commercial cloud): both the channel and the cloud are asked, never answered with Microsoft alone.
import { checkKind } from './kindCheck';

describe('kind: channelWords, 21Vianet said against a purchase directly from Microsoft in the commercial cloud', () => {
  checkKind([
    ['en-US', 'Commercial cloud. They bought directly from Microsoft, but finance says from 21Vianet.', {}, ['cloud', 'channel']],
    ['ru-RU', 'Коммерческое облако. Купили напрямую у Microsoft, но бухгалтерия говорит, что у 21Vianet.', {}, ['cloud', 'channel']],
    ['zh-CN', '商业云。客户说是直接从微软买的，但财务说是从世纪互联买的。', {}, ['cloud', 'channel']],
    ['pt-BR', 'Nuvem comercial. Compraram direto da Microsoft, mas o financeiro diz que compraram da 21Vianet.', {}, ['cloud', 'channel']],
    ['hu-HU', 'Kereskedelmi felhő. Közvetlenül a Microsofttól vették, de a pénzügy szerint a 21Vianettől.', {}, ['cloud', 'channel']],
  ]);
});
