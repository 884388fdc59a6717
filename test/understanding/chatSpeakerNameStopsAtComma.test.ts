// A chat line pasted with its speaker in brackets ("【组长】…") is no "[App] Name: text" line when
// a full-width comma stands before its colon: the words before the colon are the turn's own
// ("世纪互联版 Office 365，购买渠道：…"), not a name, and are read with the rest of the turn.
import { checkKind } from './kindCheck';

describe('a bracketed chat line: a full-width stop ends the name before a colon', () => {
  checkKind([
    [
      'zh-CN',
      '【客户】我们的 Office 365 是从世纪互联买的\n【客服】收到\n【组长】世纪互联版 Office 365，购买渠道：别的代理商。',
      { cloud: 'china', channel: 'other', service: 'license' },
    ],
    [
      'zh-CN',
      '【客户】Dynamics 365 是在微软官网买的\n【客服】好的\n【主管】国际版 Dynamics 365，备注：客户想转到我们这边。',
      { cloud: 'global', channel: 'microsoft', service: 'license', goal: 'move' },
    ],
  ]);
});
