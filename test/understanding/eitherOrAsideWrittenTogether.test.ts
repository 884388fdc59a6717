// Chinese writes no space between a word and the comma after it: an aside set off by commas right
// after the first option ("企业协议，which I doubt a lot at that size for a small firm，或者…") is
// no distance between the two options there either, however many words it holds. A reference to
// the second ("后者") then settles it.
import { checkKind } from './kindCheck';

describe('either/or: an aside set off by commas against the first option, written without a space', () => {
  checkKind([
    [
      'zh-CN',
      'Office 365 是通过企业协议，which I doubt a lot at that size for a small firm，或者通过 Open 买的。后者。',
      { channel: 'open', service: 'license' },
    ],
  ]);
});
