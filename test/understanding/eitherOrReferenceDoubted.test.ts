// A reference that settles an either/or under a doubt of its own clause ("可能是后者吧", «возможно,
// последнее», "provavelmente o segundo") keeps its option only as a guess: asked back by name,
// with the words that gloss the option. Said plainly, the reference answers.
import { checkDoubted, checkKind } from './kindCheck';

describe('either/or: a reference said under a doubt settles nothing', () => {
  checkDoubted([
    [
      'zh-CN',
      '客户的 Office 365 要我们做运维。我们算一级还是二级经销商（从分销商进货）我也说不好，可能是后者吧。',
      { service: 'license', goal: 'support' },
      { partnerType: 'indirectReseller' },
    ],
    ['zh-CN', '客户的 Office 365 是通过 EA 还是 Open 买的，问了一圈，估计是前者。', { service: 'license' }, { channel: 'ea' }],
    ['ru-RU', 'Office 365 клиент купил по EA или по Open, возможно последнее.', { service: 'license' }, { channel: 'open' }],
    ['pt-BR', 'O cliente comprou o Office 365 pelo EA ou pelo Open, provavelmente o segundo.', { service: 'license' }, { channel: 'open' }],
  ]);
  checkKind([
    [
      'zh-CN',
      '客户的 Office 365 要我们做运维。我们算一级还是二级经销商（从分销商进货）？是后者。',
      { service: 'license', goal: 'support', partnerType: 'indirectReseller' },
    ],
    ['ru-RU', 'Office 365 клиент купил по EA или по Open, последнее.', { channel: 'open', service: 'license' }],
  ]);
});
