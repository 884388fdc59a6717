// Builds the Teams app package (manifest.json, icons, language files) from the sources in manifest/.
//
// The manifest and language files are templates: every `${{NAME}}` in a string is replaced at
// package time. The known names are computed from the environment (see resolveConfig); any other
// name is taken from an environment variable of the same name, so new manifest sections (for
// example a composeExtensions search command with "botId": "${{MICROSOFT_APP_ID}}") need no change
// here. What goes into the zip is derived from the manifest itself (its icons and
// localizationInfo), and the keys every language file must translate are derived from the
// manifest and the official Localization schema, so a new command or compose extension
// is checked in every language automatically.
import * as fs from 'fs';
import * as path from 'path';
import { parse as parseDotenv } from 'dotenv';
import { describeErrors, readSchema, TEAMS_LOCALIZATION_SCHEMA, teamsLocalizationValidator, teamsManifestValidator } from './schemas';
import { BUILD_DIR, MANIFEST_DIR, PROJECT_ROOT, schemaDir as defaultSchemaDir } from './paths';
import { decodePng, readPngHeader } from './png';
import { readZip, writeZipFile, ZipEntry } from './zip';

/** A problem the person running the script can fix; its message is one line, shown without a stack. */
export class PackageError extends Error {
  override readonly name = 'PackageError';
}

export const DEFAULT_ENV_NAME = 'local';
export const DEFAULT_DEVELOPER_NAME = 'Multi-channel Advisor';
export const MANIFEST_FILE = 'manifest.json';
/** The template without sign-in, for `atk package` on a clone with no sign-in app (see applySignIn). */
export const NO_SIGN_IN_MANIFEST_FILE = 'manifest.no-sign-in.json';

/** Icon slots of the manifest and the pixel size Teams requires for each. */
export const ICON_SIZES: Readonly<Record<string, number>> = { color: 192, outline: 32, color32x32: 32 };

type Env = Record<string, string | undefined>;
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Values that fill the manifest template. */
export interface PackageConfig {
  envName: string;
  /** The bot's Microsoft App ID (MicrosoftAppId). */
  botAppId: string;
  /** The Teams app id (TEAMS_APP_ID, default the bot id). */
  teamsAppId: string;
  /** Host name of the bot's endpoint (BOT_DOMAIN), lower case, without scheme. */
  botDomain: string;
  appVersion: string;
  developerName: string;
  developerWebsiteUrl: string;
  privacyUrl: string;
  termsUrl: string;
  /**
   * Client id of the sign-in app of the Partner Center actions (SSO_APP_ID). Absent: the
   * deployment has no sign-in, and the package leaves out what only sign-in needs (see
   * applySignIn).
   */
  ssoAppId?: string;
}

// ---------------------------------------------------------------------------------------------
// Environment

const ENV_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/;
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const HOST_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

export interface LoadedEnvironment {
  /** Merged values: the process environment over `.env.<name>` over `.env`. */
  env: Env;
  /** The env files that were found and read. */
  files: string[];
}

/**
 * Reads `.env` and `.env.<envName>` from `cwd` with dotenv (the second overriding the first) and
 * lays the process environment over both, so CI secrets and one-off overrides win over files.
 * Nothing is written to process.env.
 */
export function loadEnvironment(envName: string, cwd: string = process.cwd(), processEnv: Env = process.env): LoadedEnvironment {
  if (!ENV_NAME.test(envName)) {
    throw new PackageError(`bad environment name "${envName}": use letters, digits, "-" or "_" (it names .env.<name> and the zip)`);
  }
  const merged: Env = {};
  const files: string[] = [];
  for (const file of ['.env', `.env.${envName}`]) {
    const full = path.join(cwd, file);
    if (!fs.existsSync(full)) continue;
    Object.assign(merged, parseDotenv(fs.readFileSync(full)));
    files.push(full);
  }
  for (const [key, value] of Object.entries(processEnv)) {
    if (value !== undefined) merged[key] = value;
  }
  return { env: merged, files };
}

function value(env: Env, name: string): string | undefined {
  const v = env[name]?.trim();
  return v ? v : undefined;
}

function checkGuid(name: string, v: string): string {
  if (!GUID.test(v)) throw new PackageError(`${name} must be a GUID like 00000000-0000-0000-0000-000000000000 (got "${v}")`);
  return v;
}

