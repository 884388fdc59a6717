// "…or maybe Open": a doubt word between the "or" and "Open" keeps Open the second option, so the
// two options stay open and the channel is asked. "Maybe open a ticket" is no programme.
import { checkKind } from './kindCheck';

describe('eitherOr: "or maybe Open" names the Open programme', () => {
  checkKind([
    ['en-US', 'Office 365 was bought under the EA or maybe open, the customer could not say.', { service: 'license' }, ['channel']],
    ['en-US', 'they got teams phone through the advisor program or perhaps open', { service: 'license' }, ['channel']],
    ['en-US', 'They have Office 365 through the EA, but maybe open a ticket with Microsoft first.', { channel: 'ea', service: 'license' }],
  ]);
});
