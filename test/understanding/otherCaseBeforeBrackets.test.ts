// Kind "whose": the parent company's words end at the close of brackets they are named inside,
// never at brackets that come after them: "the parent company (which owns three other branches)
// is on an EA" still speaks of the parent company after the brackets close, so the EA is theirs.
// And named last inside brackets ("the branch (owned by the parent company) bought … from
// Microsoft"), the parent's words stop at that close too: what follows is this customer's.
import { checkKind } from './kindCheck';

describe('kind: whose, brackets after the parent company do not end its words', () => {
  checkKind([
    ['en-US', 'The parent company (which owns three other branches in Europe) is on an EA.', {}],
    ['en-US', 'The parent company, as far as I know (I did not check it myself), is on an EA.', {}],
    ['pt-BR', 'A matriz (que tem mais três filiais na Europa) tem EA.', {}],
  ]);
});

describe('kind: whose, the parent company named last inside brackets speaks only up to their close', () => {
  checkKind([
    ['en-US', 'The branch (owned by the parent company) bought Microsoft 365 directly from Microsoft.', { channel: 'microsoft', service: 'license' }],
    ['zh-CN', '子公司（它的上面是集团母公司）是直接从微软买的 Microsoft 365。', { channel: 'microsoft', service: 'license' }],
    ['pt-BR', 'A filial (que pertence à matriz) comprou o Microsoft 365 direto da Microsoft.', { channel: 'microsoft', service: 'license' }],
  ]);
});
