// The overlay's limits at start-up (issue "hostile input, round four"): a step too long for any card,
// files that are not regular files (a symlink out of the overlay's folder, a device, a FIFO) refused
// quickly and unread, the card budget (every row × language × channel measured: Teams and Copilot
// about 28 KB, docs/content.md says where the figure comes from), Markdown that looks like HTML or
// a bare domain, and role-set names held to the Markdown rule.
import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkOverlay, formatProblems, unsafeMarkdown } from '../../src/domain/contentPack';
import { bareDomain } from '../../src/domain/contentPack/overlayLimits';
import { ConfigError } from '../../src/config';
import { CHANNEL_BUDGETS, measureResults } from '../../src/conversation/cards/cardBudget';
import { loadDeploymentContent } from '../../src/hosting/content/loadContent';
import { loadOverlay } from '../../src/hosting/content/loadOverlay';
import { createLogger } from '../../src/hosting/logging/logger';
import { PROJECT_ROOT } from '../support/paths';
import { checkPackDir } from '../../src/hosting/content/readPack';
import { Json, folderWith, packWith, removeCopies } from './packCopies';

const SAMPLE = path.join(PROJECT_ROOT, 'examples', 'overlay');
const SECRET = 'root:x:0:0:do-not-echo-me';
const silent = createLogger('silent');

/** Start-up's content step with this overlay: the one-line-per-problem message, or undefined when it starts. */
function startUp(location: string): { message?: string } {
  try {
    loadDeploymentContent({ contentOverlay: location, policyEdition: '2026-11', policyReviewMaxAgeDays: 36_500 }, silent);
    return {};
  } catch (err) {
    assert.ok(err instanceof ConfigError, String(err));
    return { message: err.message };
  }
}

const en = (rows: Json): Json => ({ name: 'Tailspin', rows });

