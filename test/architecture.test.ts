// The layering the README promises: the domain core and the pure conversation modules know
// nothing of the Bot Framework SDK, so moving to another SDK is a swap of the host.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { PROJECT_ROOT } from './support/paths';

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sources(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

const SDK_IMPORT = /from\s+['"](botbuilder|botframework-)[^'"]*['"]|require\(['"](botbuilder|botframework-)/;

describe('architecture', () => {
  it('keeps botbuilder out of the domain core', () => {
    const files = sources(path.join(PROJECT_ROOT, 'src', 'domain'));
    assert.ok(files.length >= 8);
    const offenders = files.filter((f) => SDK_IMPORT.test(fs.readFileSync(f, 'utf8')));
    assert.deepEqual(offenders, []);
  });

  it('keeps botbuilder out of the whole conversation layer (the dialog host lives in the shell)', () => {
    const files = sources(path.join(PROJECT_ROOT, 'src', 'conversation'));
    assert.ok(files.length >= 7);
    const offenders = files.filter((f) => SDK_IMPORT.test(fs.readFileSync(f, 'utf8')));
    assert.deepEqual(offenders, []);
  });

  it('reads no file in the domain and conversation code (content is imported at build time)', () => {
    const files = [...sources(path.join(PROJECT_ROOT, 'src', 'domain')), ...sources(path.join(PROJECT_ROOT, 'src', 'conversation'))];
    const offenders = files.filter((f) => /from\s+['"](fs|node:fs|fs\/promises)['"]/.test(fs.readFileSync(f, 'utf8')));
    assert.deepEqual(offenders, []);
  });
});
