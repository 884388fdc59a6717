// A mail thread pasted as reply lines ("RE: …" one under another) is written newest on top: the
// correction on top is not undone by the older reply below it.
import { checkKind } from './kindCheck';

describe('reply lines: the newest is on top', () => {
  checkKind([
    [
      'zh-CN',
      '往来邮件：\nRE: 我看错了，客户在美国政府云上，不是全球版。Office 365 和 EA 都没变。\nRE: 客户是全球版，Office 365 走 EA。\n原始邮件：客户是哪个云？',
      { cloud: 'usgov', channel: 'ea', service: 'license' },
    ],
    [
      'en-US',
      'RE: correction, they are on GCC, not commercial. Rest unchanged (Office 365, EA).\nRE: commercial cloud, Office 365 through EA.',
      { cloud: 'usgov', channel: 'ea', service: 'license' },
    ],
    ['pt-BR', 'RE: corrigindo: é Open, não EA. Office 365.\nRE: o cliente comprou via EA.', { channel: 'open', service: 'license' }],
  ]);
});
