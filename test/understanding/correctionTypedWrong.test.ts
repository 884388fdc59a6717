// "打错了" (I typed it wrong) corrects what was typed before it, as "写错了" and "说错了" do: the
// product typed again is the one, and the goal is read for it.
import { checkKind } from './kindCheck';

describe('corrections: typed wrong', () => {
  checkKind([
    [
      'zh-CN',
      '客户的 Azure 是从世纪互联买的。不好意思打错了，是 Office 365。他们想要日常支持。',
      { cloud: 'china', channel: 'vianet', service: 'license', goal: 'support' },
    ],
  ]);
});
