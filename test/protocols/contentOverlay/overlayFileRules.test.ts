// What a content overlay may be on disk (protocols/contentOverlay/overlayFileRules.ts), from tables
// written by hand: which kinds, links and sizes are refused before a file is opened, what the bytes
// read decide, and the problem lines, which never quote a file's content.
import { strict as assert } from 'assert';
import {
  FileKind,
  OVERLAY_MAX_FILE_BYTES as CAP,
  OVERLAY_MAX_TOTAL_BYTES as TOTAL,
  OverlayRefusal,
  overlayProblem,
  parseOverlayJson,
  readRefusal,
  statRefusal,
} from '../../../src/protocols/contentOverlay/overlayFileRules';

const none: FileKind = { file: false, fifo: false, device: false, socket: false, directory: false };
const FILE = { ...none, file: true };

describe('Content overlay: what its files may be', () => {
  it('refuses on the stat alone a link out of its folder, any kind but a regular file, and a file over the cap', () => {
    const rows: [string, Parameters<typeof statRefusal>[0], string | undefined, OverlayRefusal | undefined][] = [
      ['a regular file', { kind: FILE, size: 10 }, '/o', undefined],
      ['at the cap', { kind: FILE, size: CAP }, '/o', undefined],
      ['a byte over', { kind: FILE, size: CAP + 1 }, '/o', { kind: 'tooLarge', bytes: CAP + 1 }],
      ['a FIFO', { kind: { ...none, fifo: true }, size: 0 }, '/o', { kind: 'notRegular', what: 'a FIFO' }],
      ['a device', { kind: { ...none, device: true }, size: 0 }, '/o', { kind: 'notRegular', what: 'a device' }],
      ['a socket', { kind: { ...none, socket: true }, size: 0 }, '/o', { kind: 'notRegular', what: 'a socket' }],
      ['a directory', { kind: { ...none, directory: true }, size: 0 }, '/o', { kind: 'notRegular', what: 'a directory' }],
      ['something else', { kind: none, size: 0 }, '/o', { kind: 'notRegular', what: 'not a regular file' }],
      ['a link beside it', { kind: FILE, size: 10, linkTarget: '/o/real-en.txt' }, '/o', undefined],
      ["a link into a ConfigMap's versioned folder", { kind: FILE, size: 10, linkTarget: '/o/..2026_11_26_09_00/en-US.json' }, '/o', undefined],
      ['a link up and back down', { kind: FILE, size: 10, linkTarget: '/o/../x/en-US.json' }, '/o', { kind: 'linkOutside' }],
      ['a link to the parent folder', { kind: FILE, size: 10, linkTarget: '/' }, '/o', { kind: 'linkOutside' }],
      ['a link out of the folder', { kind: FILE, size: 10, linkTarget: '/etc/passwd' }, '/o', { kind: 'linkOutside' }],
      ['a link to a sibling folder of the same prefix', { kind: FILE, size: 10, linkTarget: '/other/x.json' }, '/o', { kind: 'linkOutside' }],
      ['a link to the folder itself', { kind: FILE, size: 10, linkTarget: '/o' }, '/o', { kind: 'linkOutside' }],
      [
        'a link out, its folder unknown: the kind decides',
        { kind: { ...none, fifo: true }, size: 0, linkTarget: '/x' },
        undefined,
        { kind: 'notRegular', what: 'a FIFO' },
      ],
    ];
    for (const [name, stat, dir, expected] of rows) assert.deepEqual(statRefusal(stat, dir), expected, name);
  });

  it('refuses from the bytes read a file over the cap, and one that takes the overlay over its total', () => {
    const rows: [number, number, OverlayRefusal | undefined][] = [
      [CAP, 0, undefined],
      [CAP + 1, 0, { kind: 'overFileCap' }],
      [100, TOTAL - 100, undefined],
      [101, TOTAL - 100, { kind: 'overTotal' }],
    ];
    for (const [bytes, before, expected] of rows) assert.deepEqual(readRefusal(bytes, before), expected, `${bytes} after ${before}`);
  });

  it('says each refusal in one line that names the file and the limit', () => {
    const rows: [OverlayRefusal, string][] = [
      [{ kind: 'unreadable', code: 'EACCES' }, 'cannot be read (EACCES)'],
      [{ kind: 'linkUnfollowable', code: 'ENOENT' }, 'is a symbolic link that cannot be followed (ENOENT)'],
      [{ kind: 'linkOutside' }, "is a symbolic link out of the overlay's directory: only regular files, or links to files beside them, are read"],
      [{ kind: 'notRegular', what: 'a FIFO' }, 'is a FIFO, not a regular file: refused unread'],
      [{ kind: 'tooLarge', bytes: 600 * 1024 + 512 }, 'is 600.5 KB, over the 512 KB an overlay file may have'],
      [{ kind: 'overFileCap' }, 'is over the 512 KB an overlay file may have'],
      [{ kind: 'overTotal' }, 'takes the overlay over the 2,048 KB it may have in all'],
      [{ kind: 'folderUnreadable', code: 'ENOTDIR' }, 'the folder cannot be read (ENOTDIR)'],
      [{ kind: 'notJson' }, 'is not valid JSON'],
      [{ kind: 'notJson', position: '12' }, 'is not valid JSON (near character 12)'],
    ];
    for (const [refusal, message] of rows) assert.deepEqual(overlayProblem('ru-RU.json', refusal), { file: 'ru-RU.json', path: '', message });
  });

  it('reads JSON after a byte-order mark, and names a mistake by its position, never its text', () => {
    assert.deepEqual(parseOverlayJson('a.json', '\uFEFF{"rows":{}}'), { json: { rows: {} } });
    const secret = '{"rows": {"SECRET-TEXT": 1,}}';
    const bad = parseOverlayJson('a.json', secret);
    assert.ok('problem' in bad);
    assert.match(bad.problem.message, /^is not valid JSON \(near character \d+\)$/);
    assert.ok(!bad.problem.message.includes('SECRET'));
    // JSON.parse quotes the text around an unexpected token, with no position: nothing of it is kept.
    assert.deepEqual(parseOverlayJson('a.json', '{"rows": SECRET-TEXT}'), { problem: { file: 'a.json', path: '', message: 'is not valid JSON' } });
  });
});
