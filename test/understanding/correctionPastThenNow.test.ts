// "那是客户还在用国际版的时候。现在……": a sentence that places what it said in the past ("that
// was when…"), followed by one that opens with "now", is replaced by the present: the old cloud
// and the old partner's channel are taken back by what is said now.
import { checkKind } from './kindCheck';

describe('correction: what was true back then, followed by "now"', () => {
  checkKind([
    [
      'zh-CN',
      '客户以前是从 Advisor 项目里的伙伴买的，不过那是他们还在用国际版的时候。现在用的是世纪互联的 Office 365，从世纪互联买的。',
      { cloud: 'china', channel: 'vianet', service: 'license' },
    ],
    ['zh-CN', '他们以前用国际版的 Office 365。现在是世纪互联运营的，要我们做支持。', { cloud: 'china', service: 'license', goal: 'support' }],
    ['zh-CN', '他们用过国际版的 Office 365，那时候是 EA。要我们做支持。', { cloud: 'global', channel: 'ea', service: 'license', goal: 'support' }],
  ]);
});
