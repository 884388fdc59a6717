// Kind "correction": "the Open Value agreement expired", "the EA contract has ended": the word
// for the contract may stand between the channel and the word saying it ended, as "it" or "them"
// may. Read before as a channel still held, beside the new one: asked.
import { checkKind } from './kindCheck';

describe('kind: a channel whose agreement expired is not the channel', () => {
  checkKind([
    ['en-US', 'Microsoft 365 is under an EA now. The Open Value agreement expired in 2023.', { channel: 'ea', service: 'license' }],
    ['en-US', 'Their EA contract has ended, the Azure is with another CSP.', { channel: 'otherCsp', service: 'usage' }],
    ['en-US', 'Azure on the EA agreement, they want us to manage it.', { channel: 'ea', service: 'usage' }],
  ]);
});
