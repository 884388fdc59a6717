// "X or Y, which did they buy the product through?" with only X read: a product after the second
// option is both options', so X is still one of two, asked by name; a reference after the question
// ("the latter", "az utóbbi") keeps X or sets it aside. An "or" whose pair was settled is not read again.
import { checkKind, checkRead } from './kindCheck';

describe('either/or: a question with one option read and the product after the second', () => {
  checkKind([
    ['hu-HU', 'Advisor programon keresztül vagy egy ismerősüktől vették a Microsoft 365-öt? Az utóbbi.', { service: 'license' }],
    ['hu-HU', 'Advisor programon keresztül vagy egy ismerősüktől vették a Microsoft 365-öt? Az előbbi.', { channel: 'advisor', service: 'license' }],
    ['ru-RU', 'Через программу Advisor или у знакомого они купили Office 365? Последнее.', { service: 'license' }],
    ['ru-RU', 'Через программу Advisor или у знакомого они купили Office 365? Первое.', { channel: 'advisor', service: 'license' }],
    ['pt-BR', 'Foi pelo programa Advisor ou com um conhecido que compraram o Office 365? O segundo.', { service: 'license' }],
    ['pt-BR', 'Eles compraram o Office 365 pelo programa Advisor ou pelo Open? Foi pelo segundo.', { channel: 'open', service: 'license' }],
  ]);
  checkRead([
    ['hu-HU', 'Advisor programon keresztül vagy egy ismerősüktől vették a Microsoft 365-öt?', { service: 'license' }, { hedged: { channel: 'advisor' } }],
  ]);
});
