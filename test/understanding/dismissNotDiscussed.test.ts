// «X (сейчас) не обсуждаем» (we are not discussing X now) sets X aside with the words said
// about it: another product's seller answers nothing of this case.
import { checkKind } from './kindCheck';

describe('dismissal: "we are not discussing it now" sets the product and its words aside', () => {
  checkKind([
    ['ru-RU', 'Office 365 по EA. Azure у другого партнёра, его пока не обсуждаем.', { channel: 'ea', service: 'license' }],
    ['ru-RU', 'Exchange Online брали по Open Value, а Azure через CSP-партнёра, но Azure сейчас не обсуждаем.', { channel: 'open', service: 'license' }],
  ]);
});
