// A filler set off by commas in a transcribed call ("for us to, like, be the ones billing you",
// "to, um, take over") stands between the words of one phrase: it is dropped with its commas.
import { checkKind } from './kindCheck';

describe('spoken: a filler between commas is dropped with them', () => {
  checkKind([
    ['en-US', 'So they would like us to, like, be the ones billing them for Microsoft 365.', { service: 'license', goal: 'move' }],
    ['en-US', 'They want us to, um, keep it running, the Office 365 tenant.', { service: 'license', goal: 'support' }],
    ['en-US', 'They like, for now, the EA for Office 365.', { channel: 'ea', service: 'license' }],
  ]);
});
