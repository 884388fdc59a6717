// Chinese has no spaces between words: an answer repeats an option when it shares two characters
// in a row with it ("商业的" says 商业云). One character both options end with (云) is no echo.
import { checkKind } from './kindCheck';

describe('either/or: a Chinese answer takes the option it shares two characters with', () => {
  checkKind([
    ['zh-CN', '客服：您用的是美国政府云还是商业云？\n客户：商业的', { cloud: 'global' }],
    ['zh-CN', '客服：您用的是美国政府云还是商业云？\n客户：商业的云', { cloud: 'global' }],
    ['zh-CN', '客服：您用的是美国政府云还是商业云？\n客户：政府的云', { cloud: 'usgov' }],
  ]);
});
