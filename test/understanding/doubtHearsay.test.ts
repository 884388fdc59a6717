// Hearsay is a doubt: "allegedly", "supostamente", «якобы», "据说", "állítólag" (allegedly) say what someone
// claims, not what the speaker knows, so the value is asked back by name. Without it in the
// lexicon, "supostamente" was even corrected into a word of support. Written for these tests.
import { checkDoubted } from './kindCheck';

describe('doubt: hearsay ("allegedly") doubts what it reports', () => {
  checkDoubted([
    ['en-US', 'The customer allegedly bought Office 365 from another CSP partner.', { service: 'license' }, { channel: 'otherCsp' }],
    ['en-US', 'They supposedly got their Azure through an EA.', { service: 'usage' }, { channel: 'ea' }],
    ['pt-BR', 'O cliente supostamente comprou o Office 365 de outro parceiro CSP.', { service: 'license' }, { channel: 'otherCsp' }],
    ['ru-RU', 'Клиент якобы купил Office 365 у другого CSP-партнёра.', { service: 'license' }, { channel: 'otherCsp' }],
    ['zh-CN', '据说客户的 Office 365 是从另一家 CSP 伙伴买的。', { service: 'license' }, { channel: 'otherCsp' }],
    ['hu-HU', 'Az ügyfél állítólag egy másik CSP partnertől vette az Office 365-öt.', { service: 'license' }, { channel: 'otherCsp' }],
  ]);
});
