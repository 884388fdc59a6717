// Own words in the China cloud: bought from some local company (or one from another town), not
// from 21Vianet, is the "other" channel ("from some local company", «у какой-то местной
// компании», "找一家外地的公司买的", "de uma empresa local", "valami helyi cégtől"). A customer that
// is itself a local company bought from no one.
import { checkKind } from './kindCheck';

describe('own words: bought from a local company in the China cloud', () => {
  checkKind([
    [
      'en-US',
      "we're on the China partner center, the customer bought Office 365 from some local company",
      { cloud: 'china', channel: 'other', service: 'license' },
    ],
    ['ru-RU', 'клиент в китайском облаке, Office 365 купил у какой-то местной компании', { cloud: 'china', channel: 'other', service: 'license' }],
    ['zh-CN', '客户在中国区，Office 365是找一家外地的公司买的', { cloud: 'china', channel: 'other', service: 'license' }],
    ['pt-BR', 'o cliente está na nuvem da China, comprou o Office 365 de uma empresa local', { cloud: 'china', channel: 'other', service: 'license' }],
    [
      'hu-HU',
      'a kínai partner centerben vagyunk, az ügyfél valami helyi cégtől vette az Office 365-öt',
      { cloud: 'china', channel: 'other', service: 'license' },
    ],
  ]);
});

describe('own words: a customer that is a local company bought from no one', () => {
  checkKind([
    ['en-US', "we're on the China partner center, the customer is a local company with Office 365", { cloud: 'china', service: 'license' }],
    ['ru-RU', 'клиент в китайском облаке, это местная компания, у них Office 365', { cloud: 'china', service: 'license' }],
    ['zh-CN', '客户在中国区，是一家本地的公司，用的是Office 365', { cloud: 'china', service: 'license' }],
    ['pt-BR', 'o cliente está na nuvem da China, é uma empresa local com Office 365', { cloud: 'china', service: 'license' }],
    ['hu-HU', 'a kínai partner centerben vagyunk, az ügyfél egy helyi cég, Office 365-öt használ', { cloud: 'china', service: 'license' }],
  ]);
});
