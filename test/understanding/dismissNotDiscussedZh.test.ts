// "这次不谈" (not discussed this time) sets a part aside as "这次不涉及" does: its cloud answers
// nothing of this case.
import { checkKind } from './kindCheck';

describe('kind: rambling, a part not discussed this time answers nothing', () => {
  checkKind([['zh-CN', '- 国内分公司用的是世纪互联，这次不谈\n- 这次只谈新加坡：Azure，国际版', { cloud: 'global', service: 'usage' }]]);
});
