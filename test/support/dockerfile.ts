// Runs a Dockerfile's stages without Docker (images cannot be built everywhere the tests run):
// each stage gets a folder standing for its WORKDIR, COPY copies from the build context (minus
// .dockerignore) or from an earlier stage's folder, ENV sets variables for later RUN steps and
// the final command, RUN runs in the stage's folder. Only the instructions our Dockerfile uses
// are understood; any other one fails the run, so the file and this reading cannot drift apart.
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export interface Instruction {
  keyword: string;
  args: string;
  line: number;
}

export interface Stage {
  name: string;
  image: string;
  instructions: Instruction[];
}

/** Instructions by stage, with line continuations joined and comments dropped. */
export function parseDockerfile(text: string): Stage[] {
  const stages: Stage[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let line = lines[i]!;
    while (line.trimEnd().endsWith('\\') && i + 1 < lines.length) line = line.trimEnd().slice(0, -1) + ' ' + lines[++i]!.trim();
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const match = /^([A-Za-z]+)\s+(.*)$/.exec(trimmed);
    if (!match) throw new Error(`Dockerfile line ${start + 1}: cannot read "${trimmed}"`);
    const keyword = match[1]!.toUpperCase();
    const args = match[2]!.trim();
    if (keyword === 'FROM') {
      const from = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args);
      if (!from) throw new Error(`Dockerfile line ${start + 1}: cannot read FROM ${args}`);
      stages.push({ image: from[1]!, name: from[2] ?? String(stages.length), instructions: [] });
    } else {
      const stage = stages[stages.length - 1];
      if (!stage) throw new Error(`Dockerfile line ${start + 1}: ${keyword} before FROM`);
      stage.instructions.push({ keyword, args, line: start + 1 });
    }
  }
  return stages;
}

/** Top-level names the .dockerignore leaves out of the build context (plain names and globs). */
export function dockerignored(dockerignore: string): (relative: string) => boolean {
  const patterns = dockerignore
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  const regexes = patterns.map((p) => new RegExp('^' + p.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*') + '(/.*)?$'));
  return (relative) => regexes.some((r) => r.test(relative));
}

export interface StageResult {
  dir: string;
  env: Record<string, string>;
  user?: string;
  cmd?: string[];
  /** Everything RUN printed, for assertions on warnings. */
  output: string;
}

/** Runs every stage in `workRoot/<stage>`; returns the results by stage name. */
export function runStages(stages: Stage[], context: string, workRoot: string, baseEnv: Record<string, string>): Map<string, StageResult> {
  const ignored = dockerignored(fs.existsSync(path.join(context, '.dockerignore')) ? fs.readFileSync(path.join(context, '.dockerignore'), 'utf8') : '');
  const results = new Map<string, StageResult>();
  for (const stage of stages) {
    const dir = path.join(workRoot, stage.name);
    fs.mkdirSync(dir, { recursive: true });
    const result: StageResult = { dir, env: {}, output: '' };
    results.set(stage.name, result);
    for (const { keyword, args, line } of stage.instructions) {
      const where = `Dockerfile line ${line}`;
      if (keyword === 'WORKDIR' || keyword === 'EXPOSE' || keyword === 'HEALTHCHECK') continue;
      if (keyword === 'ENV') {
        const kv = /^([A-Za-z_][A-Za-z0-9_]*)=(\S*)$/.exec(args);
        if (!kv) throw new Error(`${where}: write ENV as NAME=value`);
        result.env[kv[1]!] = kv[2]!;
      } else if (keyword === 'USER') {
        result.user = args;
      } else if (keyword === 'CMD') {
        result.cmd = JSON.parse(args) as string[];
      } else if (keyword === 'RUN') {
        const run = spawnSync('sh', ['-c', args], { cwd: dir, env: { ...baseEnv, ...result.env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
        result.output += run.stdout + run.stderr;
        if (run.status !== 0) throw new Error(`${where}: RUN ${args} failed (${run.status}): ${(run.stderr || run.stdout).slice(-2000)}`);
      } else if (keyword === 'COPY') {
        const words = args.split(/\s+/);
        const from = words.find((w) => w.startsWith('--from='))?.slice('--from='.length);
        const paths = words.filter((w) => !w.startsWith('--'));
        const dest = paths.pop()!;
        const source = from === undefined ? context : results.get(from)?.dir;
        if (source === undefined) throw new Error(`${where}: no stage "${from}" before this one`);
        for (const p of paths) {
          const relative = from === undefined ? p : path.relative('/app', p);
          const target = dest.endsWith('/') ? path.join(dir, dest, path.basename(relative)) : path.join(dir, dest);
          if (from === undefined) copyContext(context, relative, target, ignored);
          else fs.cpSync(path.join(source, relative), target, { recursive: true, verbatimSymlinks: true });
        }
      } else {
        throw new Error(`${where}: ${keyword} is not understood by this runner`);
      }
    }
  }
  return results;
}

function copyContext(context: string, relative: string, target: string, ignored: (relative: string) => boolean): void {
  if (ignored(relative)) throw new Error(`COPY ${relative}: the .dockerignore leaves it out of the context`);
  fs.cpSync(path.join(context, relative), target, {
    recursive: true,
    filter: (src) => !ignored(path.relative(context, src).split(path.sep).join('/')),
  });
}

/** Size of a folder in bytes, as `du` counts it (apparent sizes of every file). */
export function folderBytes(dir: string): number {
  return Number(execFileSync('du', ['-sb', dir], { encoding: 'utf8' }).split(/\s/)[0]);
}

/** Space a folder takes on disk, as `du -sh` counts it (whole blocks: many small files weigh more than their bytes). */
export function diskBytes(dir: string): number {
  return Number(execFileSync('du', ['-sk', dir], { encoding: 'utf8' }).split(/\s/)[0]) * 1024;
}
