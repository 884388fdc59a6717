// "不是企业协议开放许可。Wait, yes, it was.": the denied answer's question was answered again right
// after it ("not EA, Open Value", typed without the comma), so the yes takes back nothing and Open
// Value is the answer, as with the comma between them.
import { checkKind } from './kindCheck';

describe('negation: a yes after "not X, Y" typed without the comma takes nothing back', () => {
  checkKind([
    ['zh-CN', '不是企业协议开放许可。Wait, yes, it was.', { channel: 'open' }],
    ['zh-CN', '不是企业协议，开放许可。Wait, yes, it was.', { channel: 'open' }],
  ]);
});
