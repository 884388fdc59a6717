// A Chinese doubt that closes a clause holding an answer doubts that answer, also when the answer
// opens the clause right after its mark ("。世纪互联不确定，…": no space between them in Chinese),
// not what the next clause says.
import { checkDoubted } from './kindCheck';

describe('a Chinese doubt closing a clause doubts the answer that opens it', () => {
  checkDoubted([
    ['zh-CN', '上周聊过了。世纪互联不确定，客户只要支持。', { goal: 'support' }, { cloud: 'china' }],
    ['zh-CN', '客户说了很多，世纪互联不确定，他们只要我们支持。', { goal: 'support' }, { cloud: 'china' }],
  ]);
});
