// Kind "programme name": "Open" written as a name, with its capital inside a sentence, is the
// Open licensing programme even without a preposition before it. Left unread, the channel it was
// set against stood alone and was taken as the answer ("was it Open or EA… can't remember" → EA).
import { checkDoubted, checkKind } from './kindCheck';

describe('kind: programme name, a capitalised Open inside a sentence is the channel', () => {
  checkKind([
    ['en-US', "Was it Open or EA for their Office 365? I honestly can't remember.", { service: 'license' }, ['channel']],
    ['ru-RU', 'Клиент купил Office 365 через EA. Хотя нет, это был Open.', { channel: 'open', service: 'license' }],
    ['hu-HU', 'Az ügyfél előbb azt mondta EA, aztán azt hogy Open, aztán megint EA. Szóval nem tudjuk, Office 365.', {}, ['channel']],
    ['pt-BR', 'Para o Office 365 primeiro disseram Open, depois EA, ainda não sabemos.', { service: 'license' }, ['channel']],
    // Chinese needs no capital: the name next to a Chinese character was read already.
    ['zh-CN', '客户说 Office 365 是 Open 还是 EA 记不清了。', { service: 'license' }, ['channel']],
  ]);
});

describe('kind: programme name, the everyday word and a title are no channel', () => {
  checkKind([
    ['en-US', 'They are open to moving the Microsoft 365 to us.', { service: 'license', goal: 'move' }],
    ['en-US', 'Customer Is Open To Moving Their Microsoft 365 To Us', { service: 'license', goal: 'move' }],
    ['en-US', 'Open question: what about their Microsoft 365?', { service: 'license' }],
    ['en-US', 'We will Open a ticket for the Microsoft 365 of this customer.', { service: 'license' }],
  ]);
});

// The rule's edges, each a way the name could be misread: a sentence's first word, spaces before
// a title's next word, a capital not at the start.
describe('kind: programme name, only a capital then small letters inside a sentence is the name', () => {
  checkKind([
    ['en-US', 'Open to moving the Office 365 to us.', { service: 'license', goal: 'move' }],
    ['en-US', 'They bought Office 365 through EA. Open to moving it to us, they said.', { channel: 'ea', service: 'license', goal: 'move' }],
    ['en-US', 'Customer Is Open  To Moving Their Microsoft 365 To Us', { service: 'license', goal: 'move' }],
  ]);
  checkDoubted([
    ['en-US', 'Was it oPen or EA for the Office 365?', {}, { channel: 'ea', service: 'license' }],
    ['en-US', 'Was it OpEN or EA for the Office 365?', {}, { channel: 'ea', service: 'license' }],
  ]);
});
