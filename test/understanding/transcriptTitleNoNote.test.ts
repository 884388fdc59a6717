// A line all in one bracket above a pasted forum or chat ("[Licensing desk chat]") is its title:
// no note of the case (the words above the first turn are otherwise read as the paster's note).
import { checkKind } from './kindCheck';

describe('transcript: a bracketed title above the turns is no note', () => {
  checkKind([
    // "Licensing" in the title would be read as a licence beside the Azure of the turns.
    [
      'en-US',
      '[Licensing channel]\nQ (Ana R.): Customer runs Azure from a hoster. We are T1.\nA (Tom B.): then a new Azure plan.',
      { service: 'usage', partnerType: 'direct' },
    ],
    [
      'en-US',
      '[Licensing desk chat]\nQ (Ana R.): Customer has Azure from a hosting company that is not a CSP. Can we take it? We are T1.\nA (Tom B.): yes, third party, new subscriptions and move the resources.',
      { channel: 'thirdParty', service: 'usage', partnerType: 'direct' },
    ],
  ]);
});