describe('overlay limits at start-up', function () {
  this.timeout(30_000);
  after(removeCopies);

  it('refuses a 300 KB step naming the file, the row and the language', () => {
    const dir = folderWith({ 'en-US.json': en({ G1: { steps: ['a'.repeat(300 * 1024)] } }) });
    const { message } = startUp(dir);
    assert.ok(message, 'start-up went on');
    const lines = message.split('\n').slice(1);
    assert.deepEqual(lines, ['en-US.json: rows.G1.steps.0: row G1 in en-US: a step is 307,200 characters, at most 1,000']);
  });

  it('refuses a file over the size cap before parsing it, and an overlay over the total', () => {
    const big = folderWith({ 'en-US.json': en({ G1: { steps: ['b'.repeat(900)] } }), 'hu-HU.json': ' '.repeat(513 * 1024) + '{}' });
    assert.match(startUp(big).message ?? '', /^hu-HU\.json: \(file\): is 513 KB, over the 512 KB an overlay file may have$/m);
    const files: Record<string, unknown> = {};
    for (const l of ['en-US', 'hu-HU', 'ru-RU', 'pt-BR', 'zh-CN']) files[`${l}.json`] = ' '.repeat(450 * 1024) + JSON.stringify({ name: 'X' });
    assert.match(startUp(folderWith(files)).message ?? '', /zh-CN\.json: \(file\): takes the overlay over the 2,048 KB it may have in all/);
  });

  const kinds: [string, (dir: string) => void][] = [
    ['a symlink to a file outside the folder', (dir) => fs.symlinkSync(outsideFile(), path.join(dir, 'en-US.json'))],
    ['a symlink to /dev/zero', (dir) => fs.symlinkSync('/dev/zero', path.join(dir, 'en-US.json'))],
    ['a FIFO', (dir) => execFileSync('mkfifo', [path.join(dir, 'en-US.json')])],
  ];
  for (const [what, make] of kinds) {
    // Refused by what the file is, before it is opened: a FIFO would block start-up, /dev/zero never ends.
    it(`refuses ${what} without its content`, () => {
      const dir = folderWith({ 'hu-HU.json': { name: 'Példa' } });
      make(dir);
      const { message } = startUp(dir);
      assert.ok(message, 'start-up went on');
      assert.match(
        message,
        /^en-US\.json: \(file\): is (a symbolic link out of the overlay's directory|a device, not a regular file|a FIFO, not a regular file)/m,
      );
      assert.ok(!message.includes('do-not-echo'), message);
    });
  }

  it('refuses a single-file overlay that is not JSON without quoting it', () => {
    const dir = folderWith({ 'partner.json': `${SECRET}\n` });
    const { message } = startUp(path.join(dir, 'partner.json'));
    assert.match(message ?? '', /partner\.json: \(file\): is not valid JSON/);
    assert.ok(!(message ?? '').includes('do-not-echo'), message);
  });

  it('takes a symlink to a file beside it, as a ConfigMap mounts one', () => {
    const dir = folderWith({ 'real-hu.txt': JSON.stringify({ name: 'Példa' }) });
    fs.symlinkSync(path.join(dir, 'real-hu.txt'), path.join(dir, 'hu-HU.json'));
    assert.deepEqual(loadOverlay(dir), { languages: { 'hu-HU': { name: 'Példa' } } });
  });

  it("takes a ConfigMap's own layout: each file a link into its ..data folder, itself a link to the current version", () => {
    const dir = folderWith({});
    fs.mkdirSync(path.join(dir, '..2026_11_26_09_00_00.000000001'));
    fs.writeFileSync(path.join(dir, '..2026_11_26_09_00_00.000000001', 'hu-HU.json'), JSON.stringify({ name: 'Példa' }));
    fs.symlinkSync('..2026_11_26_09_00_00.000000001', path.join(dir, '..data'));
    fs.symlinkSync(path.join('..data', 'hu-HU.json'), path.join(dir, 'hu-HU.json'));
    assert.deepEqual(loadOverlay(dir), { languages: { 'hu-HU': { name: 'Példa' } } });
  });

  it('passes the sample overlay: every row, language and channel within its budget', () => {
    const overlay = loadOverlay(SAMPLE);
    const measured = measureResults({ overlay, overlayId: 'sample', reviewDue: new Set() }, '2026-11');
    assert.equal(measured.length, 13 * 5 * CHANNEL_BUDGETS.length);
    const over = measured.filter((m) => m.bytes > m.maxBytes);
    assert.deepEqual(over, []);
    assert.equal(startUp(SAMPLE).message, undefined);
  });

  it('stops start-up naming a row whose card would pass a channel budget', () => {
    // Each text within its own limit; together too much for one Teams message in Russian.
    const steps = Array.from({ length: 16 }, (_, i) => `Шаг ${i + 1}: ${'проверьте данные клиента '.repeat(38)}`.slice(0, 990));
    const dir = folderWith({ 'ru-RU.json': { name: 'Тейлспин', rows: { G4: { steps } } } });
    const { message } = startUp(dir);
    assert.ok(message, 'start-up went on');
    assert.match(message, /^ru-RU\.json: rows\.G4: row G4 in ru-RU: the result message on Teams would be [\d.]+ KB, over the 28 KB it takes/m);
    assert.ok(!/rows\.G1/.test(message), 'only the row that is too big is named');
  });
});

describe('overlay Markdown', () => {
  after(removeCopies);

  it('refuses text that looks like HTML, closed or not', () => {
    for (const text of ['<svg/onload=alert(1)>', '<img src=x onerror=alert(1)', '</b>', '<!doctype html>', '<?xml version="1.0"?>'])
      assert.match(unsafeMarkdown(text) ?? 'passed', /HTML/, text);
    for (const text of ['a < b and 5 <= 6', 'Use <https://partner.microsoft.com> there', '**bold**']) assert.equal(unsafeMarkdown(text), undefined, text);
  });

  it('finds bare domains a renderer would link, not addresses already https or e-mail addresses', () => {
    assert.equal(bareDomain('Visit www.example.com today'), 'www.example.com');
    assert.equal(bareDomain('See tailspin.com for more'), 'tailspin.com');
    assert.equal(bareDomain('See tailspin.hu for more'), 'tailspin.hu');
    for (const text of ['Mail licensing@tailspin.com', 'See [the wiki](https://wiki.tailspin.com/a)', 'https://wiki.tailspin.com/x', 'Node.js 24, e.g. this'])
      assert.equal(bareDomain(text), undefined, text);
  });

  it('refuses a bare domain in an overlay step and an HTML-like role-set name', () => {
    const language = {
      name: 'Tailspin',
      rows: { G1: { steps: ['Open www.tailspin.com first.'] } },
      roleSets: [
        { id: 'tier1', name: '<svg/onload=x>', roles: [{ name: 'Helpdesk Administrator', roleDefinitionId: '729827e3-9c14-49f7-bb1b-9608f156bbb8' }] },
      ],
    };
    const lines = formatProblems(checkOverlay(new Map([['en-US.json', language]]), 'directory').problems);
    assert.deepEqual(lines, [
      'en-US.json: rows.G1.steps.0: row G1 in en-US: "www.tailspin.com" would show as a link to an http:// address; write [text](https://www.tailspin.com) instead',
      'en-US.json: roleSets.0.name: must not contain HTML tags or comments (use Markdown: **bold**, [text](https://…))',
    ]);
  });

  it("holds the pack's role sets file to the Markdown rule", () => {
    const dir = packWith('actions/roleSets.json', (json: Json) => {
      json.roleSets[0].roles[0].name = 'Helpdesk <b>Administrator</b>';
    });
    const problems = formatProblems(checkPackDir(dir, '2026-11-24'));
    assert.ok(
      problems.some((l) => l.startsWith('actions/roleSets.json: roleSets.0.roles.0.name: must not contain HTML')),
      problems.join('\n'),
    );
  });
});

function outsideFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'outside-'));
  const file = path.join(dir, 'passwd');
  fs.writeFileSync(file, `${SECRET}\n`);
  return file;
}
