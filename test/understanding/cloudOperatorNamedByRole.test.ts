// The China cloud's operator named by its role ("the company that runs the cloud", «компания,
// которая эксплуатирует облако», "运营……的那家公司", "a felhő üzemeltetője") is 21Vianet as a seller;
// denied, it leaves a local firm named beside it as the seller ("a local systems integrator").
import { checkKind } from './kindCheck';

describe('the cloud operator named by its role, and a local firm beside it', () => {
  checkKind([
    [
      'en-US',
      'Office 365 operated by 21Vianet, bought straight from the company that runs the cloud.',
      { cloud: 'china', channel: 'vianet', service: 'license' },
    ],
    ['pt-BR', 'O tenant roda na nuvem chinesa da 21Vianet; a escola comprou direto da empresa que opera a nuvem.', { cloud: 'china', channel: 'vianet' }],
    [
      'ru-RU',
      'Azure в Китае (21Vianet). Покупали напрямую у той компании, которая сама эксплуатирует это облако.',
      { cloud: 'china', channel: 'vianet', service: 'usage' },
    ],
    ['zh-CN', '云：中国区 Azure\n采购：直接跟运营中国区 Azure 的那家公司签约的。', { cloud: 'china', channel: 'vianet', service: 'usage' }],
    [
      'en-US',
      'Azure operated by 21Vianet. Not bought from the operator itself; a local systems integrator in Wuxi resells it to them.',
      { cloud: 'china', channel: 'other', service: 'usage' },
    ],
    [
      'hu-HU',
      '21Vianet által üzemeltetett Office 365. Beszerzés: egy helyi pekingi cégtől, nem a felhő üzemeltetőjétől.',
      { cloud: 'china', channel: 'other', service: 'license' },
    ],
    // Near misses: an operator that is no cloud's is nobody's channel.
    ['en-US', 'They bought the handsets through their mobile operator.', {}],
    ['en-US', 'Azure operated by 21Vianet; the operator also hosts their DNS.', { cloud: 'china', service: 'usage' }],
  ]);
});
