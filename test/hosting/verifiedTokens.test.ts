// A Bot Framework token checked once (src/hosting/http/verifiedTokens.ts): against the SDK's real
// check on a local OpenID provider, a token it accepted is not checked again for the same channel
// and service URL, while a changed token, another channel, another service URL or no token at all
// goes to the SDK (and is refused where it refuses); without a registration the SDK's anonymous
// answer is kept per channel, service URL and recipient's role; with a stand-in check, an answer
// ends at the token's expiry or the longest trust, refusals are never kept, and a burst shares
// one check.
import { strict as assert } from 'assert';
import { Activity } from 'botbuilder';
import { AuthenticateRequestResult, AuthenticationConstants, AuthenticationError, BotFrameworkAuthentication, ClaimsIdentity } from 'botframework-connector';
import { loadConfig } from '../../src/config';
import { createBotFrameworkAuthentication, withoutSdkConsole } from '../../src/hosting/http/botFrameworkAuth';
import { VerifiedTokens } from '../../src/hosting/http/verifiedTokens';
import { channelClaims, CountingAuthentication, OpenIdProvider, SigningKey, signingKey, startOpenIdProvider, token } from '../support/botFrameworkTokens';

const APP_ID = '11111111-2222-3333-4444-555555555555';
const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';
const OTHER_SERVICE_URL = 'https://smba.trafficmanager.net/amer/';

const activity = (channelId: string, serviceUrl: string): Activity => ({ type: 'message', channelId, serviceUrl }) as Activity;
const NO_ACTIVITY = { channelId: '', serviceUrl: '' } as Activity;

/** Whether the check refuses; the SDK's console lines about a refusal are dropped, as the host drops them. */
async function refused(work: () => Promise<unknown>): Promise<boolean> {
  try {
    await withoutSdkConsole(work);
    return false;
  } catch {
    return true;
  }
}

