// In Chinese "要么" is written right against the first option ("要么代管…", no space): it still
// opens that option, so a long first option (its details listed, clause after clause) and the
// second ("要么我们成为他们的记录合作伙伴") are one either/or, settled by "第一个" (the first).
import { checkKind } from './kindCheck';

describe('either/or: "要么" written right against the first option still frames it', () => {
  checkKind([
    [
      'zh-CN',
      'Office 365 E3。要么代管他们的许可证，微软像现在一样继续给他们开票，发票每个月寄到财务，财务再付款，不用改合同，不用改流程，不用换门户，不用培训，要么我们成为他们的记录合作伙伴。他们选了第一个。',
      { service: 'license', goal: 'support' },
    ],
  ]);
});
