// Checks a content pack and, with --overlay, a partner's overlay: every problem as one line,
// `file: path: what is wrong`, then a summary; exit status 1 when anything is wrong.
// Usage: npm run content:check [-- DIR] [--overlay PATH] [--today YYYY-MM-DD]
// DIR defaults to the shipped pack (content/); --today sets the last day a review date may name.
import * as path from 'path';
import { checkOverlay, formatProblems, overlayGlossaryProblems, Problem } from '../src/domain/contentPack';
import { checkPackDir, readPack } from '../src/hosting/content/readPack';
import { readOverlay } from '../src/hosting/content/loadOverlay';
import { isoToday } from '../src/hosting/content/loadContent';
import { PROJECT_ROOT } from './lib/paths';
import { usageIfAsked } from './lib/usage';

const USAGE = `Usage: npm run content:check [-- DIR] [--overlay PATH] [--today YYYY-MM-DD]
  DIR              the content pack to check (default: content/)
  --overlay PATH   also check a partner's overlay (CONTENT_OVERLAY), a folder or a file
  --today DATE     the day review dates are measured against (default: today)
Every problem is one line; exit status 1 when anything is wrong. docs/content.md says more.`;

function parse(args: string[]): { dir: string; overlay?: string; today: string } {
  let dir: string | undefined;
  let overlay: string | undefined;
  let today = isoToday();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--overlay' || arg === '--today') {
      const value = args[++i];
      if (value === undefined) throw new Error(`${arg} needs a value`);
      if (arg === '--overlay') overlay = value;
      else today = value;
    } else if (arg.startsWith('--')) {
      throw new Error(`unknown option ${arg}`);
    } else {
      dir = arg;
    }
  }
  return { dir: path.resolve(dir ?? path.join(PROJECT_ROOT, 'content')), overlay, today };
}

function main(): number {
  usageIfAsked(USAGE);
  let options: ReturnType<typeof parse>;
  try {
    options = parse(process.argv.slice(2));
  } catch (err) {
    console.error(`content:check: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const problems: Problem[] = checkPackDir(options.dir, options.today);
  const checked = [options.dir];
  if (options.overlay) {
    const overlay = readOverlay(path.resolve(options.overlay));
    problems.push(...overlay.problems);
    if (overlay.problems.length === 0) problems.push(...checkOverlay(overlay.files, overlay.form).problems);
    // The overlay's texts are held to the pack's glossary of their language, as the pack's own are.
    problems.push(...overlayGlossaryProblems(readPack(options.dir).files, overlay.files));
    checked.push(path.resolve(options.overlay));
  }
  for (const line of formatProblems(problems)) console.error(line);
  const where = checked.map((p) => path.relative(process.cwd(), p) || '.').join(' and ');
  if (problems.length > 0) {
    console.error(`content:check: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${where}`);
    return 1;
  }
  console.log(`content:check: ${where} passed`);
  return 0;
}

process.exitCode = main();
