// The partner overlay (CONTENT_OVERLAY) under the content check: a good one loads, in either form;
// a bad one stops start-up with lines naming the file, the row and the key.
import { strict as assert } from 'assert';
import * as path from 'path';
import { checkOverlay, formatProblems } from '../../src/domain/contentPack';
import { OverlayError, loadOverlay } from '../../src/hosting/content/loadOverlay';
import { Json, folderWith, removeCopies } from './packCopies';

const HU: Json = {
  name: 'Példa Partner',
  contact: 'Kérdés esetén: **partner@example.com**',
  rows: {
    G1: {
      steps: ['Nyisson jegyet a [belső portálon](https://portal.example.com/jegy).'],
      notes: [{ title: 'Belső szabály', text: 'Az EA ügyfeleket a csapatvezető hagyja jóvá.' }],
      links: [{ title: 'Belső útmutató', url: 'https://wiki.example.com/multichannel' }],
    },
  },
};
const EN: Json = { name: 'Example Partner', rows: { C5: { steps: ['Ask the China desk first.'] } } };
const SETTINGS: Json = { linkUrls: { gdap: 'https://mirror.example.com/{locale}/gdap' } };

/** The lines a bad overlay stops start-up with. */
function failure(location: string): string[] {
  try {
    loadOverlay(location);
  } catch (err) {
    assert.ok(err instanceof OverlayError, String(err));
    assert.ok(err.message.includes(err.lines.join('\n')), 'the message carries every line');
    return [...err.lines];
  }
  assert.fail(`${location} loaded`);
}

const copy = (value: Json): Json => JSON.parse(JSON.stringify(value));