function isHostName(host: string): boolean {
  if (host.length > 253) return false;
  const labels = host.split('.');
  // At least two labels, and a top-level label that starts with a letter (so not an IP address).
  return labels.length >= 2 && labels.every((l) => HOST_LABEL.test(l)) && /^[a-z]/.test(labels[labels.length - 1]!);
}

function checkHost(name: string, raw: string): string {
  const host = raw.toLowerCase().replace(/\.$/, '');
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(host) || /[/:?#@\s]/.test(host)) {
    throw new PackageError(`${name} must be a bare host name, without scheme, port or path (got "${raw}")`);
  }
  if (!isHostName(host)) throw new PackageError(`${name} is not a valid public host name (got "${raw}")`);
  return host;
}

function checkHttpsUrl(name: string, raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new PackageError(`${name} must be an https:// URL (got "${raw}")`);
  }
  if (url.protocol !== 'https:') throw new PackageError(`${name} must be an https:// URL (got "${raw}")`);
  if (!isHostName(url.hostname)) throw new PackageError(`${name} must point to a public host name (got "${raw}")`);
  if (raw.length > 2048) throw new PackageError(`${name} is longer than 2048 characters`);
  return raw;
}

export function readPackageVersion(root: string = PROJECT_ROOT): string | undefined {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : undefined;
  } catch {
    return undefined;
  }
}

/** Checks the variables and derives the defaults; throws a PackageError naming the first bad one. */
export function resolveConfig(env: Env, envName: string = DEFAULT_ENV_NAME, packageVersion: string | undefined = readPackageVersion()): PackageConfig {
  const where = `.env, .env.${envName}`;
  const appId = value(env, 'MicrosoftAppId');
  if (!appId) throw new PackageError(`MicrosoftAppId is not set: add the bot's Microsoft App ID (a GUID) to ${where} or the environment`);
  const botAppId = checkGuid('MicrosoftAppId', appId);
  const teamsId = value(env, 'TEAMS_APP_ID');
  const teamsAppId = teamsId ? checkGuid('TEAMS_APP_ID', teamsId) : botAppId;

  const domain = value(env, 'BOT_DOMAIN');
  if (!domain) throw new PackageError(`BOT_DOMAIN is not set: add the host name of the bot's endpoint (no https://) to ${where} or the environment`);
  const botDomain = checkHost('BOT_DOMAIN', domain);

  const explicitVersion = value(env, 'APP_VERSION');
  const appVersion = explicitVersion ?? packageVersion;
  if (!appVersion) throw new PackageError('APP_VERSION is not set and package.json has no version');
  if (!VERSION.test(appVersion)) {
    throw new PackageError(
      explicitVersion
        ? `APP_VERSION must be major.minor.patch, like 1.2.3 (got "${appVersion}")`
        : `package.json version "${appVersion}" is not major.minor.patch; set APP_VERSION, like 1.2.3`,
    );
  }

  const developerName = value(env, 'DEVELOPER_NAME') ?? DEFAULT_DEVELOPER_NAME;
  if (developerName.length > 32) throw new PackageError(`DEVELOPER_NAME must be at most 32 characters (got ${developerName.length})`);

  const url = (name: string, fallback: string): string => checkHttpsUrl(name, value(env, name) ?? fallback);
  const sso = value(env, 'SSO_APP_ID');
  return {
    envName,
    botAppId,
    teamsAppId,
    botDomain,
    appVersion,
    developerName,
    developerWebsiteUrl: url('DEVELOPER_WEBSITE_URL', `https://${botDomain}/`),
    privacyUrl: url('PRIVACY_URL', `https://${botDomain}/privacy`),
    termsUrl: url('TERMS_URL', `https://${botDomain}/terms`),
    ...(sso ? { ssoAppId: checkGuid('SSO_APP_ID', sso) } : {}),
  };
}

/** The `${{NAME}}` values the manifest template may use besides plain environment variables. */
export function placeholderValues(config: PackageConfig): Record<string, string> {
  return {
    TEAMS_APP_ID: config.teamsAppId,
    MICROSOFT_APP_ID: config.botAppId,
    BOT_DOMAIN: config.botDomain,
    APP_VERSION: config.appVersion,
    DEVELOPER_NAME: config.developerName,
    DEVELOPER_WEBSITE_URL: config.developerWebsiteUrl,
    PRIVACY_URL: config.privacyUrl,
    TERMS_URL: config.termsUrl,
    ...(config.ssoAppId ? { SSO_APP_ID: config.ssoAppId } : {}),
  };
}

/** The Bot Framework token service, which the sign-in card falls back to when Teams SSO cannot be used. */
export const SIGN_IN_DOMAIN = 'token.botframework.com';

