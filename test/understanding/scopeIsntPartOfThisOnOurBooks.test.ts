// "Their Azure isn't part of this" sets Azure aside, as "not part of this" already did (the
// contracted forms too); "licenses on our books" is the move to this partner.
import { checkKind } from './kindCheck';

describe('"isn\'t part of this" sets a product aside; "on our books" is the move', () => {
  checkKind([
    ['en-US', "It's their Power BI Pro on the EA; their Azure isn't part of this.", { channel: 'ea', service: 'license' }],
    ['en-US', "Office 365 E3 through Open. The Azure stuff wasn't part of this call.", { channel: 'open', service: 'license' }],
    ['en-US', 'Microsoft 365 from another CSP, they want those licenses on our books.', { channel: 'otherCsp', service: 'license', goal: 'move' }],
  ]);
});
