// "mayb", a text message's "maybe" without its last letter, hedges what follows as "maybe" does:
// a later "mayb it was an Open licence" leaves the channel asked rather than stating Open.
import { checkKind } from './kindCheck';

describe('hedge: "mayb" in a hurried text, en-US', () => {
  checkKind([
    ['en-US', 'client got O365 frm MS direct w/ card. mayb it was an Open licence tho', { service: 'license' }, ['channel']],
    ['en-US', 'mayb the Azure is on their EA, will chk', { service: 'usage' }],
  ]);
});
