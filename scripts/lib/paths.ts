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

/** Official schemas that no kept package ships, copied into the project (see schemas/README.md). */
export const SCHEMA_COPIES_DIR = path.join(PROJECT_ROOT, 'schemas');

/** A folder that overrides where every official schema is read from (SCHEMA_DIR); none by default. */
export function schemaDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.SCHEMA_DIR || undefined;
}