describe('partner overlay check', () => {
  after(removeCopies);

  it('loads a good directory overlay', () => {
    const dir = folderWith({ 'overlay.json': SETTINGS, 'hu-HU.json': { $schema: '../content/schema/overlay.schema.json', ...HU }, 'en-US.json': EN });
    assert.deepEqual(loadOverlay(dir), { linkUrls: SETTINGS.linkUrls, languages: { 'hu-HU': HU, 'en-US': EN } });
  });

  it('loads a good single-file overlay', () => {
    const dir = folderWith({ 'partner.json': { ...SETTINGS, languages: { 'hu-HU': HU } } });
    assert.deepEqual(loadOverlay(path.join(dir, 'partner.json')), { linkUrls: SETTINGS.linkUrls, languages: { 'hu-HU': HU } });
  });

  it('names the file, row and key of an http link', () => {
    const hu = copy(HU);
    hu.rows.G1.links[0].url = 'http://wiki.example.com/multichannel';
    assert.deepEqual(failure(folderWith({ 'hu-HU.json': hu })), [
      'hu-HU.json: rows.G1.links.0.url: must be an https URL (not "http://wiki.example.com/multichannel")',
    ]);
  });

  it('names the language and row inside a single file', () => {
    const hu = copy(HU);
    hu.rows.G1.links[0].url = 'https://wiki.example.com/a b';
    const dir = folderWith({ 'partner.json': { languages: { 'hu-HU': hu } } });
    assert.deepEqual(failure(path.join(dir, 'partner.json')), [
      'partner.json: languages.hu-HU.rows.G1.links.0.url: must be an https URL (not "https://wiki.example.com/a b")',
    ]);
  });

  it('names an unknown row', () => {
    const hu = copy(HU);
    hu.rows.G9 = { steps: ['?'] };
    const [line, ...rest] = failure(folderWith({ 'hu-HU.json': hu }));
    assert.deepEqual(rest, []);
    assert.equal(line, 'hu-HU.json: rows.G9: unknown key (known: G1, G2, G3, G4, G5, G6, G7, C1, C2, C3, C4, C5, C6)');
  });

  it('names an unknown link id and an http address in linkUrls', () => {
    const lines = failure(folderWith({ 'overlay.json': { linkUrls: { gdpa: 'https://mirror.example.com/gdap' } } }));
    assert.equal(lines.length, 1, lines.join('\n'));
    assert.match(lines[0]!, /^overlay\.json: linkUrls\.gdpa: unknown key \(known: multichannel, request-relationship, /);
    assert.deepEqual(failure(folderWith({ 'overlay.json': { linkUrls: { gdap: 'http://mirror.example.com/gdap' } } })), [
      'overlay.json: linkUrls.gdap: must be an https URL (not "http://mirror.example.com/gdap")',
    ]);
  });

  it('names a file for a language the advisor does not speak', () => {
    assert.deepEqual(failure(folderWith({ 'fr-FR.json': EN })), [
      'fr-FR.json: (file): not a language of the advisor (en-US, ru-RU, zh-CN, pt-BR, hu-HU) nor overlay.json',
    ]);
  });

  it('refuses unsafe Markdown in a step, a note and the contact line', () => {
    const hu = copy(HU);
    hu.rows.G1.steps[0] = 'Lásd <a href="https://x.example.com">itt</a>';
    hu.rows.G1.notes[0].text = '![követő](https://track.example.com/p.gif)';
    hu.contact = '[Írjon](mailto:partner@example.com)';
    assert.deepEqual(failure(folderWith({ 'hu-HU.json': hu })).sort(), [
      'hu-HU.json: contact: links must be [text](https://…) (refused target "mailto:partner@example.com")',
      'hu-HU.json: rows.G1.notes.0.text: must not contain images (![…](…))',
      'hu-HU.json: rows.G1.steps.0: must not contain HTML tags or comments (use Markdown: **bold**, [text](https://…))',
    ]);
  });

  it("takes the partner's role sets, and names a role id that is no GUID", () => {
    const roleSets = [{ id: 'mail', name: 'Mail desk', roles: [{ name: 'Exchange Administrator', roleDefinitionId: '29232cdf-9323-42fd-ade2-1d097af3e4de' }] }];
    const good = folderWith({ 'en-US.json': { ...EN, roleSets } });
    assert.deepEqual(loadOverlay(good).languages['en-US']?.roleSets, roleSets);
    const bad = copy({ ...EN, roleSets });
    (bad.roleSets as Json[])[0]!.roles = [{ name: 'Exchange Administrator', roleDefinitionId: 'exchange-admin' }];
    const lines = failure(folderWith({ 'en-US.json': bad }));
    assert.ok(
      lines.some((l) => l.startsWith('en-US.json: roleSets.0.roles.0.roleDefinitionId')),
      lines.join('\n'),
    );
  });

  it('refuses a missing or blank name', () => {
    const { name: _name, ...nameless } = HU;
    assert.deepEqual(failure(folderWith({ 'hu-HU.json': nameless })), ['hu-HU.json: (file): missing key "name"']);
    assert.deepEqual(failure(folderWith({ 'hu-HU.json': { ...HU, name: '  ' } })), ['hu-HU.json: name: must not be empty: it titles the partner section']);
  });

  it('names an overlay file that is not valid JSON or does not exist', () => {
    const dir = folderWith({ 'hu-HU.json': '{ "name": "x", }' });
    const [line] = failure(dir);
    assert.match(line!, /^hu-HU\.json: \(file\): is not valid JSON \(/);
    assert.deepEqual(failure(path.join(dir, 'nowhere.json')), ['nowhere.json: (file): cannot be read (ENOENT)']);
  });

  it('returns no overlay while there is a problem (pure check)', () => {
    const checked = checkOverlay(new Map([['hu-HU.json', { ...HU, rows: { G1: { links: [{ title: 't', url: 'javascript:alert(1)' }] } } }]]), 'directory');
    assert.equal(checked.overlay, undefined);
    assert.ok(formatProblems(checked.problems).includes('hu-HU.json: rows.G1.links.0.url: must be an https URL (not "javascript:alert(1)")'));
  });
});
