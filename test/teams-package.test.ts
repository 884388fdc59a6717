// The Teams app package: manifest template, language files, icons and scripts/package-app.ts.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { PROJECT_ROOT } from './support/paths';
import { describeErrors, SCHEMA_DIR, teamsLocalizationValidator, teamsManifestValidator } from './support/schemas';
import {
  applySignIn,
  assembleAppPackage,
  buildAppPackage,
  countNonWhitePixels,
  fillPlaceholders,
  loadEnvironment,
  localizableStrings,
  main,
  PackageConfig,
  PackageError,
  placeholderValues,
  readPackageVersion,
  resolveConfig,
  SIGN_IN_DOMAIN,
} from '../scripts/package-app';
import { renderColorIcon, renderOutlineIcon } from '../scripts/lib/icons';
import { decodePng, encodePng, readPngHeader, RgbaImage } from '../scripts/lib/png';
import { readSchema, TEAMS_LOCALIZATION_SCHEMA } from '../scripts/lib/schemas';
import { readZip } from '../scripts/lib/zip';

type JsonObject = Record<string, unknown>;

const MANIFEST_DIR = path.join(PROJECT_ROOT, 'manifest');
const BOT_ID = '0b0b0b0b-1111-4222-8333-444444444444';
const TEAMS_ID = '7ea7ea7e-5555-4666-8777-888888888888';
const DOMAIN = 'advisor-bot.tests.invalid';
const TEST_ENV = { MicrosoftAppId: BOT_ID, TEAMS_APP_ID: TEAMS_ID, BOT_DOMAIN: DOMAIN };
/** The sign-in app of the Partner Center actions (SSO_APP_ID), for the packages that have one. */
const SSO_ID = '5550a550-9999-4aaa-8bbb-cccccccccccc';

const LANGUAGES: Record<string, { file: string; script?: RegExp; partnerCenter: RegExp }> = {
  ru: { file: 'ru.json', script: /\p{Script=Cyrillic}/u, partnerCenter: /Центр\p{L}* партнеров/u },
  'zh-cn': { file: 'zh-cn.json', script: /\p{Script=Han}/u, partnerCenter: /合作伙伴中心/ },
  pt: { file: 'pt.json', partnerCenter: /Partner Center/ },
  hu: { file: 'hu.json', partnerCenter: /Partnerközpont/ },
};
const COMMANDS = ['help', 'restart', 'language', 'back', 'cancel', 'change', 'summary'];
const SCOPES = ['personal', 'groupChat', 'team'];
/** The scopes whose list holds the command words; the personal list holds conversation starters. */
const COMMAND_SCOPES = ['groupChat', 'team'];
/** Conversation starters (the personal list: Teams prompt starters and Copilot's starters). */
const STARTERS = 5;
const COMMAND_LIST_INDEXES = [1, 2];
/** Strings a translation may keep exactly as in English: product and program names. */
const SAME_IN_EVERY_LANGUAGE = new Set(['CSP', 'Partner Center', 'Microsoft Teams', 'Microsoft']);

function readJson(file: string): JsonObject {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as JsonObject;
}

const template = readJson(path.join(MANIFEST_DIR, 'manifest.json'));
const english = (key: string): unknown =>
  key
    .split(/\.|\[(\d+)\]/)
    .filter(Boolean)
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], template);

function testConfig(overrides: Record<string, string> = {}): PackageConfig {
  return resolveConfig({ ...TEST_ENV, ...overrides }, 'test', '1.4.2');
}

