// Kind "doubt of how": a doubt whose clause names the product bought and then how it was bought
// ("not sure whether they bought Office 365 through EA") doubts the how, not the product. The
// doubt used to fall on the product alone, and the channel it doubts was taken as stated.
import { checkDoubted, checkKind } from './kindCheck';

describe('kind: doubt of how, the channel after the product bought is the one doubted', () => {
  checkDoubted([
    ['en-US', 'Not sure whether they bought Office 365 through EA.', { service: 'license' }, { channel: 'ea' }],
    ['ru-RU', 'Не уверен, что Office 365 купили через EA.', { service: 'license' }, { channel: 'ea' }],
    ['pt-BR', 'Não sei se o Office 365 foi comprado pelo EA.', { service: 'license' }, { channel: 'ea' }],
    ['hu-HU', 'Nem tudom, hogy az Office 365-öt EA-n vették-e.', { service: 'license' }, { channel: 'ea' }],
    // Hungarian "I am not sure" with its verb between the words.
    ['hu-HU', 'Nem vagyok biztos benne, hogy az Office 365-ot EA-n vettek.', { service: 'license' }, { channel: 'ea' }],
  ]);
  // Chinese: the question word in the clause already leaves the channel unread.
  checkKind([['zh-CN', '不确定 Office 365 是不是通过 EA 买的。', {}]]);
});

describe('kind: doubt of how, two products doubted stay the doubt', () => {
  checkKind([['en-US', "Not sure if it's Office 365 or Azure via EA.", { channel: 'ea' }, ['service']]]);
});
