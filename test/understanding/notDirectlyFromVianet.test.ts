// "Not directly from 21Vianet": bought from 21Vianet directly is the 21Vianet option itself, so the
// "not" before "directly" denies it too; the channel is asked or read from the seller named instead.
// A plain "directly from 21Vianet" keeps its reading.
import { checkKind } from './kindCheck';

describe('not directly from 21Vianet', () => {
  checkKind([
    ['en-US', 'Office 365 operated by 21Vianet, not bought directly from 21Vianet but through a Shanghai integrator.', { cloud: 'china', service: 'license' }],
    ['ru-RU', 'Office 365 в китайском облаке 21Vianet, купили не напрямую у 21Vianet, а через интегратора из Шанхая.', { cloud: 'china', service: 'license' }],
    [
      'pt-BR',
      'O Office 365 operado pela 21Vianet não foi comprado direto da 21Vianet; foi por um integrador de Xangai.',
      { cloud: 'china', service: 'license' },
    ],
    ['zh-CN', '世纪互联运营的Office 365，不是直接从世纪互联买的，是从上海一家集成商买的。', { cloud: 'china', service: 'license' }],
    [
      'hu-HU',
      'A 21Vianet által üzemeltetett Office 365-öt nem közvetlenül a 21Vianettől vették, hanem egy sanghaji partnertől.',
      { cloud: 'china', channel: 'other', service: 'license' },
    ],
    ['en-US', 'Office 365 operated by 21Vianet, bought directly from 21Vianet.', { cloud: 'china', channel: 'vianet', service: 'license' }],
    ['ru-RU', 'Office 365 в китайском облаке, купили напрямую у 21Vianet.', { cloud: 'china', channel: 'vianet', service: 'license' }],
  ]);
});
