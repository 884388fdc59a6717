// Kind "correction naming nothing", at its edges: a retraction ("No wait") takes back the answer
// just before it only when the rest of its sentence says something (more retractions say
// nothing), when no more than three words stand between the answer and it, and when nothing is
// asked between them; what the rest says may be anything the reader knows that is no answer
// (src/domain/understanding/takenBack.ts, takeBackUnnamed).
import { checkKind } from './kindCheck';

// What the retraction puts instead may come in the next sentence ("No, no wait. It was Open."):
// until its own sentence says something, the answer before it is left to the usual rules.
describe('kind: a retraction followed only by more retractions says nothing, the answer before it stands', () => {
  checkKind([
    ['en-US', 'Customer has Office 365, bought through EA. No, no wait.', { channel: 'ea', service: 'license' }],
    // The message ends on the retraction, with no full stop.
    ['en-US', 'Customer has Office 365, bought through EA. No, no wait', { channel: 'ea', service: 'license' }],
    ['ru-RU', 'У клиента Office 365, купили через EA. Нет, подожди.', { channel: 'ea', service: 'license' }],
    // Two retractions with nothing between them, the second up to the full stop.
    ['zh-CN', '客户的 Office 365 是通过 EA 买的。不对不对。', { channel: 'ea', service: 'license' }],
    ['pt-BR', 'O cliente tem Office 365, comprado pelo EA. Não, pera.', { channel: 'ea', service: 'license' }],
    ['hu-HU', 'Az ügyfélnek Office 365-e van, EA-n vették. Nem, várj.', { channel: 'ea', service: 'license' }],
  ]);
});

describe('kind: a retraction written right against the new value (Chinese, no comma) is read as before (the last said wins)', () => {
  checkKind([
    ['zh-CN', '客户是通过 EA 买的 Office 365。不对 Open。', { channel: 'open', service: 'license' }],
    ['zh-CN', '客户是通过 EA 买的 Office 365。说错了 Open。', { channel: 'open', service: 'license' }],
  ]);
});

describe('kind: a retraction takes back an answer three words before it, not one four words before it', () => {
  checkKind([
    ['en-US', 'Customer has Office 365, bought through EA a year ago. No wait, it was the other programme.', { service: 'license' }],
    ['en-US', 'Customer has Office 365, bought through EA about a year ago. No wait, it was the other programme.', { channel: 'ea', service: 'license' }],
    // "EA-n vették tavaly": the case ending counts as a word of its own.
    ['hu-HU', 'Az ügyfélnek Office 365-e van, EA-n vették tavaly. Nem, várj, a másik program volt.', { service: 'license' }],
    ['hu-HU', 'Az ügyfélnek Office 365-e van, EA-n vették tavaly nyáron. Nem, várj, a másik program volt.', { channel: 'ea', service: 'license' }],
  ]);
});

describe('kind: a question asked before the answer does not keep a retraction from taking it back', () => {
  checkKind([
    ['en-US', 'Can you help with a customer? They have Office 365, bought through EA. No wait, it was the other programme.', { service: 'license' }],
    ['zh-CN', '能帮忙看一个客户吗？客户有 Office 365，是通过 EA 买的。不对，是另一种小合同的计划。', { service: 'license' }],
  ]);
});

describe('kind: a retraction whose sentence names a thing that is no answer takes the answer back', () => {
  checkKind([
    ['en-US', 'Customer has Office 365, bought through EA. No wait, I have to ask their account manager first.', { service: 'license' }],
    ['hu-HU', 'Az ügyfélnek Office 365-e van, EA-n vették. Nem, várj, meg kell kérdeznem a globális rendszergazdát.', { service: 'license' }],
  ]);
});

// A retraction of a later sentence is counted where it stands, not found again by its words in this one.
describe("kind: a retraction in a later sentence leaves this sentence's retractions saying nothing, the answer before them stands", () => {
  checkKind([
    [
      'en-US',
      "Customer has Office 365, bought through EA. No, no wait. I will check and get back to you. No, don't reply yet.",
      { channel: 'ea', service: 'license' },
    ],
    ['ru-RU', 'У клиента Office 365, купили через EA. Нет, подожди. Я уточню и вернусь. Нет, пока не отвечай.', { channel: 'ea', service: 'license' }],
    ['zh-CN', '客户的 Office 365 是通过 EA 买的。不对不对。我去确认一下再回复。不对，先别回复。', { channel: 'ea', service: 'license' }],
    [
      'pt-BR',
      'O cliente tem Office 365, comprado pelo EA. Não, pera. Vou verificar e te retorno. Não, não responde ainda.',
      { channel: 'ea', service: 'license' },
    ],
    ['hu-HU', 'Az ügyfélnek Office 365-e van, EA-n vették. Nem, várj. Utánanézek és visszaírok. Nem, még ne válaszolj.', { channel: 'ea', service: 'license' }],
  ]);
});
