// Kind "relative clause": a clause set off by commas about the customer ("the customer, who
// bought via EA, is owned by the parent company") is the customer's; the parent company named
// in the main clause governs only that clause. A clause that is the subject ("who bought via EA
// is the parent company") is still the parent company's.
import { checkKind } from './kindCheck';

describe("kind: relative clause, the customer's own clause keeps its answer", () => {
  checkKind([
    ['en-US', 'the customer, who bought via EA, is owned by the parent company', { channel: 'ea' }],
    ['ru-RU', 'клиент, который покупал через EA, принадлежит материнской компании', { channel: 'ea' }],
    ['zh-CN', '这个客户，通过EA买的，属于母公司', { channel: 'ea' }],
    ['pt-BR', 'o cliente, que comprou pelo EA, pertence à matriz', { channel: 'ea' }],
    ['hu-HU', 'az ügyfél, aki EA-n keresztül vásárolt, az anyavállalaté', { channel: 'ea' }],
  ]);
});

describe("kind: relative clause, a clause that names the parent company as its subject is the parent company's", () => {
  checkKind([
    ['en-US', 'who bought via EA is the parent company', {}],
    ['ru-RU', 'кто покупал через EA, это материнская компания', {}],
    ['zh-CN', '通过EA买的是母公司', {}],
    ['pt-BR', 'quem comprou pelo EA é a matriz', {}],
    ['hu-HU', 'aki EA-n keresztül vásárolt, az az anyavállalat', {}],
  ]);
});
