// The route tables are the one list of ways into the bot: an activity handler registered the
// SDK's way, or an HTTP path served that the table does not list, is refused.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as restify from 'restify';
import { App, createApp } from '../../src/hosting/app';
import { HTTP_WAYS, checkHttpWays, servedWays } from '../../src/hosting/routes/http';
import { registerPanelCases } from '../../src/hosting/panel/cases';
import { testConfig } from '../support/config';
import { PROJECT_ROOT } from '../support/paths';

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sources(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

/** The SDK's ways to register an activity handler: its on… methods, and overriding its dispatch. */
const SDK_HANDLER =
  /\.on(Turn|Message|MessageUpdate|MessageDelete|ConversationUpdate|MembersAdded|MembersRemoved|MessageReaction|ReactionsAdded|ReactionsRemoved|Event|EndOfConversation|Typing|InstallationUpdate\w*|Command|CommandResult|TokenResponseEvent|Unrecognized\w*|Dialog|Teams\w+)\(|override\s+(async\s+)?(on\w+Activity|onInvokeActivity|handleTeams\w+|onAdaptiveCardInvoke|onSignInInvoke|onSearchInvoke|dispatch\w+)\b|extends\s+(Teams)?ActivityHandler(Base)?\b/;

describe('Route tables', () => {
  it('no activity handler is registered outside src/hosting/routes', () => {
    const outside = sources(path.join(PROJECT_ROOT, 'src'))
      .filter((f) => !f.includes(`${path.sep}hosting${path.sep}routes${path.sep}`))
      .filter((f) => SDK_HANDLER.test(fs.readFileSync(f, 'utf8')));
    assert.deepEqual(outside, []);
  });

  it("the source check would see a handler registered elsewhere (the pattern matches the SDK's forms)", () => {
    for (const line of [
      'bot.onMessage(async (c, next) => next());',
      'protected override async onInvokeActivity(context) {',
      'class X extends TeamsActivityHandler {',
    ])
      assert.match(line, SDK_HANDLER);
    assert.doesNotMatch('async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {', SDK_HANDLER, "a middleware's onTurn is no handler");
  });

  describe('HTTP', () => {
    let app: App | undefined;
    afterEach(async () => {
      await app?.close();
      app = undefined;
    });

    it('the app on its embedded defaults serves every listed path but the side panel’s My cases, and nothing else', async () => {
      app = createApp(testConfig());
      await app.listen();
      const served = servedWays(app.server).map((w) => `${w.method} ${w.path}`);
      const listed = HTTP_WAYS.map((w) => `${w.method} ${w.path}`);
      assert.deepEqual(
        served.filter((w) => !listed.includes(w)),
        [],
      );
      assert.deepEqual(
        listed.filter((w) => !served.includes(w)),
        ['GET /panel/cases.json'],
      );
    });

    it("the side panel's My cases (only with Teams' sign-in) is listed too", () => {
      const server = restify.createServer();
      registerPanelCases(server, { store: {} as never, verifier: {} as never, logger: { warn: () => undefined } as never });
      checkHttpWays(server);
      assert.deepEqual(servedWays(server), [{ method: 'GET', path: '/panel/cases.json' }]);
    });

    it('refuses a server with a path the table does not list, naming it', () => {
      const server = restify.createServer();
      server.get('/healthz', async (_req: restify.Request, res: restify.Response) => void res.send(200));
      checkHttpWays(server);
      server.post('/api/backdoor', async (_req: restify.Request, res: restify.Response) => void res.send(200));
      assert.throws(() => checkHttpWays(server), /POST \/api\/backdoor/);
    });
  });
});
