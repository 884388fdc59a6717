// Kind "hedge": a check after a dash in a sentence that names its own answer ("我估计是国际版——确认了")
// confirms that answer only; the doubted answer of the sentence before stays asked back.
import { checkDoubted } from './kindCheck';

describe('kind: a check after a dash confirms only the answer of its own sentence', () => {
  checkDoubted([['zh-CN', '可能是EA买的。我估计是国际版——确认了', { cloud: 'global' }, { channel: 'ea' }]]);
});
