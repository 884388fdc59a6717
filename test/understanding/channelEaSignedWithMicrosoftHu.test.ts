// An Enterprise Agreement signed "közvetlenül a Microsofttal" (directly with Microsoft) is the EA:
// the words "directly with Microsoft" say whom it was signed with, not a purchase from Microsoft.
import { checkKind } from './kindCheck';

describe('channelWords: an Enterprise Agreement signed directly with Microsoft', () => {
  checkKind([
    ['hu-HU', 'Nagyvállalati szerződést kötöttek közvetlenül a Microsofttal, az Office 365 is azon megy.', { channel: 'ea', service: 'license' }],
    ['hu-HU', 'Az Azure EA szerződése közvetlenül a Microsofttal van.', { channel: 'ea', service: 'usage' }],
    ['en-US', 'They signed an Enterprise Agreement with Microsoft, Office 365 runs on it.', { channel: 'ea', service: 'license' }],
  ]);
});
