// Readers for the deployment files (Bicep, toolkit YAML, env files, workflows), kept plain so
// tests can check that they agree with each other without an Azure or YAML toolchain.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { parse as parseDotenv } from 'dotenv';
import { PROJECT_ROOT } from './paths';

export function projectFile(relative: string): string {
  return fs.readFileSync(path.join(PROJECT_ROOT, relative), 'utf8');
}

export interface BicepParam {
  name: string;
  hasDefault: boolean;
}

/** Top-level `param` declarations of a Bicep file. */
export function bicepParams(bicep: string): BicepParam[] {
  return [...bicep.matchAll(/^param\s+(\w+)\s+\w+(\s*=)?/gm)].map((m) => ({ name: m[1]!, hasDefault: m[2] !== undefined }));
}

/** Names of the top-level `output` declarations of a Bicep file. */
export function bicepOutputs(bicep: string): string[] {
  return [...bicep.matchAll(/^output\s+(\w+)\s/gm)].map((m) => m[1]!);
}

/** The `${{NAME}}` placeholders in a text (the toolkit's and the package script's syntax). */
export function placeholders(text: string): Set<string> {
  return new Set([...text.matchAll(/\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g)].map((m) => m[1]!));
}

/** Variables a toolkit YAML file writes: the values under every `writeToEnvironmentFile:`. */
export function writtenByToolkit(yaml: string): Set<string> {
  const names = new Set<string>();
  const lines = yaml.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const head = /^(\s*)writeToEnvironmentFile:\s*$/.exec(lines[i]!);
    if (!head) continue;
    for (let j = i + 1; j < lines.length; j++) {
      const entry = /^(\s*)\w+:\s*([A-Z_][A-Z0-9_]*)\s*$/.exec(lines[j]!);
      if (!entry || entry[1]!.length <= head[1]!.length) break;
      names.add(entry[2]!);
    }
  }
  return names;
}

/** Values of every `key: value` line of a YAML file with that key (e.g. manifestPath). */
export function yamlValues(yaml: string, key: string): string[] {
  return [...yaml.matchAll(new RegExp(`^\\s*${key}:\\s*(\\S.*?)\\s*$`, 'gm'))].map((m) => m[1]!);
}

export function envFile(relative: string): Record<string, string> {
  return parseDotenv(projectFile(relative));
}

/** The top-level files and folders git tracks: what an artefact's ignore list must account for. */
export function trackedTopLevel(): string[] {
  const tracked = execFileSync('git', ['ls-files'], { cwd: PROJECT_ROOT, encoding: 'utf8' })
    .split('\n')
    .filter((f) => f !== '');
  return [...new Set(tracked.map((f) => f.split('/')[0]!))];
}
