import * as fs from 'fs';
import * as path from 'path';

/** The checkout's root (the folder holding package.json), found from this file in scripts/lib or dist/scripts/lib. */
export const PROJECT_ROOT = ((): string => {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + __dirname);
    dir = parent;
  }
  return dir;
})();

/** Sources of the Teams app package: the manifest template, its language files and the icons. */
export const MANIFEST_DIR = path.join(PROJECT_ROOT, 'manifest');

/** Where build outputs such as the app packages go. */
export const BUILD_DIR = path.join(PROJECT_ROOT, 'build');

/** The shared folder (domain spec, official schemas) beside the checkout; SHARED_DIR overrides it. */
export function sharedDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.SHARED_DIR || path.resolve(PROJECT_ROOT, '..', 'shared');
}

/** Folder holding the official JSON schemas; SCHEMA_DIR overrides it, else `<shared>/schemas`. */
export function schemaDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.SCHEMA_DIR || path.join(sharedDir(env), 'schemas');
}
