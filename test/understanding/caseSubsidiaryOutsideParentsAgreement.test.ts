// The subsidiary this case is about, set against its parent: bought "outside the EA" (the
// parent's agreement) is not bought on it; "不是总部，是X子公司" (not the head office, the
// subsidiary) brings the case back to the subsidiary after the parent's clause.
import { checkKind } from './kindCheck';

describe('cases: the subsidiary outside its parent\'s agreement, and back after "not the parent"', () => {
  checkKind([
    [
      'en-US',
      'Their group has a global EA. This Dutch subsidiary though got Azure pay-as-you-go straight from Microsoft, outside the EA.',
      { channel: 'microsoft', service: 'usage' },
      [],
    ],
    [
      'en-US',
      'The parent company signed an EA. The branch office bought 30 Business Standard seats from Microsoft by card, outside of the EA.',
      { channel: 'microsoft', service: 'license' },
      [],
    ],
    ['zh-CN', '集团总部用的是EA。我们要处理的不是总部，是苏州子公司：他们在世纪互联运营的云上用 Azure。', { cloud: 'china', service: 'usage' }, []],
  ]);
});