/** The manifest template filled as the package script fills it for this configuration. */
function filledTemplate(config: PackageConfig = testConfig()): JsonObject {
  return fillPlaceholders(applySignIn(template as never, config), placeholderValues(config), {}, 'manifest.json') as JsonObject;
}

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'teams-package-'));
  tempDirs.push(dir);
  return dir;
}
/** A copy of manifest/ that a test may change. */
function manifestCopy(): string {
  const dir = tempDir();
  fs.cpSync(MANIFEST_DIR, dir, { recursive: true });
  return dir;
}
after(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

function throwsPackageError(fn: () => unknown, pattern: RegExp): void {
  assert.throws(fn, (err: unknown) => {
    assert.ok(err instanceof PackageError, `expected a PackageError, got ${String(err)}`);
    assert.match(err.message, pattern);
    assert.ok(!err.message.includes('\n'), `message should be one line: ${err.message}`);
    return true;
  });
}

describe('Teams app manifest template', function () {
  this.timeout(20000);

  it('takes ids, domain, version and developer links from placeholders, never literally', () => {
    const text = fs.readFileSync(path.join(MANIFEST_DIR, 'manifest.json'), 'utf8');
    for (const name of ['TEAMS_APP_ID', 'MICROSOFT_APP_ID', 'BOT_DOMAIN', 'APP_VERSION', 'DEVELOPER_WEBSITE_URL', 'PRIVACY_URL', 'TERMS_URL', 'SSO_APP_ID']) {
      assert.ok(text.includes(`\${{${name}}}`), `manifest.json should use \${{${name}}}`);
    }
    for (const file of fs.readdirSync(MANIFEST_DIR).filter((f) => f.endsWith('.json'))) {
      const source = fs.readFileSync(path.join(MANIFEST_DIR, file), 'utf8');
      assert.doesNotMatch(source, /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i, `${file} has a literal GUID`);
    }
  });

  it('validates against the Teams manifest schema v1.30 once filled in', () => {
    const filled = filledTemplate();
    assert.ok(!JSON.stringify(filled).includes('${{'));
    const validate = teamsManifestValidator();
    assert.ok(validate(filled), describeErrors(validate));
    assert.equal(filled.id, TEAMS_ID);
    assert.equal((filled.bots as JsonObject[])[0]!.botId, BOT_ID);
    assert.deepEqual(filled.validDomains, [DOMAIN]);
    assert.equal(filled.version, '1.4.2');
  });

  it('names the sign-in app for Teams SSO and trusts the token service, from ${{SSO_APP_ID}}', () => {
    assert.deepEqual(template.webApplicationInfo, { id: '${{SSO_APP_ID}}', resource: 'api://botid-${{SSO_APP_ID}}' });
    assert.deepEqual(template.validDomains, ['${{BOT_DOMAIN}}', SIGN_IN_DOMAIN]);
    assert.equal(SIGN_IN_DOMAIN, 'token.botframework.com');
  });

  it('with a sign-in app, fills webApplicationInfo and validates against the schema', () => {
    const filled = filledTemplate(testConfig({ SSO_APP_ID: SSO_ID }));
    assert.ok(!JSON.stringify(filled).includes('${{'));
    const validate = teamsManifestValidator();
    assert.ok(validate(filled), describeErrors(validate));
    assert.deepEqual(filled.webApplicationInfo, { id: SSO_ID, resource: `api://botid-${SSO_ID}` });
    assert.deepEqual(filled.validDomains, [DOMAIN, 'token.botframework.com']);
  });

  it('without a sign-in app, leaves webApplicationInfo and the token service out, and changes nothing else', () => {
    const filled = filledTemplate();
    assert.equal('webApplicationInfo' in filled, false);
    assert.deepEqual(filled.validDomains, [DOMAIN]);
    const withSignIn = filledTemplate(testConfig({ SSO_APP_ID: SSO_ID }));
    delete withSignIn.webApplicationInfo;
    withSignIn.validDomains = (withSignIn.validDomains as string[]).filter((d) => d !== SIGN_IN_DOMAIN);
    assert.deepEqual(filled, withSignIn);
    // An empty or blank SSO_APP_ID is no sign-in app either; a filled template is left as it is.
    assert.equal(testConfig({ SSO_APP_ID: '  ' }).ssoAppId, undefined);
    assert.equal(applySignIn(template as never, { ssoAppId: SSO_ID }), template);
  });

  it('declares a conversational bot in personal, group chat and team scopes without files', () => {
    const bots = template.bots as JsonObject[];
    assert.equal(bots.length, 1);
    const bot = bots[0]!;
    assert.deepEqual([...(bot.scopes as string[])].sort(), [...SCOPES].sort());
    assert.equal(bot.supportsFiles, false);
    assert.notEqual(bot.isNotificationOnly, true);
  });

  it('lists every bot command (help, restart, language, back, cancel, change, summary) for group chats and teams, with short titles', () => {
    const lists = (template.bots as JsonObject[])[0]!.commandLists as { scopes: string[]; commands: { title: string; description?: string }[] }[];
    assert.deepEqual(lists.flatMap((l) => l.scopes).sort(), [...SCOPES].sort());
    const commandLists = lists.filter((l) => l.scopes.some((scope) => COMMAND_SCOPES.includes(scope)));
    assert.deepEqual(commandLists.flatMap((l) => l.scopes).sort(), [...COMMAND_SCOPES].sort());
    for (const list of commandLists) {
      assert.deepEqual(
        list.commands.map((c) => c.title),
        COMMANDS,
        `commands for ${list.scopes.join(', ')}`,
      );
      for (const c of list.commands) {
        assert.ok(c.title.length <= 32, `title "${c.title}" is too long for the command menu`);
        assert.ok(c.description && c.description.length >= 10 && c.description.length <= 128, `description of ${c.title}`);
      }
    }
  });

  it('offers 3 to 6 conversation starters in personal scope: situations a partner would type, not command words', () => {
    const lists = (template.bots as JsonObject[])[0]!.commandLists as {
      scopes: string[];
      commands: { title: string; description?: string; type?: string; prompt?: string }[];
    }[];
    const personal = lists.find((l) => l.scopes.includes('personal'))!;
    assert.deepEqual(personal.scopes, ['personal'], 'starters are for the personal scope (Copilot and the 1:1 chat) only');
    assert.equal(personal.commands.length, STARTERS);
    assert.ok(STARTERS >= 3 && STARTERS <= 6);
    for (const c of personal.commands) {
      assert.equal(c.type, 'prompt', `${c.title} puts its whole situation in the compose box`);
      assert.ok(c.prompt && c.prompt.length > c.title.length, `${c.title} has a situation to send`);
      assert.ok(!COMMANDS.includes(c.title.toLowerCase()) && !COMMANDS.includes(c.prompt.toLowerCase()), `${c.title} is a command word`);
      assert.ok(c.title.length <= 40, `title "${c.title}" is short enough to read as a starter`);
      assert.ok(c.description && c.description.length >= 10 && c.description.length <= 128, `description of ${c.title}`);
    }
  });

  it('declares the bot as a custom engine agent for Microsoft 365 Copilot', () => {
    const agents = (template.copilotAgents as { customEngineAgents?: { type: string; id: string }[] } | undefined)?.customEngineAgents;
    assert.deepEqual(agents, [{ type: 'bot', id: (template.bots as JsonObject[])[0]!.botId }]);
    assert.ok(((template.bots as JsonObject[])[0]!.scopes as string[]).includes('personal'), 'a custom engine agent needs the bot in personal scope');
    const filled = filledTemplate();
    assert.equal((filled.copilotAgents as { customEngineAgents: { id: string }[] }).customEngineAgents[0]!.id, BOT_ID);
  });

  it('describes the multi-channel check for CSP partners within the store limits', () => {
    const name = template.name as { short: string; full: string };
    const description = template.description as { short: string; full: string };
    assert.ok(name.short.length <= 30 && name.full.length <= 100);
    assert.ok(description.short.length <= 80);
    assert.match(description.short, /CSP/);
    assert.notEqual(description.full, description.short);
    for (const words of [/Cloud Solution Provider \(CSP\)/, /multi-channel/i, /Partner Center/, /21Vianet/, /Enterprise Agreement/, /links/, /Hungarian/]) {
      assert.match(description.full, words);
    }
  });

  it('has the side panel as a static tab: personal tab and meeting and call side panel, on the bot domain, with the locale and theme Teams fills in', () => {
    const filled = filledTemplate();
    const tabs = filled.staticTabs as JsonObject[];
    assert.equal(tabs.length, 1);
    const tab = tabs[0]!;
    assert.deepEqual([...(tab.context as string[])].sort(), ['meetingSidePanel', 'personalTab']);
    assert.ok((tab.scopes as string[]).includes('personal'));
    const url = new URL(String(tab.contentUrl));
    assert.equal(url.protocol, 'https:');
    assert.equal(url.host, DOMAIN);
    assert.equal(url.pathname, '/panel');
    // Teams replaces these placeholders itself; they stay literal in the package.
    assert.equal(url.searchParams.get('locale'), '{locale}');
    assert.equal(url.searchParams.get('theme'), '{theme}');
    assert.ok((filled.validDomains as string[]).includes(url.host));
    assert.ok(String(tab.name).length > 0 && String(tab.name).length <= 128);
  });

  it('localizes into ru, zh-cn, pt and hu with en-us as the default', () => {
    const info = template.localizationInfo as { defaultLanguageTag: string; additionalLanguages: { languageTag: string; file: string }[] };
    assert.equal(info.defaultLanguageTag, 'en-us');
    assert.deepEqual(
      info.additionalLanguages.map((l) => [l.languageTag, l.file]).sort(),
      Object.entries(LANGUAGES)
        .map(([tag, l]) => [tag, l.file])
        .sort(),
    );
  });
});

describe('Teams language files', function () {
  this.timeout(20000);
  const localizable = localizableStrings(template as never, readSchema(TEAMS_LOCALIZATION_SCHEMA, SCHEMA_DIR));

  it('need every name, description and command string of the manifest', () => {
    const keys = [...localizable.keys()];
    for (const key of ['name.short', 'name.full', 'description.short', 'description.full']) assert.ok(keys.includes(key), key);
    for (let list = 0; list < SCOPES.length; list++) {
      for (let command = 0; command < COMMANDS.length; command++) {
        for (const field of ['title', 'description']) {
          const key = `bots[0].commandLists[${list}].commands[${command}].${field}`;
          if (list === 0 && command >= STARTERS) assert.ok(!keys.includes(key), key);
          else assert.ok(keys.includes(key), key);
        }
      }
    }
    for (let starter = 0; starter < STARTERS; starter++) assert.ok(keys.includes(`bots[0].commandLists[0].commands[${starter}].prompt`), `starter ${starter}`);
    // The search command: its title and description, and its one parameter's.
    for (const key of ['title', 'description', 'parameters[0].title', 'parameters[0].description']) {
      assert.ok(keys.includes(`composeExtensions[0].commands[0].${key}`), key);
    }
    // The side panel's static tab: its name.
    assert.ok(keys.includes('staticTabs[0].name'), 'staticTabs[0].name');
    assert.equal(keys.length, 4 + COMMAND_SCOPES.length * COMMANDS.length * 2 + STARTERS * 3 + 4 + 1);
  });

  for (const [tag, lang] of Object.entries(LANGUAGES)) {
    describe(`${lang.file} (${tag})`, () => {
      const doc = readJson(path.join(MANIFEST_DIR, lang.file));
      const strings = Object.entries(doc).filter(([k]) => k !== '$schema') as [string, string][];

      it('validates against the Teams localization schema v1.30', () => {
        const validate = teamsLocalizationValidator();
        assert.ok(validate(doc), describeErrors(validate));
      });

      it('has exactly the localizable keys of the manifest', () => {
        assert.deepEqual(strings.map(([k]) => k).sort(), [...localizable.keys()].sort());
      });

      it('translates every string (nothing left in English but product names)', () => {
        for (const [key, text] of strings) {
          assert.ok(text.trim().length > 0, `${key} is empty`);
          if (text === english(key)) assert.ok(SAME_IN_EVERY_LANGUAGE.has(text), `${key} is still English: "${text}"`);
          if (lang.script && key.endsWith('.title')) assert.match(text, lang.script, `${key} "${text}"`);
        }
      });

      it('uses the same command words in every scope, each one distinct', () => {
        const titles = (list: number): string[] => COMMANDS.map((_, i) => doc[`bots[0].commandLists[${list}].commands[${i}].title`] as string);
        const [first, ...others] = COMMAND_LIST_INDEXES;
        for (const list of others) assert.deepEqual(titles(list), titles(first!));
        assert.equal(new Set(titles(first!).map((t) => t.toLowerCase())).size, COMMANDS.length);
      });

      it("names Partner Center as Microsoft does in this language and mentions the commands' words", () => {
        const full = doc['description.full'] as string;
        assert.match(full, lang.partnerCenter);
        assert.match(full, /CSP/);
        for (const i of [0, 1, 3])
          assert.ok(full.includes(doc[`bots[0].commandLists[${COMMAND_LIST_INDEXES[0]}].commands[${i}].title`] as string), `command ${COMMANDS[i]}`);
      });
    });
  }
});

describe('Teams app icons', function () {
  this.timeout(30000);
  const color = fs.readFileSync(path.join(MANIFEST_DIR, 'color.png'));
  const outline = fs.readFileSync(path.join(MANIFEST_DIR, 'outline.png'));

  it('color.png is a 192×192 full-colour PNG', () => {
    assert.deepEqual(color.subarray(0, 8), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const header = readPngHeader(color);
    assert.equal(header.width, 192);
    assert.equal(header.height, 192);
    const image = decodePng(color);
    const colours = new Set<string>();
    let opaque = 0;
    for (let o = 0; o < image.data.length; o += 4) {
      if (image.data[o + 3] !== 255) continue;
      opaque++;
      colours.add(`${image.data[o]! >> 5},${image.data[o + 1]! >> 5},${image.data[o + 2]! >> 5}`);
    }
    assert.ok(opaque > 192 * 192 * 0.8, 'mostly opaque tile');
    assert.ok(colours.size >= 6, `only ${colours.size} colours`);
  });

  it('outline.png is 32×32, white on fully transparent', () => {
    const header = readPngHeader(outline);
    assert.deepEqual([header.width, header.height], [32, 32]);
    const image = decodePng(outline);
    assert.equal(countNonWhitePixels(image.data), 0);
    const alphas = [...image.data.filter((_, i) => i % 4 === 3)];
    assert.ok(alphas.filter((a) => a === 255).length > 60, 'has a visible white shape');
    assert.ok(alphas.filter((a) => a === 0).length > 300, 'has a transparent background');
    for (const corner of [0, 31, 32 * 31, 32 * 32 - 1]) assert.equal(image.data[corner * 4 + 3], 0, 'corners are transparent');
    for (let o = 0; o < image.data.length; o += 4) {
      assert.deepEqual([...image.data.subarray(o, o + 3)], [255, 255, 255], 'only white and alpha');
    }
  });

  it('are what scripts/make-icons.ts draws (run it after changing the design)', () => {
    // Allow ±1 per channel so a different floating-point library cannot make this flaky.
    const maxDifference = (a: Uint8Array, b: Uint8Array): number => {
      assert.equal(a.length, b.length);
      let max = 0;
      for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i]! - b[i]!));
      return max;
    };
    assert.ok(maxDifference(decodePng(color).data, renderColorIcon().data) <= 1, 'manifest/color.png is stale: run the icons script');
    assert.ok(maxDifference(decodePng(outline).data, renderOutlineIcon().data) <= 1, 'manifest/outline.png is stale: run the icons script');
  });

  it('PNG encoder round-trips arbitrary RGBA pixels', () => {
    const image: RgbaImage = { width: 7, height: 5, data: new Uint8Array(7 * 5 * 4) };
    for (let i = 0; i < image.data.length; i++) image.data[i] = (i * 97 + (i >> 3) * 31) & 0xff;
    const back = decodePng(encodePng(image));
    assert.deepEqual([back.width, back.height], [7, 5]);
    assert.deepEqual(Buffer.from(back.data), Buffer.from(image.data));
  });
});

