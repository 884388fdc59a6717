// A question quoted from the call on a labelled line, in a message that is no transcript: the
// lines after it are its answer, each a line of its own (a yes on one line, its words on the
// next), and a question with nothing after it, not even on the lines below, stays asked.
import { checkDoubted, checkKind } from './kindCheck';

describe('question: a yes on its own line, its words on the next', () => {
  checkKind([
    ['en-US', 'Agent: did they buy it through an EA?\nyes\nit is for Office 365', { channel: 'ea', service: 'license' }],
    ['ru-RU', 'Агент: покупали через EA?\nда\nэто Office 365', { channel: 'ea', service: 'license' }],
    ['zh-CN', '客服：是通过EA买的吗？\n是的\n是Office 365', { channel: 'ea', service: 'license' }],
    ['pt-BR', 'Atendente: compraram pelo EA?\nsim\né Office 365', { channel: 'ea', service: 'license' }],
    ['hu-HU', 'Ügyintéző: EA-n keresztül vették?\nigen\nOffice 365-ről van szó', { channel: 'ea', service: 'license' }],
  ]);
});

describe('question: nothing after the question but a line break is no answer', () => {
  checkDoubted([
    ['en-US', 'Agent: did they buy it through an EA?\n', {}, { channel: 'ea' }],
    ['ru-RU', 'Агент: покупали через EA?\n', {}, { channel: 'ea' }],
    ['zh-CN', '客服：是通过EA买的吗？\n', {}, { channel: 'ea' }],
    ['pt-BR', 'Atendente: compraram pelo EA?\n', {}, { channel: 'ea' }],
    ['hu-HU', 'Ügyintéző: EA-n keresztül vették?\n', {}, { channel: 'ea' }],
    ['en-US', 'From the call with Contoso\nAgent: did they buy it through an EA?', {}, { channel: 'ea' }],
  ]);
});
