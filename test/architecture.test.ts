// The layering the README promises: the domain core and the pure conversation modules know
// nothing of the Bot Framework SDK, so moving to another SDK is a swap of the host; and the
// host's rooms import one way, each only rooms below it (src/hosting/rooms.json), with no loop.
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

  it('imports botbuilder-dialogs nowhere (the advisor keeps a plain state property)', () => {
    const dirs = ['src', 'test', 'bench', 'tools', 'scripts'].map((d) => path.join(PROJECT_ROOT, d)).filter((d) => fs.existsSync(d));
    const files = dirs.flatMap(sources);
    assert.ok(files.length > 100);
    const offenders = files.filter((f) => /(?:from\s+|require\(\s*|import\(\s*)['"]botbuilder-dialogs[/'"]/.test(fs.readFileSync(f, 'utf8')));
    assert.deepEqual(offenders, []);
  });

  describe('hosting rooms', () => {
    const hosting = path.join(PROJECT_ROOT, 'src', 'hosting');
    const { order } = JSON.parse(fs.readFileSync(path.join(hosting, 'rooms.json'), 'utf8')) as { order: string[] };
    /** The files directly in src/hosting (app.ts, the wiring) stand above every room. */
    const rankOf = (room: string): number => (room === '.' ? order.length : order.indexOf(room));

    /** Every import between two hosting files: static, dynamic or require(), with its rooms. */
    function edges(): { from: string; to: string; fromRoom: string; toRoom: string }[] {
      const found: { from: string; to: string; fromRoom: string; toRoom: string }[] = [];
      for (const file of sources(hosting)) {
        const text = fs.readFileSync(file, 'utf8');
        for (const m of text.matchAll(/(?:from\s+|require\(\s*|import\(\s*)['"](\.{1,2}\/[^'"]*)['"]/g)) {
          const target = path.resolve(path.dirname(file), m[1]!);
          const relative = path.relative(hosting, target);
          if (relative.startsWith('..')) continue;
          // A folder imported by its name (its index.ts) is that room.
          const roomOf = (p: string): string => (p.includes(path.sep) || fs.existsSync(path.join(hosting, p, 'index.ts')) ? p.split(path.sep)[0]! : '.');
          found.push({ from: path.relative(hosting, file), to: relative, fromRoom: roomOf(path.relative(hosting, file)), toRoom: roomOf(relative) });
        }
      }
      return found;
    }

    it('places every folder of src/hosting in the order', () => {
      const folders = fs
        .readdirSync(hosting, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort();
      assert.deepEqual(folders, [...order].sort());
    });

    it('has no import from a room to a room above it, nor to the wiring', () => {
      const all = edges();
      assert.ok(all.length > 40, 'the imports were read');
      const upward = all.filter((e) => e.fromRoom !== e.toRoom && rankOf(e.toRoom) >= rankOf(e.fromRoom)).map((e) => `${e.from} -> ${e.to}`);
      assert.deepEqual(upward, []);
    });

    it('has no loop between rooms', () => {
      const next = new Map<string, Set<string>>();
      for (const e of edges()) if (e.fromRoom !== e.toRoom) next.set(e.fromRoom, (next.get(e.fromRoom) ?? new Set()).add(e.toRoom));
      const loops: string[] = [];
      const state = new Map<string, 'open' | 'done'>();
      const visit = (room: string, trail: string[]): void => {
        if (state.get(room) === 'done') return;
        if (state.get(room) === 'open') {
          loops.push([...trail.slice(trail.indexOf(room)), room].join(' -> '));
          return;
        }
        state.set(room, 'open');
        for (const to of next.get(room) ?? []) visit(to, [...trail, room]);
        state.set(room, 'done');
      };
      for (const room of next.keys()) visit(room, []);
      assert.deepEqual(loops, []);
    });

    it("keeps SDK internals (modules under a package's lib/) in src/hosting/sdkInternals only", () => {
      const internal = /(?:from\s+|require\(\s*)['"](?:botbuilder|botframework-|adaptive-expressions)[^'"]*\/lib\//;
      const offenders = [...sources(path.join(PROJECT_ROOT, 'src'))]
        .filter((f) => !f.startsWith(path.join(hosting, 'sdkInternals') + path.sep))
        .filter((f) => internal.test(fs.readFileSync(f, 'utf8')));
      assert.deepEqual(offenders, []);
    });
  });
});
