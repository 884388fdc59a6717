// Under 21Vianet, bought from neither 21Vianet nor us ("不是世纪互联，也不是我司") is another seller.
import { checkKind } from './kindCheck';

describe('kind: channel in own words, neither 21Vianet nor us (Chinese)', () => {
  checkKind([['zh-CN', '世纪互联运营的 Azure，订阅来源：不是世纪互联，也不是我司。', { cloud: 'china', channel: 'other', service: 'usage' }]]);
});