/**
 * The manifest template as this deployment needs it. With a sign-in app (SSO_APP_ID) it is the
 * template as it is. Without one, the parts only sign-in needs are left out: webApplicationInfo
 * (the app whose token Teams SSO asks for, which would otherwise name an empty id) and the token
 * service's domain. The Agents Toolkit has no such switch (it refuses an empty ${{SSO_APP_ID}}), so
 * manifest/manifest.no-sign-in.json holds this function's result for `atk package` on a clone without
 * a sign-in app (writeNoSignInTemplate); test/deploy/toolkit.test.ts keeps the two in step.
 */
export function applySignIn<T extends Json>(template: T, config: Pick<PackageConfig, 'ssoAppId'>): T {
  if (config.ssoAppId || !template || typeof template !== 'object' || Array.isArray(template)) return template;
  const { webApplicationInfo: _signIn, ...rest } = template as JsonObject;
  if (Array.isArray(rest.validDomains)) rest.validDomains = rest.validDomains.filter((d) => d !== SIGN_IN_DOMAIN);
  return rest as T;
}

/** Writes manifest.no-sign-in.json from manifest.json as applySignIn leaves it without a sign-in app; returns its path. */
export function writeNoSignInTemplate(manifestDir: string = MANIFEST_DIR): string {
  const template = readJson(path.join(manifestDir, MANIFEST_FILE), `manifest/${MANIFEST_FILE}`);
  const file = path.join(manifestDir, NO_SIGN_IN_MANIFEST_FILE);
  fs.writeFileSync(file, JSON.stringify(applySignIn(template, {}), null, 2) + '\n', 'utf8');
  return file;
}

// ---------------------------------------------------------------------------------------------
// Templates

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** Replaces `${{NAME}}` in every string of a parsed JSON document (keys included). */
export function fillPlaceholders<T extends Json>(doc: T, values: Record<string, string>, env: Env, file: string): T {
  const fill = (s: string): string => {
    const out = s.replace(PLACEHOLDER, (_, name: string) => {
      const v = values[name] ?? value(env, name);
      if (v === undefined) throw new PackageError(`${file} uses \${{${name}}}, but ${name} is not set`);
      return v;
    });
    if (out.includes('${{')) throw new PackageError(`${file} has a malformed placeholder in "${s}"`);
    return out;
  };
  const walk = (node: Json): Json => {
    if (typeof node === 'string') return fill(node);
    if (Array.isArray(node)) return node.map(walk);
    if (node && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [fill(k), walk(v)]));
    }
    return node;
  };
  return walk(doc) as T;
}

