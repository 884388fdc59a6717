// Spoken forms of numbers, names and letters, as a caption writer or a listening agent types them:
// each case fails without its respelling in the lexicon. The near misses share a word with a spoken
// form but say something else, and must stay unread.
import { checkKind } from './kindCheck';

describe('spoken forms: names and numbers said aloud, in five languages', () => {
  checkKind([
    ['en-US', 'they got their dynamics licenses through a sin dication partner', { channel: 'syndication', service: 'license' }],
    ['en-US', 'gov partner center, the customer bought azure from msft', { cloud: 'usgov', channel: 'microsoft', service: 'usage' }],
    ['zh-CN', '客户是从世纪胡连买的阿祖尔', { cloud: 'china', channel: 'vianet', service: 'usage' }],
    ['zh-CN', '客户从二十一世纪互联买的Azure', { cloud: 'china', channel: 'vianet', service: 'usage' }],
    ['ru-RU', 'клиент брал офис у самого двадцать один вианет', { cloud: 'china', channel: 'vianet', service: 'license' }],
    ['pt-BR', 'o cliente comprou o office da vinte um vianet', { cloud: 'china', channel: 'vianet', service: 'license' }],
    ['hu-HU', 'az ügyfél ázúr előfizetése egy másik cé es pénél van', { channel: 'otherCsp', service: 'usage' }],
    ['hu-HU', 'az ügyfél a microsoft háromhatvanötöt egy másik cé es pé partnertől vette', { channel: 'otherCsp', service: 'license' }],
  ]);
});

describe('spoken forms: near misses stay unread', () => {
  checkKind([
    ['en-US', 'the sin of it is nobody knows', {}],
    ['en-US', 'a gov agency is the customer', {}],
    ['zh-CN', '二十一世纪的客户', {}],
    ['zh-CN', '阿祖是我们的同事', {}],
    ['ru-RU', 'клиент сам всё купил', {}],
    ['pt-BR', 'vinte um dias depois', {}],
    ['hu-HU', 'a cég pécsi', {}],
  ]);
});

describe('spoken self-corrections without punctuation take back what came before', () => {
  checkKind([
    ['en-US', "customer's on open no sorry e a for their m three sixty five seats", { channel: 'ea', service: 'license' }],
    ['en-US', "customer's on open sorry no through ea", { channel: 'ea' }],
    ['ru-RU', 'у них лицензии через опен ой нет не опен через адвайзер', { channel: 'advisor', service: 'license' }],
    ['ru-RU', 'купили через опен извините нет через еа', { channel: 'ea' }],
    ['ru-RU', 'купили через опен подожди нет через еа', { channel: 'ea' }],
    ['pt-BR', 'compraram pelo open quer dizer pelo ea', { channel: 'ea' }],
    ['hu-HU', 'open-en vették bocs EA-n keresztül', { channel: 'ea' }],
    ['zh-CN', '通过open买的 说错了 是EA', { channel: 'ea' }],
  ]);
});

describe('spoken self-corrections: the word is part of something else', () => {
  checkKind([
    ['en-US', 'sorry not through ea', {}],
    ['en-US', 'sorry no idea which channel', {}],
    ['ru-RU', 'я не знаю, ой, это не опен', {}],
    ['ru-RU', 'подожди не через еа', {}],
  ]);
});

describe('spoken forms: words a caption splits or a speaker shortens', () => {
  checkKind([
    ['hu-HU', 'mi direkt. számlázású partner vagyunk', { partnerType: 'direct' }],
    ['hu-HU', 'hát nem vagyunk közvetett szolgáltató direkt számlázunk mi', { partnerType: 'direct' }],
    ['ru-RU', 'ажур напрямую майкрософт', { channel: 'microsoft', service: 'usage' }],
    ['ru-RU', 'работаем напрямую майкрософт 365', { service: 'license' }],
    ['hu-HU', 'nem direkt számlázunk', {}],
    ['ru-RU', 'купили по опену', { channel: 'open' }],
    ['ru-RU', 'купили то ли по опену то ли по е а я не расслышал', {}, ['channel']],
    ['ru-RU', 'купили по опеннету', {}],
  ]);
});