describe('scripts/package-app', function () {
  this.timeout(60000);

  describe('configuration', () => {
    it('reads .env, lets .env.<name> override it and the process environment override both', () => {
      const cwd = tempDir();
      fs.writeFileSync(path.join(cwd, '.env'), `MicrosoftAppId=${BOT_ID}\nBOT_DOMAIN=base.tests.invalid\nDEVELOPER_NAME=Base\n`);
      fs.writeFileSync(path.join(cwd, '.env.staging'), 'BOT_DOMAIN=staging.tests.invalid\nDEVELOPER_NAME=Staging\n');
      const { env, files } = loadEnvironment('staging', cwd, { DEVELOPER_NAME: 'From process' });
      assert.equal(files.length, 2);
      const config = resolveConfig(env, 'staging', '2.0.0');
      assert.equal(config.botDomain, 'staging.tests.invalid');
      assert.equal(config.developerName, 'From process');
      assert.equal(config.teamsAppId, BOT_ID, 'TEAMS_APP_ID defaults to MicrosoftAppId');
      assert.equal(config.appVersion, '2.0.0');
      assert.equal(config.privacyUrl, 'https://staging.tests.invalid/privacy');
      assert.equal(config.termsUrl, 'https://staging.tests.invalid/terms');
      assert.equal(config.developerWebsiteUrl, 'https://staging.tests.invalid/');
    });

    it('defaults the app version to package.json', () => {
      assert.equal(resolveConfig(TEST_ENV, 'test').appVersion, readPackageVersion());
      assert.equal(resolveConfig({ ...TEST_ENV, APP_VERSION: '3.1.4' }, 'test').appVersion, '3.1.4');
    });

    const bad: [string, Record<string, string | undefined>, RegExp][] = [
      ['missing MicrosoftAppId', { MicrosoftAppId: undefined }, /^MicrosoftAppId is not set/],
      ['blank MicrosoftAppId', { MicrosoftAppId: '  ' }, /^MicrosoftAppId is not set/],
      ['MicrosoftAppId not a GUID', { MicrosoftAppId: 'my-bot' }, /^MicrosoftAppId must be a GUID .*"my-bot"/],
      ['TEAMS_APP_ID not a GUID', { TEAMS_APP_ID: '1234' }, /^TEAMS_APP_ID must be a GUID/],
      ['missing BOT_DOMAIN', { BOT_DOMAIN: undefined }, /^BOT_DOMAIN is not set/],
      ['BOT_DOMAIN with a scheme', { BOT_DOMAIN: 'https://bot.tests.invalid' }, /^BOT_DOMAIN must be a bare host name/],
      ['BOT_DOMAIN with a path', { BOT_DOMAIN: 'bot.tests.invalid/api/messages' }, /^BOT_DOMAIN must be a bare host name/],
      ['BOT_DOMAIN not a host', { BOT_DOMAIN: 'bot_tests' }, /^BOT_DOMAIN is not a valid public host name/],
      ['PRIVACY_URL over http', { PRIVACY_URL: 'http://bot.tests.invalid/privacy' }, /^PRIVACY_URL must be an https:\/\/ URL/],
      ['TERMS_URL not a URL', { TERMS_URL: 'terms' }, /^TERMS_URL must be an https:\/\/ URL/],
      ['APP_VERSION not x.y.z', { APP_VERSION: '1.2' }, /^APP_VERSION must be major\.minor\.patch/],
      ['DEVELOPER_NAME too long', { DEVELOPER_NAME: 'x'.repeat(33) }, /^DEVELOPER_NAME must be at most 32/],
      ['SSO_APP_ID not a GUID', { SSO_APP_ID: 'botid-1234' }, /^SSO_APP_ID must be a GUID .*"botid-1234"/],
    ];
    for (const [what, change, pattern] of bad) {
      it(`rejects ${what} with one clear line`, () => {
        throwsPackageError(() => resolveConfig({ ...TEST_ENV, ...change }, 'test', '1.0.0'), pattern);
      });
    }

    it('rejects an unknown placeholder, naming it', () => {
      throwsPackageError(
        () => fillPlaceholders({ a: 'x ${{SEARCH_ENDPOINT}}' }, {}, {}, 'manifest/manifest.json'),
        /\$\{\{SEARCH_ENDPOINT\}\}, but SEARCH_ENDPOINT is not set/,
      );
      assert.deepEqual(fillPlaceholders({ a: 'x ${{SEARCH_ENDPOINT}}' }, {}, { SEARCH_ENDPOINT: 'y' }, 'm'), { a: 'x y' });
    });
  });

  describe('building the zip', () => {
    let out: string;
    let entries: Map<string, Buffer>;

    before(async () => {
      out = tempDir();
      const result = await buildAppPackage({ envName: 'test', cwd: tempDir(), processEnv: TEST_ENV, outDir: out, schemaDir: SCHEMA_DIR });
      assert.equal(result.zipPath, path.join(out, 'appPackage.test.zip'));
      entries = new Map((await readZip(fs.readFileSync(result.zipPath))).map((e) => [e.name, e.data]));
    });

    it('contains exactly manifest.json, the two icons and the four language files', () => {
      assert.deepEqual([...entries.keys()].sort(), ['color.png', 'hu.json', 'manifest.json', 'outline.png', 'pt.json', 'ru.json', 'zh-cn.json']);
    });

    it('has the test ids and domain in its manifest and no placeholder left anywhere', () => {
      const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8')) as JsonObject;
      assert.equal(manifest.id, TEAMS_ID);
      assert.equal((manifest.bots as JsonObject[])[0]!.botId, BOT_ID);
      assert.deepEqual(manifest.validDomains, [DOMAIN]);
      assert.equal((manifest.developer as JsonObject).privacyUrl, `https://${DOMAIN}/privacy`);
      assert.equal(manifest.version, readPackageVersion());
      for (const [name, data] of entries) {
        if (name.endsWith('.json')) assert.ok(!data.toString('utf8').includes('${{'), `${name} has a placeholder left`);
      }
      const validate = teamsManifestValidator();
      assert.ok(validate(manifest), describeErrors(validate));
      assert.equal('webApplicationInfo' in manifest, false, 'no sign-in app, no webApplicationInfo');
    });

    it('names the sign-in app when SSO_APP_ID is set (in a .env file too), and still validates', async () => {
      const cwd = tempDir();
      fs.writeFileSync(path.join(cwd, '.env.test'), `SSO_APP_ID=${SSO_ID}\n`);
      const outDir = tempDir();
      const logs: string[] = [];
      const env = { ...TEST_ENV, ...(SCHEMA_DIR ? { SCHEMA_DIR } : {}) };
      assert.equal(await main(['--env', 'test', '--out', outDir], { cwd, env, log: (l) => logs.push(l), error: (l) => logs.push(l) }), 0, logs.join('\n'));
      assert.match(logs.join('\n'), new RegExp(`sign-in app ${SSO_ID}`));
      const built = new Map((await readZip(fs.readFileSync(path.join(outDir, 'appPackage.test.zip')))).map((e) => [e.name, e.data]));
      const manifest = JSON.parse(built.get('manifest.json')!.toString('utf8')) as JsonObject;
      assert.deepEqual(manifest.webApplicationInfo, { id: SSO_ID, resource: `api://botid-${SSO_ID}` });
      assert.deepEqual(manifest.validDomains, [DOMAIN, 'token.botframework.com']);
      const validate = teamsManifestValidator();
      assert.ok(validate(manifest), describeErrors(validate));
      // The same package otherwise: only the sign-in parts differ.
      const without = JSON.parse(entries.get('manifest.json')!.toString('utf8')) as JsonObject;
      assert.deepEqual(applySignIn(manifest as never, {}), without);
    });

    it('carries the icons and language files unchanged in content', () => {
      for (const icon of ['color.png', 'outline.png']) assert.ok(entries.get(icon)!.equals(fs.readFileSync(path.join(MANIFEST_DIR, icon))), icon);
      for (const { file } of Object.values(LANGUAGES)) {
        assert.deepEqual(JSON.parse(entries.get(file)!.toString('utf8')), readJson(path.join(MANIFEST_DIR, file)), file);
      }
    });
  });

  describe('checks of the sources', () => {
    const assemble = (dir: string) => () => assembleAppPackage(testConfig(), { manifestDir: dir, schemaDir: SCHEMA_DIR });

    it('fails on a manifest that breaks the schema, saying where', () => {
      const dir = manifestCopy();
      const manifest = readJson(path.join(dir, 'manifest.json'));
      (manifest.name as JsonObject).short = 'A name much longer than thirty characters';
      fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
      throwsPackageError(assemble(dir), /^manifest\.json does not match the Teams manifest schema v1\.30: \/name\/short/);
    });

    it('fails on a language file that breaks the localization schema', () => {
      const dir = manifestCopy();
      const ru = readJson(path.join(dir, 'ru.json'));
      ru['name.short'] = 'Слишком длинное название для магазина';
      fs.writeFileSync(path.join(dir, 'ru.json'), JSON.stringify(ru));
      throwsPackageError(assemble(dir), /^manifest\/ru\.json does not match the Teams localization schema/);
    });

    it('requires a translation for every manifest string, such as the search command', () => {
      const dir = manifestCopy();
      const keys = [
        'composeExtensions[0].commands[0].title',
        'composeExtensions[0].commands[0].description',
        'composeExtensions[0].commands[0].parameters[0].title',
      ];
      const saved = new Map<string, JsonObject>();
      for (const { file } of Object.values(LANGUAGES)) {
        const doc = readJson(path.join(dir, file));
        saved.set(file, { ...doc });
        for (const key of keys) delete doc[key];
        fs.writeFileSync(path.join(dir, file), JSON.stringify(doc));
      }
      throwsPackageError(
        assemble(dir),
        /^manifest\/\S+\.json lacks translations for composeExtensions\[0\]\.commands\[0\]\.title, composeExtensions\[0\]\.commands\[0\]\.description, composeExtensions\[0\]\.commands\[0\]\.parameters\[0\]\.title/,
      );

      for (const [file, doc] of saved) fs.writeFileSync(path.join(dir, file), JSON.stringify(doc));
      const built = assembleAppPackage(testConfig(), { manifestDir: dir, schemaDir: SCHEMA_DIR });
      assert.equal(((built.manifest.composeExtensions as JsonObject[])[0] as JsonObject).botId, BOT_ID);
    });

    it('rejects stale keys in a language file', () => {
      const dir = manifestCopy();
      const hu = readJson(path.join(dir, 'hu.json'));
      hu['bots[0].commandLists[0].commands[9].title'] = 'régi';
      fs.writeFileSync(path.join(dir, 'hu.json'), JSON.stringify(hu));
      throwsPackageError(assemble(dir), /^manifest\/hu\.json has keys that manifest\.json does not have: bots\[0\]\.commandLists\[0\]\.commands\[9\]\.title/);
    });

    it('rejects icons of the wrong size and a coloured outline icon', () => {
      const dir = manifestCopy();
      const square = (size: number, rgba: [number, number, number, number]): Buffer =>
        encodePng({ width: size, height: size, data: new Uint8Array(size * size * 4).map((_, i) => rgba[i % 4]!) });
      fs.writeFileSync(path.join(dir, 'outline.png'), square(48, [255, 255, 255, 255]));
      throwsPackageError(assemble(dir), /^manifest\/outline\.png \(outline icon\) must be 32x32 pixels, not 48x48/);
      fs.writeFileSync(path.join(dir, 'outline.png'), square(32, [0, 120, 212, 255]));
      throwsPackageError(assemble(dir), /^manifest\/outline\.png \(outline icon\) must be white on transparent/);
      fs.copyFileSync(path.join(MANIFEST_DIR, 'outline.png'), path.join(dir, 'outline.png'));
      fs.writeFileSync(path.join(dir, 'color.png'), square(96, [0, 120, 212, 255]));
      throwsPackageError(assemble(dir), /^manifest\/color\.png \(color icon\) must be 192x192 pixels/);
    });
  });

  describe('command line', () => {
    it('main() reports a missing MicrosoftAppId in one line and returns 1', async () => {
      const cwd = tempDir();
      fs.writeFileSync(path.join(cwd, '.env'), `BOT_DOMAIN=${DOMAIN}\n`);
      const errors: string[] = [];
      const logs: string[] = [];
      const code = await main([], { cwd, env: {}, log: (l) => logs.push(l), error: (l) => errors.push(l) });
      assert.equal(code, 1);
      assert.deepEqual(logs, []);
      assert.equal(errors.length, 1);
      assert.match(errors[0]!, /^package-app: MicrosoftAppId is not set: add the bot's Microsoft App ID \(a GUID\) to \.env, \.env\.local or the environment$/);
    });

    it('main() rejects unknown arguments', async () => {
      const errors: string[] = [];
      assert.equal(await main(['--evn', 'dev'], { cwd: tempDir(), env: {}, error: (l) => errors.push(l) }), 1);
      assert.match(errors.join('\n'), /^package-app: unknown argument "--evn"/);
    });

    it('exits with code 1 and a single line, without a stack trace, when MicrosoftAppId is missing', () => {
      const cwd = tempDir();
      fs.writeFileSync(path.join(cwd, '.env'), `BOT_DOMAIN=${DOMAIN}\n`);
      fs.writeFileSync(path.join(cwd, '.env.dev'), 'TEAMS_APP_ID=\n');
      // Run the script the way this test runs: compiled next to it, or from TypeScript through tsx.
      const compiled = path.join(__dirname, '..', 'scripts', 'package-app.js');
      const command =
        __filename.endsWith('.js') && fs.existsSync(compiled)
          ? [compiled]
          : ['--import', pathToFileURL(require.resolve('tsx')).href, path.join(PROJECT_ROOT, 'scripts', 'package-app.ts')];
      const run = spawnSync(process.execPath, [...command, '--env', 'dev'], {
        cwd,
        env: { PATH: process.env.PATH ?? '', ...(SCHEMA_DIR ? { SCHEMA_DIR } : {}) },
        encoding: 'utf8',
        timeout: 45000,
      });
      assert.equal(run.error, undefined);
      assert.equal(run.status, 1, `exit code; stderr: ${run.stderr}`);
      assert.equal(run.stdout, '');
      const lines = run.stderr.trim().split('\n');
      assert.equal(lines.length, 1, `one line expected:\n${run.stderr}`);
      assert.match(lines[0]!, /^package-app: MicrosoftAppId is not set: .*\.env\.dev/);
      assert.doesNotMatch(run.stderr, /\n\s+at /);
      assert.ok(!fs.existsSync(path.join(cwd, 'build')));
    });
  });
});