function readJson(file: string, label: string): JsonObject {
  if (!fs.existsSync(file)) throw new PackageError(`${label} not found`);
  try {
    const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as Json;
    if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw new Error('not a JSON object');
    return doc;
  } catch (err) {
    throw new PackageError(`${label} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** Every string leaf of a JSON document, keyed the way Teams localization files key them: `a.b[0].c`. */
export function flattenStrings(doc: Json, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (node: Json, at: string): void => {
    if (typeof node === 'string') out.set(at, node);
    else if (Array.isArray(node)) node.forEach((v, i) => walk(v, `${at}[${i}]`));
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) walk(v, at ? `${at}.${k}` : k);
    }
  };
  walk(doc, prefix);
  return out;
}

/** Keys a localization file can hold that are not manifest strings. */
const NON_STRING_KEYS = new Set(['$schema', 'localizationKeys']);

/**
 * The manifest strings a language file must translate: every string of the manifest template whose
 * key the official Localization schema accepts (names, descriptions, command titles and
 * descriptions, compose extension texts…), except values that are only placeholders.
 */
export function localizableStrings(template: JsonObject, localizationSchema: Record<string, unknown>): Map<string, string> {
  const named = Object.keys((localizationSchema.properties ?? {}) as object).filter((k) => !NON_STRING_KEYS.has(k));
  const patterns = Object.keys((localizationSchema.patternProperties ?? {}) as object).map((p) => new RegExp(p));
  const out = new Map<string, string>();
  for (const [key, text] of flattenStrings(template)) {
    if (text.replace(PLACEHOLDER, '').trim() === '') continue;
    if (named.includes(key) || patterns.some((p) => p.test(key))) out.set(key, text);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Checks

function schemaFailure(label: string, schemaName: string, validate: Parameters<typeof describeErrors>[0]): PackageError {
  const lines = describeErrors(validate).split('\n').filter(Boolean);
  const shown = lines.slice(0, 5).join('; ');
  const more = lines.length > 5 ? ` (and ${lines.length - 5} more)` : '';
  return new PackageError(`${label} does not match the ${schemaName}: ${shown}${more}`);
}

/** A file named by the manifest must sit directly in the package: no folders, no "..". */
function packageFileName(name: Json | undefined, what: string): string {
  if (typeof name !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name) || name === MANIFEST_FILE) {
    throw new PackageError(`manifest.json ${what} must be a plain file name in manifest/ (got ${JSON.stringify(name)})`);
  }
  return name;
}

/** Checks an icon's size, and for the outline icon that it is white on transparent. */
export function checkIcon(slot: string, file: string, png: Buffer): void {
  let header;
  try {
    header = readPngHeader(png);
  } catch (err) {
    throw new PackageError(`${file} (${slot} icon) is not a valid PNG: ${err instanceof Error ? err.message : String(err)}`);
  }
  const size = ICON_SIZES[slot];
  if (size !== undefined && (header.width !== size || header.height !== size)) {
    throw new PackageError(`${file} (${slot} icon) must be ${size}x${size} pixels, not ${header.width}x${header.height}`);
  }
  if (slot === 'outline') {
    let image;
    try {
      image = decodePng(png);
    } catch (err) {
      throw new PackageError(`${file} (outline icon) cannot be checked: ${err instanceof Error ? err.message : String(err)}`);
    }
    const bad = countNonWhitePixels(image.data);
    if (bad > 0) throw new PackageError(`${file} (outline icon) must be white on transparent; ${bad} pixels are visible and not white`);
  }
}

/** Number of pixels that are at least partly opaque but not pure white. */
export function countNonWhitePixels(rgba: Uint8Array): number {
  let bad = 0;
  for (let o = 0; o < rgba.length; o += 4) {
    if (rgba[o + 3]! > 0 && (rgba[o] !== 255 || rgba[o + 1] !== 255 || rgba[o + 2] !== 255)) bad++;
  }
  return bad;
}

// ---------------------------------------------------------------------------------------------
// Assembly

export interface AssembleOptions {
  /** Folder with manifest.json, the language files and the icons (default manifest/). */
  manifestDir?: string;
  /** Folder overriding the official schemas (default SCHEMA_DIR, else the project's own). */
  schemaDir?: string;
  /** Environment for placeholders that are not in the config. */
  env?: Env;
}

export interface AssembledPackage {
  /** The filled-in manifest. */
  manifest: JsonObject;
  /** Filled-in language files by file name. */
  languages: Map<string, JsonObject>;
  /** Zip entries in package order: manifest.json, icons, language files. */
  entries: ZipEntry[];
}

function toBuffer(doc: JsonObject): Buffer {
  return Buffer.from(JSON.stringify(doc, null, 2) + '\n', 'utf8');
}

/** Fills, checks and collects everything that goes into the package; writes nothing. */
export function assembleAppPackage(config: PackageConfig, options: AssembleOptions = {}): AssembledPackage {
  const manifestDir = options.manifestDir ?? MANIFEST_DIR;
  const schemas = options.schemaDir ?? defaultSchemaDir(options.env ?? process.env);
  const env = options.env ?? {};
  const values = placeholderValues(config);

  const loadSchema = <T>(load: () => T): T => {
    try {
      return load();
    } catch (err) {
      throw new PackageError(err instanceof Error ? err.message : String(err));
    }
  };
  const validateManifest = loadSchema(() => teamsManifestValidator(schemas));
  const validateLocalization = loadSchema(() => teamsLocalizationValidator(schemas));
  const localizationSchema = loadSchema(() => readSchema(TEAMS_LOCALIZATION_SCHEMA, schemas));

  const template = readJson(path.join(manifestDir, MANIFEST_FILE), `manifest/${MANIFEST_FILE}`);
  const manifest = fillPlaceholders(applySignIn(template, config), values, env, `manifest/${MANIFEST_FILE}`);
  if (!validateManifest(manifest)) throw schemaFailure(MANIFEST_FILE, 'Teams manifest schema v1.30', validateManifest);

  const entries: ZipEntry[] = [{ name: MANIFEST_FILE, data: toBuffer(manifest) }];

  const icons = (manifest.icons ?? {}) as JsonObject;
  for (const [slot, name] of Object.entries(icons)) {
    const file = packageFileName(name, `icons.${slot}`);
    const full = path.join(manifestDir, file);
    if (!fs.existsSync(full)) throw new PackageError(`manifest/${file} (${slot} icon) not found; run the icons script`);
    const png = fs.readFileSync(full);
    checkIcon(slot, `manifest/${file}`, png);
    entries.push({ name: file, data: png });
  }

  const required = localizableStrings(template, localizationSchema);
  const localization = (manifest.localizationInfo ?? {}) as JsonObject;
  const languageFiles: { tag: string; file: string }[] = [];
  if (localization.defaultLanguageFile !== undefined) {
    languageFiles.push({
      tag: String(localization.defaultLanguageTag),
      file: packageFileName(localization.defaultLanguageFile, 'localizationInfo.defaultLanguageFile'),
    });
  }
  for (const [i, lang] of ((localization.additionalLanguages ?? []) as JsonObject[]).entries()) {
    languageFiles.push({ tag: String(lang.languageTag), file: packageFileName(lang.file, `localizationInfo.additionalLanguages[${i}].file`) });
  }

  const languages = new Map<string, JsonObject>();
  for (const { tag, file } of languageFiles) {
    if (languages.has(file)) throw new PackageError(`manifest.json lists ${file} for more than one language`);
    const label = `manifest/${file}`;
    const doc = fillPlaceholders(readJson(path.join(manifestDir, file), `${label} (language ${tag})`), values, env, label);
    if (!validateLocalization(doc)) throw schemaFailure(label, 'Teams localization schema v1.30', validateLocalization);
    const keys = Object.keys(doc).filter((k) => !NON_STRING_KEYS.has(k));
    const missing = [...required.keys()].filter((k) => !(k in doc));
    if (missing.length) throw new PackageError(`${label} lacks translations for ${missing.join(', ')}`);
    const extra = keys.filter((k) => !required.has(k));
    if (extra.length) throw new PackageError(`${label} has keys that manifest.json does not have: ${extra.join(', ')}`);
    const empty = keys.filter((k) => typeof doc[k] !== 'string' || (doc[k] as string).trim() === '');
    if (empty.length) throw new PackageError(`${label} has empty translations for ${empty.join(', ')}`);
    languages.set(file, doc);
    entries.push({ name: file, data: toBuffer(doc) });
  }

  const leftover = entries.find((e) => e.name.endsWith('.json') && e.data.toString('utf8').includes('${{'));
  if (leftover) throw new PackageError(`${leftover.name} still contains a \${{…}} placeholder after filling`);
  return { manifest, languages, entries };
}

// ---------------------------------------------------------------------------------------------
// Building

export interface BuildOptions {
  /** Environment name: reads `.env.<envName>` and writes `appPackage.<envName>.zip` (default "local"). */
  envName?: string;
  /** Folder holding the .env files (default the current directory). */
  cwd?: string;
  /** The process environment, laid over the .env files (default process.env). */
  processEnv?: Env;
  /** Where the zip goes (default build/ in the checkout). */
  outDir?: string;
  manifestDir?: string;
  /** Default: SCHEMA_DIR from the merged environment, else the schemas that come with the project. */
  schemaDir?: string;
}

export interface BuildResult {
  zipPath: string;
  config: PackageConfig;
  manifest: JsonObject;
  /** Entry names in the written zip. */
  entries: string[];
  /** The .env files that were read. */
  envFiles: string[];
}

/** Loads the environment, assembles and checks the package and writes `appPackage.<env>.zip`. */
export async function buildAppPackage(options: BuildOptions = {}): Promise<BuildResult> {
  const envName = options.envName ?? DEFAULT_ENV_NAME;
  const { env, files } = loadEnvironment(envName, options.cwd ?? process.cwd(), options.processEnv ?? process.env);
  const config = resolveConfig(env, envName);
  const assembled = assembleAppPackage(config, {
    manifestDir: options.manifestDir,
    schemaDir: options.schemaDir ?? defaultSchemaDir(env),
    env,
  });
  const zipPath = path.join(options.outDir ?? BUILD_DIR, `appPackage.${envName}.zip`);
  const written = await writeZipFile(zipPath, assembled.entries);
  const names = (await readZip(written)).map((e) => e.name);
  const expected = assembled.entries.map((e) => e.name);
  if (names.join('\n') !== expected.join('\n')) {
    throw new PackageError(`${zipPath} holds ${names.join(', ')} instead of ${expected.join(', ')}`);
  }
  return { zipPath, config, manifest: assembled.manifest, entries: names, envFiles: files };
}
