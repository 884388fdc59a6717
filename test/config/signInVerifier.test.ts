// Who verifies a partner's sign-in token (src/config/partnerActions.ts: signInVerifierOf), from a
// table written by hand; the wiring is hosting/app.ts (the team view and the side panel's My cases).
import { strict as assert } from 'assert';
import { signInVerifierOf } from '../../src/config/partnerActions';
import type { PartnerActionsSettings } from '../../src/config';

describe('Sign-in verifier', () => {
  it("verifies with Entra's keys for the sign-in app with OAuth, the stand-ins in the demonstration, no one without the actions", () => {
    const rows: [string, PartnerActionsSettings | undefined, ReturnType<typeof signInVerifierOf>][] = [
      ['OAuth', { mode: 'oauth', connectionName: 'pc', ssoAppId: 'sso-app' }, { by: 'entra', ssoAppId: 'sso-app' }],
      ['OAuth with a client secret', { mode: 'oauth', connectionName: 'pc', ssoAppId: 'other', ssoClientSecret: 's' }, { by: 'entra', ssoAppId: 'other' }],
      ['the demonstration', { mode: 'demo' }, { by: 'standins' }],
      ['no actions', undefined, undefined],
    ];
    for (const [what, settings, verifier] of rows) assert.deepEqual(signInVerifierOf(settings), verifier, what);
  });
});
