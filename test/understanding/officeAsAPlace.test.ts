// "The Dublin office", "our Munich office": an office named after its place is where people work,
// not Microsoft Office, so it names no licence beside the Azure the message is about. The product
// (the desktop Office, Office 365) keeps its reading.
import { checkKind } from './kindCheck';

describe('an office named after its place is no product (en-US)', () => {
  checkKind([
    ['en-US', 'Notes from our Dublin office: the Azure subscriptions are billed on an EA.', { channel: 'ea', service: 'usage' }],
    [
      'en-US',
      "Quick word from the Munich office – customer's Azure runs through a Microsoft Syndication Partner.",
      { channel: 'syndication', service: 'usage' },
    ],
    ['en-US', 'They still run the desktop Office from their EA.', { channel: 'ea', service: 'license' }],
    ['en-US', 'Staff at the Leeds office use Office 365 bought via Open Value.', { channel: 'open', service: 'license' }],
  ]);
});
