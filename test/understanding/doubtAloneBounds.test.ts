// Kind "doubt said alone", at its edges: which doubts count (the ones said after what they doubt,
// "Or not."), how far the doubt may go on (four words) and how far back the answer may stand
// (three words), what the doubt's sentence may name besides an answer, and which words after the
// doubt say what it doubts (src/domain/understanding/takenBack.ts, doubtAlone).
import { checkDoubted, checkKind } from './kindCheck';

describe('kind: a doubt said after what it doubts, alone in its sentence, doubts the answer before it', () => {
  checkDoubted([
    ['en-US', 'The customer bought Office 365 through EA. Or not.', {}, { channel: 'ea', service: 'license' }],
    ['ru-RU', 'Клиент купил Office 365 через EA. Или нет.', {}, { channel: 'ea', service: 'license' }],
    ['zh-CN', '客户是通过 EA 买的 Office 365。或者不是。', {}, { channel: 'ea', service: 'license' }],
    ['pt-BR', 'O cliente comprou Office 365 pelo EA. Ou não.', {}, { channel: 'ea', service: 'license' }],
    ['hu-HU', 'Az ügyfél Office 365-öt vett EA-n. Vagy nem.', {}, { channel: 'ea', service: 'license' }],
  ]);
});

describe('kind: a doubt alone whose sentence names a thing that is no answer still doubts the answer before it', () => {
  checkDoubted([
    ['en-US', 'The customer bought Office 365 through EA. Not sure, ask their manager.', {}, { channel: 'ea', service: 'license' }],
    ['ru-RU', 'Клиент купил Office 365 через EA. Не уверен, спроси глобального администратора.', {}, { channel: 'ea', service: 'license' }],
    ['hu-HU', 'Az ügyfél Office 365-öt vett EA-n. Nem tudom, kérdezd a globális rendszergazdát.', {}, { channel: 'ea', service: 'license' }],
  ]);
});

describe('kind: a doubt that goes on for more than four words is about something else, the answer stands', () => {
  checkKind([
    ['en-US', 'They bought Office 365 through EA. Not sure the customer will renew it next year.', { channel: 'ea', service: 'license' }],
    ['ru-RU', 'Клиент купил Office 365 через EA. Не уверен насчёт продления в следующем году.', { channel: 'ea', service: 'license' }],
    ['zh-CN', '客户是通过 EA 买的 Office 365。不确定客户明年续订。', { channel: 'ea', service: 'license' }],
    ['pt-BR', 'O cliente comprou Office 365 pelo EA. Não tenho certeza da renovação no ano que vem.', { channel: 'ea', service: 'license' }],
    ['hu-HU', 'Az ügyfél Office 365-öt vett EA-n. Nem tudom, jövőre megújítják-e a szerződést.', { channel: 'ea', service: 'license' }],
  ]);
});

describe('kind: a doubt alone reaches an answer three words before its sentence, and one said first in the message', () => {
  checkDoubted([
    ['en-US', 'They bought Office 365 through EA a year ago. Not sure.', {}, { channel: 'ea', service: 'license' }],
    // The message opens with the answer's clause: all of it is doubted.
    ['en-US', 'Office 365 through EA. Not sure.', {}, { channel: 'ea', service: 'license' }],
    ['ru-RU', 'Office 365 через EA. Не уверен.', {}, { channel: 'ea', service: 'license' }],
    ['zh-CN', 'Office 365 是通过 EA 买的。不确定。', {}, { channel: 'ea', service: 'license' }],
    ['pt-BR', 'Office 365 pelo EA. Não tenho certeza.', {}, { channel: 'ea', service: 'license' }],
    ['hu-HU', 'Office 365-öt EA-n vették. Nem vagyok benne biztos.', {}, { channel: 'ea', service: 'license' }],
  ]);
});

describe('kind: a doubt alone is not kept from the answer by a question or a question word elsewhere', () => {
  checkDoubted([
    // Asked before the answer.
    ['en-US', 'Can you help with a customer? They bought Office 365 through EA. Not sure.', {}, { channel: 'ea', service: 'license' }],
    // A word that could say what is doubted ("about", "what"), in another sentence.
    ['en-US', 'Quick question about a customer. They bought Office 365 through EA. Not sure.', {}, { channel: 'ea', service: 'license' }],
    ['en-US', 'They bought Office 365 through EA. Not sure. What else do you need?', {}, { channel: 'ea', service: 'license' }],
    ['ru-RU', 'Купили Office 365 через EA. Не уверен. Что ещё нужно?', {}, { channel: 'ea', service: 'license' }],
    ['zh-CN', '客户的 Office 365 是通过 EA 买的。不确定。怎么办？', {}, { channel: 'ea', service: 'license' }],
    ['pt-BR', 'Compraram Office 365 pelo EA. Não tenho certeza. O que mais precisa?', {}, { channel: 'ea', service: 'license' }],
    ['hu-HU', 'Az Office 365-öt EA-n vették. Nem vagyok biztos benne. Mit kell még tudni?', {}, { channel: 'ea', service: 'license' }],
  ]);
});

describe('kind: a doubt alone opening its sentence after a word, right after a Chinese full stop', () => {
  checkDoubted([['zh-CN', '客户的 Office 365 是通过 EA 买的。我不确定。', {}, { channel: 'ea', service: 'license' }]]);
});

describe('kind: a question word right after the doubt, or one word after it, says what it doubts', () => {
  checkKind([
    ['en-US', 'They bought Office 365 through EA. Not sure exactly when.', { channel: 'ea', service: 'license' }],
    ['ru-RU', 'Купили Office 365 через EA. Не знаю точно, когда.', { channel: 'ea', service: 'license' }],
    // No space between the doubt and its question word; one word between them.
    ['zh-CN', '客户的 Office 365 是通过 EA 买的。不确定何时续订。', { channel: 'ea', service: 'license' }],
    ['zh-CN', '客户的 Office 365 是通过 EA 买的。不清楚要多少钱。', { channel: 'ea', service: 'license' }],
    ['pt-BR', 'Compraram Office 365 pelo EA. Não sei bem quando.', { channel: 'ea', service: 'license' }],
    ['hu-HU', 'Az Office 365-öt EA-n vették. Nem tudom pontosan, mikor kezdenek.', { channel: 'ea', service: 'license' }],
  ]);
});
