// The side panel's My cases is served where the actions sign partners in through Teams (OAuth with
// its sign-in app: hosting/app.ts asks config/partnerActions.ts's signInVerifierOf), and not in the
// demonstration nor without the actions.
import { strict as assert } from 'assert';
import { Running, startApp } from '../support/http';

const REG = {
  MicrosoftAppType: 'MultiTenant',
  MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
  MicrosoftAppPassword: 'not-a-real-secret-value-0123456789',
  HOST: '127.0.0.1',
};

describe('side panel My cases, by the actions set up', function () {
  this.timeout(30_000);
  const rows: [string, Record<string, string>, boolean][] = [
    ['OAuth with its sign-in app', { ...REG, OAUTH_CONNECTION_NAME: 'PartnerCenter', SSO_APP_ID: '66666666-7777-4888-8999-000000000000' }, true],
    ['no actions', REG, false],
    ['the demonstration', { HOST: '127.0.0.1', PARTNER_ACTIONS_DEMO: 'true' }, false],
  ];
  for (const [what, env, served] of rows) {
    it(`${served ? 'serves' : 'does not serve'} it with ${what}`, async () => {
      const server: Running = await startApp(env);
      try {
        const response = await fetch(`${server.base}/panel/cases.json?locale=en-US`);
        await response.text();
        if (served) assert.equal(response.status, 401, what);
        else assert.equal(response.status, 404, what);
      } finally {
        await server.stop();
      }
    });
  }
});
