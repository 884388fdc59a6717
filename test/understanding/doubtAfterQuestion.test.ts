// Kind "doubt after a question": the "no" that answers a question ("Or through Open? No idea.")
// negated the option asked, and the other option stood alone as the answer. When the "no" opens
// a doubt that names nothing after it, it answers nothing: both options stay open.
import { checkDoubted, checkKind } from './kindCheck';

describe('kind: doubt after a question, "no idea" after an option asked leaves both open', () => {
  checkKind([
    ['en-US', 'They bought it through EA. Or through Open? No idea, honestly.', {}, ['channel']],
    ['ru-RU', 'Купили через EA. Или через Open? Нет, не помню точно.', {}, ['channel']],
    ['zh-CN', '客户是通过 EA 买的 Office 365，还是通过 Open Value？不是，我记不清了。', { service: 'license' }, ['channel']],
    ['pt-BR', 'Compraram pelo EA. Ou foi pelo Open? Não sei.', {}, ['channel']],
    ['hu-HU', 'EA-n vették. Vagy Openen? Nem tudom.', {}, ['channel']],
  ]);
});

describe('kind: doubt after a question, a plain "no" still says no', () => {
  checkKind([
    ['en-US', 'Was it through Open? No.', {}],
    ['en-US', 'Was it through Open? No, it was EA.', { channel: 'ea' }],
    ['pt-BR', 'Foi pelo Open? Não, foi pelo EA.', { channel: 'ea' }],
  ]);
  // "No, probably EA": the no says not Open, and the EA after it is doubted.
  checkDoubted([['en-US', 'Was it through Open Value? No, probably EA. Office 365.', { service: 'license' }, { channel: 'ea' }]]);
});

// The rule's edges: the "no" right after the question mark, with or without spaces; a "no" that
// ends its sentence is still a no, whatever doubt follows in the next one.
describe('kind: doubt after a question, only a doubt opened by the "no" and naming nothing after it', () => {
  checkKind([
    ['en-US', 'They bought it through EA. Or through Open?No idea.', {}, ['channel']],
    ['en-US', 'They bought it through EA. Or through Open ?  No idea.', {}, ['channel']],
    ['en-US', 'They bought it through EA. Or through Open? No. No idea about the cloud though.', { channel: 'ea' }],
  ]);
});
