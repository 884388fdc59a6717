import * as fs from 'fs';
import * as path from 'path';

/** The checkout's root, found from this file whether it runs from test/ or from dist/test/. */
export const PROJECT_ROOT = ((): string => {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + __dirname);
    dir = parent;
  }
  return dir;
})();

/** The shared folder (domain spec, schemas) that sits beside the checkout. */
export const SHARED_DIR = process.env.SHARED_DIR ?? path.resolve(PROJECT_ROOT, '..', 'shared');

/** Where tests leave screenshots and other artifacts for people to look at. */
export const ARTIFACT_DIR = path.join(PROJECT_ROOT, 'test-artifacts');