describe('Bot Framework tokens checked once per token', function () {
  this.timeout(30_000);

  describe("with the SDK's own check", () => {
    let key: SigningKey;
    let provider: OpenIdProvider;
    let sdk: CountingAuthentication;
    let auth: VerifiedTokens;
    let bearer: string;

    before(async () => {
      key = signingKey('channel-key');
      provider = await startOpenIdProvider([{ key, endorsements: ['msteams', 'webchat'] }]);
      const config = loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-secret-Qw3~', MicrosoftAppType: 'MultiTenant' });
      bearer = `Bearer ${token({ key, claims: channelClaims(APP_ID, SERVICE_URL) })}`;
      sdk = new CountingAuthentication(createBotFrameworkAuthentication(config, provider.metadataUrl));
      auth = new VerifiedTokens(sdk);
    });
    after(async () => provider?.close());

    it('checks a token once for the check before the body and once against the activity, then never again', async () => {
      const before = sdk.checks;
      for (let i = 0; i < 5; i += 1) {
        await auth.authenticateRequest(NO_ACTIVITY, bearer);
        const result = await auth.authenticateRequest(activity('msteams', SERVICE_URL), bearer);
        assert.equal(result.claimsIdentity.isAuthenticated, true);
        assert.equal(result.claimsIdentity.getClaimValue('aud'), APP_ID);
      }
      assert.equal(sdk.checks - before, 2);
    });

    it('sends a changed signature to the SDK every time, and it is refused every time', async () => {
      await auth.authenticateRequest(activity('msteams', SERVICE_URL), bearer);
      const last = bearer.at(-2) === 'A' ? 'B' : 'A';
      const forged = `${bearer.slice(0, -2)}${last}${bearer.at(-1)}`;
      const before = sdk.checks;
      for (let i = 0; i < 3; i += 1) assert.equal(await refused(() => auth.authenticateRequest(activity('msteams', SERVICE_URL), forged)), true);
      assert.equal(sdk.checks - before, 3);
    });

    it('checks an accepted token again for another channel or service URL, which the SDK refuses', async () => {
      await auth.authenticateRequest(activity('msteams', SERVICE_URL), bearer);
      const before = sdk.checks;
      // The key is not endorsed for skype; the token names another service URL.
      assert.equal(await refused(() => auth.authenticateRequest(activity('skype', SERVICE_URL), bearer)), true);
      assert.equal(await refused(() => auth.authenticateRequest(activity('msteams', OTHER_SERVICE_URL), bearer)), true);
      assert.equal(await refused(() => auth.authenticateRequest(activity('skype', SERVICE_URL), bearer)), true);
      assert.equal(sdk.checks - before, 3);
      // Still the answer kept for the pair it was checked with.
      assert.equal((await auth.authenticateRequest(activity('msteams', SERVICE_URL), bearer)).claimsIdentity.isAuthenticated, true);
      assert.equal(sdk.checks - before, 3);
    });

    it('refuses a request without a token every time, through the SDK', async () => {
      const before = sdk.checks;
      for (let i = 0; i < 2; i += 1) assert.equal(await refused(() => auth.authenticateRequest(activity('msteams', SERVICE_URL), '')), true);
      assert.equal(sdk.checks - before, 2);
    });
  });

  describe("with the SDK's own check and no registration", () => {
    let sdk: CountingAuthentication;
    let auth: VerifiedTokens;

    before(() => {
      sdk = new CountingAuthentication(createBotFrameworkAuthentication(loadConfig({})));
      auth = new VerifiedTokens(sdk);
    });

    it("keeps the SDK's anonymous answer to a request without a token", async () => {
      const before = sdk.checks;
      for (let i = 0; i < 5; i += 1) {
        const result = await auth.authenticateRequest(activity('msteams', 'http://127.0.0.1:3978/'), '');
        // The SDK's answer without a registration: no claims, and a callerId cleared.
        assert.equal(result.claimsIdentity.isAuthenticated, true);
        assert.equal(result.claimsIdentity.claims.length, 0);
        assert.equal(result.callerId, null);
      }
      assert.equal(sdk.checks - before, 1);
    });

    it("asks the SDK again for another recipient's role, and gets its answer for that role", async () => {
      const as = (role: string): Activity => ({ ...activity('emulator', 'http://127.0.0.1:3978/'), recipient: { id: 'bot', name: 'bot', role } }) as Activity;
      for (let i = 0; i < 2; i += 1) {
        // The SDK's own rule: an emulator's call to a skill gets an anonymous skill's claims.
        const skill = (await auth.authenticateRequest(as('skill'), '')).claimsIdentity;
        assert.equal(skill.getClaimValue(AuthenticationConstants.AppIdClaim), AuthenticationConstants.AnonymousSkillAppId);
        assert.equal((await auth.authenticateRequest(as('bot'), '')).claimsIdentity.claims.length, 0);
      }
    });
  });

  describe('with a stand-in check', () => {
    /** Accepts any token but "Bearer bad.x.y", counting the checks; waits for `gate` when given one. */
    class StandIn extends BotFrameworkAuthentication {
      checks = 0;
      gate?: Promise<void>;
      override async authenticateRequest(_activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
        this.checks += 1;
        await this.gate;
        if (authHeader.startsWith('Bearer bad.')) throw new AuthenticationError('refused', 401);
        return { audience: 'aud', callerId: 'caller', claimsIdentity: new ClaimsIdentity([], true) };
      }
      override authenticateStreamingRequest(): Promise<AuthenticateRequestResult> {
        throw new Error('not used');
      }
      override createConnectorFactory(): never {
        throw new Error('not used');
      }
      override createUserTokenClient(): never {
        throw new Error('not used');
      }
      override createBotFrameworkClient(): never {
        throw new Error('not used');
      }
      override getOriginatingAudience(): string {
        return 'aud';
      }
      override authenticateChannelRequest(): never {
        throw new Error('not used');
      }
    }

    const jws = (claims: Record<string, unknown>, tag = 'sig'): string => `Bearer h.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${tag}`;
    const teams = activity('msteams', SERVICE_URL);

    // How long an answer is kept (the longest trust here a minute), from a start at 1,000,000 ms.
    const lifetimes: { what: string; header: string; keptMs: number }[] = [
      { what: "a token's answer until the token expires", header: jws({ exp: (1_000_000 + 30_000) / 1000 }), keptMs: 30_000 },
      {
        what: "a token's answer no longer than the longest trust, however far its expiry",
        header: jws({ exp: (1_000_000 + 3_600_000) / 1000 }),
        keptMs: 60_000,
      },
      { what: 'the answer to a request without a token no longer than the longest trust', header: '', keptMs: 60_000 },
    ];
    for (const { what, header, keptMs } of lifetimes) {
      it(`keeps ${what}`, async () => {
        let now = 1_000_000;
        const inner = new StandIn();
        const auth = new VerifiedTokens(inner, { now: () => now, maxAgeMs: 60_000 });
        await auth.authenticateRequest(teams, header);
        now += keptMs - 1;
        await auth.authenticateRequest(teams, header);
        assert.equal(inner.checks, 1, 'kept until the last millisecond');
        now += 1;
        await auth.authenticateRequest(teams, header);
        assert.equal(inner.checks, 2, 'checked again once it ran out');
      });
    }

    it('keeps nothing for a token without an expiry, and no refusal', async () => {
      const inner = new StandIn();
      const auth = new VerifiedTokens(inner);
      for (let i = 0; i < 2; i += 1) await auth.authenticateRequest(teams, jws({ aud: 'x' }));
      for (let i = 0; i < 2; i += 1)
        assert.equal(await refused(() => auth.authenticateRequest(teams, `Bearer bad.${jws({ exp: 4_000_000_000 }).split('.')[1]}.s`)), true);
      assert.equal(inner.checks, 4);
    });

    it("tells channel, service URL and recipient's role apart however their characters fall", async () => {
      const inner = new StandIn();
      const auth = new VerifiedTokens(inner);
      const bearer = jws({ exp: 4_000_000_000 });
      await auth.authenticateRequest(activity('ab', 'c'), bearer);
      await auth.authenticateRequest(activity('a', 'bc'), bearer);
      await auth.authenticateRequest({ type: 'message', channelId: 'a' } as Activity, bearer);
      await auth.authenticateRequest({ type: 'message', channelId: 7 } as unknown as Activity, bearer);
      await auth.authenticateRequest({ type: 'message', channelId: 7 } as unknown as Activity, bearer);
      await auth.authenticateRequest({ ...activity('a', 'bc'), recipient: { id: 'b', name: 'b', role: 'skill' } } as Activity, bearer);
      await auth.authenticateRequest({ ...activity('a', 'bc'), recipient: { id: 'b', name: 'b', role: 5 } } as unknown as Activity, bearer);
      await auth.authenticateRequest({ ...activity('a', 'bc'), recipient: { id: 'b', name: 'b', role: 5 } } as unknown as Activity, bearer);
      assert.equal(inner.checks, 8);
      // The same parts again: all kept.
      await auth.authenticateRequest(activity('ab', 'c'), bearer);
      await auth.authenticateRequest({ ...activity('a', 'bc'), recipient: { id: 'b', name: 'b', role: 'skill' } } as Activity, bearer);
      assert.equal(inner.checks, 8);
    });

    it('lets a burst with a new token wait for one check, refused or not', async () => {
      const inner = new StandIn();
      let open!: () => void;
      inner.gate = new Promise((resolve) => (open = resolve));
      const auth = new VerifiedTokens(inner);
      const good = Array.from({ length: 20 }, () => auth.authenticateRequest(teams, jws({ exp: 4_000_000_000 })));
      const bad = Array.from({ length: 20 }, () => refused(() => auth.authenticateRequest(teams, `Bearer bad.${jws({ exp: 4_000_000_000 }).split('.')[1]}.s`)));
      open();
      await Promise.all(good);
      assert.deepEqual(new Set(await Promise.all(bad)), new Set([true]));
      assert.equal(inner.checks, 2);
      // The refusal is not kept: the next request with that token is checked again.
      inner.gate = undefined;
      await refused(() => auth.authenticateRequest(teams, `Bearer bad.${jws({ exp: 4_000_000_000 }).split('.')[1]}.s`));
      assert.equal(inner.checks, 3);
    });

    it('stays within its count of tokens', async () => {
      const inner = new StandIn();
      const auth = new VerifiedTokens(inner, { maxEntries: 2 });
      const tokens = ['a', 'b', 'c'].map((tag) => jws({ exp: 4_000_000_000 }, tag));
      for (const t of tokens) await auth.authenticateRequest(teams, t);
      await auth.authenticateRequest(teams, tokens[2]!);
      await auth.authenticateRequest(teams, tokens[1]!);
      assert.equal(inner.checks, 3);
      await auth.authenticateRequest(teams, tokens[0]!);
      assert.equal(inner.checks, 4, 'the least recently used token was forgotten');
    });

    it("finding 9: keeps as many tokens as its count says, each with the check before the body and the activity's", async () => {
      const inner = new StandIn();
      const auth = new VerifiedTokens(inner, { maxEntries: 2 });
      const tokens = ['a', 'b'].map((tag) => jws({ exp: 4_000_000_000 }, tag));
      // Each request checks its token twice: alone before the body, then against the activity.
      const request = async (bearer: string): Promise<void> => {
        await auth.authenticateRequest(NO_ACTIVITY, bearer);
        await auth.authenticateRequest(teams, bearer);
      };
      for (const t of tokens) await request(t);
      assert.equal(inner.checks, 4);
      for (let round = 0; round < 3; round += 1) for (const t of tokens) await request(t);
      assert.equal(inner.checks, 4, 'two tokens fit a count of two, both answers of each');
    });
  });
});
