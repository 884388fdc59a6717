// Builds the Teams app package build/appPackage.<env>.zip from manifest/ and the .env files.
// Usage: npx tsx scripts/package-app.ts [--env <name>] [--out <folder>] | --no-sign-in-template
// The work is done in scripts/lib/app-package.ts; this file parses arguments and reports.
import * as path from 'path';
import { buildAppPackage, DEFAULT_ENV_NAME, NO_SIGN_IN_MANIFEST_FILE, PackageError, writeNoSignInTemplate } from './lib/app-package';

export * from './lib/app-package';

const USAGE = `Usage: npm run package -- [--env <name>] [--out <folder>] | --no-sign-in-template
  --env <name>   read .env, then .env.<name> over it (default "${DEFAULT_ENV_NAME}"); writes appPackage.<name>.zip
  --out <folder> where to write the zip (default build/)
  --no-sign-in-template
                 only write manifest/${NO_SIGN_IN_MANIFEST_FILE} from manifest/manifest.json (the template the
                 Agents Toolkit packages without a sign-in app); run it after changing manifest.json
Variables: MicrosoftAppId, BOT_DOMAIN (required); TEAMS_APP_ID, APP_VERSION, DEVELOPER_NAME,
DEVELOPER_WEBSITE_URL, PRIVACY_URL, TERMS_URL, SSO_APP_ID (the sign-in app; without it the package
has no webApplicationInfo), SCHEMA_DIR (optional). The process environment wins over the files.`;

export interface CliArgs {
  envName: string;
  outDir?: string;
  help: boolean;
  noSignInTemplate: boolean;
}

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { envName: DEFAULT_ENV_NAME, help: false, noSignInTemplate: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const next = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new PackageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--env' || flag === '-e') args.envName = next();
    else if (flag === '--out') args.outDir = next();
    else if (flag === '--help' || flag === '-h') args.help = true;
    else if (flag === '--no-sign-in-template' && inline === undefined) args.noSignInTemplate = true;
    else throw new PackageError(`unknown argument "${arg}" (see --help)`);
  }
  return args;
}

export interface CliIo {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
  error?: (line: string) => void;
  /** Folder of the manifest templates (default manifest/). */
  manifestDir?: string;
}

/** Runs the packaging like the command line does and returns the exit code (0 ok, 1 failed). */
export async function main(argv: readonly string[], io: CliIo = {}): Promise<number> {
  const log = io.log ?? ((line: string) => console.log(line));
  const error = io.error ?? ((line: string) => console.error(line));
  const cwd = io.cwd ?? process.cwd();
  try {
    const args = parseArgs(argv);
    if (args.help) {
      log(USAGE);
      return 0;
    }
    if (args.noSignInTemplate) {
      log(`Wrote ${path.relative(cwd, writeNoSignInTemplate(io.manifestDir)) || NO_SIGN_IN_MANIFEST_FILE}`);
      return 0;
    }
    const result = await buildAppPackage({
      envName: args.envName,
      cwd,
      processEnv: io.env ?? process.env,
      outDir: args.outDir ? path.resolve(cwd, args.outDir) : undefined,
      manifestDir: io.manifestDir,
    });
    const { config } = result;
    const shown = (file: string): string => {
      const relative = path.relative(cwd, file);
      return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
    };
    const sources = result.envFiles.length ? result.envFiles.map(shown).join(', ') + ' and the environment' : 'the environment only (no .env files found)';
    log(`Built ${shown(result.zipPath)} (${result.entries.join(', ')})`);
    log(
      `  Teams app ${config.teamsAppId}, bot ${config.botAppId}, version ${config.appVersion}, domain ${config.botDomain}, ` +
        `sign-in app ${config.ssoAppId ?? 'none'}; values from ${sources}`,
    );
    return 0;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    // One line, no stack: PackageErrors say what to fix; anything else is shown by its message.
    error(`package-app: ${message.replace(/\s*\n\s*/g, ' ')}`);
    if (!(err instanceof PackageError) && process.env.DEBUG && err instanceof Error && err.stack) error(err.stack);
    return 1;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
