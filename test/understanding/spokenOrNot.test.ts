// Kind "spoken": "X or not" said without a pause closes a yes-or-no doubt ("whether it's GCC or
// not anyway it's Azure"): the "not" negates nothing said after it when a new statement opens
// there (in Hungarian "vagy nem" already closes a doubt, a hedge). Before a mention of its own ("EA or not EA") it stays a negation, so nothing is guessed.
import { checkKind } from './kindCheck';

describe('kind: spoken, "or not" closing a doubt negates nothing after it', () => {
  checkKind([
    ['en-US', "it depends if their tenant is gcc or not anyway it's azure storage", { service: 'usage' }],
    ['en-US', 'not sure if gcc or not so they want us to support the office 365', { service: 'license', goal: 'support' }],
    ['ru-RU', 'не знаю GCC или нет в общем у них Azure', { service: 'usage' }],
    ['ru-RU', 'не знаю GCC или нет они купили Azure через EA', { channel: 'ea', service: 'usage' }],
    ['ru-RU', 'не знаю GCC или нет мы T1', { partnerType: 'direct' }],
    ['zh-CN', '不知道是不是GCC 反正是Azure', { service: 'usage' }],
    ['pt-BR', 'não sei se é GCC ou não enfim é Azure', { service: 'usage' }],
    ['hu-HU', 'nem tudom GCC vagy nem de Azure', { service: 'usage' }],
  ]);
});

describe('kind: spoken, "or not" before a mention of its own still negates it', () => {
  checkKind([
    ['en-US', "EA or not EA, it's Azure", { service: 'usage' }],
    ['ru-RU', 'EA или нет EA, у них Azure', { service: 'usage' }],
    ['pt-BR', 'é EA ou não é EA, é Azure', { service: 'usage' }],
    ['hu-HU', 'EA vagy nem EA, Azure', { service: 'usage' }],
  ]);
});
