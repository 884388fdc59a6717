// Channel words: an agreement or deal with Microsoft called "the enterprise one" is the Enterprise
// Agreement, as "enterprise deal" is.
import { checkKind } from './kindCheck';

describe('channel: a deal with Microsoft, "the enterprise one", is the EA', () => {
  checkKind([
    ['en-US', 'Their Azure runs under the volume agreement they sign with Microsoft, the enterprise one.', { channel: 'ea', service: 'usage' }],
    ['en-US', 'Office 365 is on their big licensing deal, the enterprise one their CIO renews every three years.', { channel: 'ea', service: 'license' }],
  ]);
});
