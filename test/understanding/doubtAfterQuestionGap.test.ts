// Kind "doubt after a question", the gap between the "no" and the doubt: a "no" after a question
// mark opens a doubt only when the doubt begins at most a word after it, in its sentence. Chinese
// has no spaces, so a word there is two characters, as everywhere else the reader counts; a doubt
// further on, about something else ("when they start"), leaves the "no" a no, and the other
// option the answer. A "no" asked back ("No? Not sure.") is no word
// between them: the doubt still opens with it.
import { checkRead } from './kindCheck';

describe('kind: doubt after a question, a doubt several words after the "no" leaves it a no', () => {
  checkRead([
    ['en-US', "They bought Office 365 through EA. Or through Open? No, when they start I'm not sure either.", { channel: 'ea', service: 'license' }, {}],
    ['ru-RU', 'Купили Office 365 через EA. Или через Open? Нет, когда начнут, я тоже не знаю.', { channel: 'ea', service: 'license' }, {}],
    ['zh-CN', '客户是通过 EA 买的 Office 365，还是通过 Open？不是，他们什么时候开始我也不确定。', { channel: 'ea', service: 'license' }, {}],
    ['zh-CN', '客户是通过 EA 买的 Office 365，还是通过 Open？不是，什么时候开始不确定。', { channel: 'ea', service: 'license' }, {}],
    ['pt-BR', 'Compraram Office 365 pelo EA. Ou foi pelo Open? Não, quando começam eu também não sei.', { channel: 'ea', service: 'license' }, {}],
    ['hu-HU', 'Az Office 365-öt EA-n vették. Vagy Openen? Nem, hogy mikor kezdenek, azt sem tudom.', { channel: 'ea', service: 'license' }, {}],
  ]);
});

describe('kind: doubt after a question, a doubt two Chinese characters after the "no" opens with it', () => {
  checkRead([
    ['zh-CN', '客户是通过 EA 买的 Office 365，还是通过 Open Value？不是，我也记不清了。', { service: 'license' }, { conflicts: ['channel'] }],
    ['zh-CN', '客户是通过 EA 买的 Office 365，还是通过 Open Value？不是我也记不清了。', { service: 'license' }, { conflicts: ['channel'] }],
  ]);
});

describe('kind: doubt after a question, a "no" asked back still opens the doubt', () => {
  checkRead([
    ['en-US', 'They bought it through EA. Or through Open? No? Not sure.', {}, { conflicts: ['channel'] }],
    ['ru-RU', 'Купили через EA. Или через Open? Нет? Не помню.', {}, { conflicts: ['channel'] }],
    ['zh-CN', '客户是通过 EA 买的 Office 365，还是通过 Open Value？不是？记不清了。', { service: 'license' }, { conflicts: ['channel'] }],
    ['pt-BR', 'Compraram pelo EA. Ou foi pelo Open? Não? Não sei.', {}, { conflicts: ['channel'] }],
    ['hu-HU', 'EA-n vették. Vagy Openen? Nem? Nem tudom.', {}, { conflicts: ['channel'] }],
  ]);
});
