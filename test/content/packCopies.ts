// Broken copies of the shipped content pack for the check's tests: each copy changes one thing.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PROJECT_ROOT } from '../support/paths';

export const SHIPPED_PACK = path.join(PROJECT_ROOT, 'content');

const made: string[] = [];

/** Parsed JSON the tests reach into freely (`t.notes.roles.title`): the check, not the compiler, judges it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test edits any key of any file
export type Json = any;

/** A fresh copy of content/ in a temporary folder. */
export function copyPack(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-pack-'));
  fs.cpSync(SHIPPED_PACK, dir, { recursive: true });
  made.push(dir);
  return dir;
}

/** A copy with one file's JSON changed by `change` (which may edit in place or return a replacement). */
export function packWith(file: string, change: (json: Json) => unknown): string {
  const dir = copyPack();
  const full = path.join(dir, file);
  const json = JSON.parse(fs.readFileSync(full, 'utf8'));
  const changed = change(json) ?? json;
  fs.writeFileSync(full, JSON.stringify(changed, null, 2));
  return dir;
}

/** A temporary folder with the given files (JSON values are written as JSON, strings as they are). */
export function folderWith(files: Record<string, unknown>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-overlay-'));
  made.push(dir);
  for (const [name, value] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return dir;
}

export function removeCopies(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}
