// Kind "correction asked": a word that takes back an answer, in a sentence asked as a question
// ("Actually, was it Open Value?"), takes nothing back: the speaker is not sure of the new answer,
// so both stay open and the question is asked. A correction told of another person ("the IT
// director corrected himself") does take back what was said before.
import { checkKind } from './kindCheck';

describe('kind: correction asked, a correction put as a question leaves both answers open', () => {
  checkKind([
    ['en-US', 'They bought Office 365 through EA. Actually, was it Open Value?', { service: 'license' }, ['channel']],
    ['ru-RU', 'Купили Office 365 через EA. Точнее, через Open Value? Не помню.', { service: 'license' }, ['channel']],
    ['zh-CN', '客户是通过 EA 买的 Office 365。其实是 Open Value？我再确认一下。', { service: 'license' }, ['channel']],
    ['pt-BR', 'Compraram o Office 365 pelo EA. Na verdade, foi pelo Open Value? Vou confirmar.', { service: 'license' }, ['channel']],
    ['hu-HU', 'Az Office 365-öt EA-n vették. Vagy mégis Open Value-n? Majd kiderül.', { service: 'license' }, ['channel']],
    // A correction stated, then a question about something else, still corrects.
    ['en-US', 'They bought Office 365 through EA, sorry, Open Value. What can we do for them?', { channel: 'open', service: 'license' }],
  ]);
});

describe('kind: correction asked, a correction told of another person takes back what came before', () => {
  checkKind([
    ['en-US', "They said Open Value first but then the IT director corrected himself, it's an enterprise agreement.", { channel: 'ea' }],
    ['ru-RU', 'Сначала сказали Open Value, но потом IT-директор поправился: это EA.', { channel: 'ea' }],
    ['zh-CN', '他们先说是 Open Value，后来 IT 主管改口了，是 EA。', { channel: 'ea' }],
    ['pt-BR', 'Primeiro disseram Open Value, mas depois o diretor de TI se corrigiu: é EA.', { channel: 'ea' }],
    ['hu-HU', 'Először Open Value-t mondtak, de aztán az IT-vezető kijavította magát: EA.', { channel: 'ea' }],
  ]);
});
