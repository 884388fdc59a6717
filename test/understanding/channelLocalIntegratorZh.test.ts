// A local system integrator ("本地一家系统集成商") the customer bought from is another seller, as a
// local software dealer is (under 21Vianet, where no CSP partner is in question).
import { checkKind } from './kindCheck';

describe('kind: channel words, a local system integrator is another seller', () => {
  checkKind([['zh-CN', '客户用的是世纪互联版，Office 365 是在当地一家系统集成商那里买的。', { cloud: 'china', channel: 'other', service: 'license' }]]);
});
