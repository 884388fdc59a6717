// Kind "whose": "bought from us when we were an Advisor, but now CSP" tells where this partner went,
// not a correction of the channel: our own sale as an Advisor stays the channel, as the Advisor
// program does in "they were on Advisor, now we are CSP".
import { checkKind } from './kindCheck';

describe('kind: whose, our sale as an Advisor is not taken back by "now CSP"', () => {
  checkKind([
    ['en-US', 'They bought Office 365 from us when we were an Advisor, but now CSP.', { channel: 'advisor', service: 'license' }],
    ['ru-RU', 'Они купили Office 365 у нас, когда мы были Advisor, а теперь CSP.', { channel: 'advisor', service: 'license' }],
    ['zh-CN', 'Office 365是我们做advisor的时候卖给他们的，但现在是CSP。', { channel: 'advisor', service: 'license' }],
    ['pt-BR', 'Compraram o Office 365 com a gente quando éramos Advisor, mas agora CSP.', { channel: 'advisor', service: 'license' }],
  ]);
});

describe('kind: whose, the Advisor program is not taken back by "now CSP"', () => {
  checkKind([
    ['en-US', 'They bought Office 365 through Microsoft Advisor, but now CSP.', { channel: 'advisor', service: 'license' }],
    ['en-US', 'They were on the Advisor program, but now CSP.', { channel: 'advisor' }],
  ]);
});
