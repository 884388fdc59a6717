// A reference doubted in its own clause keeps its option only under that doubt: the doubt said
// after it ("the latter probably", "后者吧", also at the end of the message with no full stop) or
// right before it with no space ("可能是后者").
import { checkDoubted } from './kindCheck';

describe('a reference doubted in its own clause keeps its option under that doubt', () => {
  checkDoubted([
    ['en-US', 'EA or Open? The latter probably', {}, { channel: 'open' }],
    ['en-US', 'Hi, is it EA or Open? The latter probably.', {}, { channel: 'open' }],
    ['zh-CN', '是EA还是Open？后者吧。', {}, { channel: 'open' }],
    ['zh-CN', '是EA还是Open？可能是后者。', {}, { channel: 'open' }],
    // The doubt is the reference's only: the same option said plainly before the options, or after the reference, answers.
    ['en-US', 'They bought it via Open. EA or Open? Probably the latter.', { channel: 'open' }, {}],
    ['en-US', 'EA or Open? Probably the latter. I checked the invoice again and it is Open.', { channel: 'open' }, {}],
  ]);
});
