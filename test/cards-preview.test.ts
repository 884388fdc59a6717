// The card gallery (npm run cards:preview): one PNG per card and shipped language, rendered in
// headless Chromium, and an index.html that shows them all.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PROJECT_ROOT } from './support/paths';
import { PreviewError, PreviewResult, writeCardPreview } from '../scripts/cards-preview';
import { readPngHeader } from '../scripts/lib/png';
import { actionCardSamples } from '../src/conversation/actions/actionCardSamples';
import { cardCatalog } from '../scripts/lib/cardCatalog';
import { availableLocales } from '../src/domain/textCatalog';
import { LocaleTag } from '../src/domain/locales';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const SCALE = 2;

describe('card gallery (cards:preview)', function () {
  // One screenshot per card and language (about 230 with both editions of the results).
  this.timeout(240_000);
  const tempDirs: string[] = [];
  let outDir: string;
  let result: PreviewResult;

  function tempDir(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cards-preview-test-'));
    tempDirs.push(dir);
    return dir;
  }

  before(async () => {
    outDir = tempDir();
    result = await writeCardPreview({ outDir, scale: SCALE });
  });

  after(() => {
    for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes one PNG per card and shipped language, and nothing else', () => {
    // The advisor's templated cards and the actions' cards built in code, each in every language.
    const names = [...cardCatalog(), ...actionCardSamples()].map((c) => c.name);
    const locales = availableLocales();
    assert.deepEqual(result.locales, locales);
    assert.equal(result.cards.length, names.length * locales.length);
    const expected = locales.flatMap((l) => names.map((n) => `${l}/${n}.png`)).sort();
    const written = locales
      .flatMap((l) =>
        fs
          .readdirSync(path.join(outDir, l))
          .filter((f) => f.endsWith('.png'))
          .map((f) => `${l}/${f}`),
      )
      .sort();
    assert.deepEqual(written, expected);
  });

  it('writes real images: PNG signature, a sane size from IHDR, more than 2 KB', () => {
    for (const card of result.cards) {
      const file = path.join(outDir, card.file);
      const png = fs.readFileSync(file);
      assert.ok(png.subarray(0, 8).equals(PNG_SIGNATURE), `${card.file}: no PNG signature`);
      assert.equal(png.toString('latin1', 12, 16), 'IHDR', `${card.file}: IHDR is not the first chunk`);
      const { width, height } = readPngHeader(png);
      assert.ok(width >= 200 * SCALE && width <= 800 * SCALE, `${card.file}: width ${width}`);
      assert.ok(height >= 40 * SCALE && height <= 6000 * SCALE, `${card.file}: height ${height}`);
      assert.equal(width, card.width * SCALE, `${card.file}: PNG width does not match the rendered card`);
      assert.ok(png.length > 2048, `${card.file}: only ${png.length} bytes`);
    }
  });

  it('draws every character with an installed font, Chinese included (no empty boxes)', () => {
    assert.deepEqual(
      result.warnings.filter((w) => /no installed font/.test(w)),
      [],
    );
    assert.ok(result.cards.some((c) => c.locale === 'zh-CN'));
  });

  it('shows the result cards wider than the others', () => {
    const widths = (kind: 'result' | 'other'): number[] =>
      result.cards.filter((c) => (c.name.startsWith('result-') ? 'result' : 'other') === kind).map((c) => c.width);
    assert.ok(Math.min(...widths('result')) > Math.max(...widths('other')));
  });

  it('writes an index.html that shows every PNG with its card name', () => {
    const html = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8');
    assert.equal(result.indexFile, path.join(outDir, 'index.html'));
    for (const card of result.cards) {
      assert.ok(html.includes(`src="${card.file}"`), `index.html does not show ${card.file}`);
      assert.ok(html.includes(`>${card.name}</a>`), `index.html does not name ${card.name}`);
    }
    for (const locale of result.locales) assert.ok(html.includes(`<code>${locale}</code>`), `no column for ${locale}`);
  });

  it('fails with one clear line when Chromium is missing', async () => {
    const missing = path.join(tempDir(), 'no-chromium-here');
    await assert.rejects(writeCardPreview({ outDir: tempDir(), chromiumPath: missing }), (err: unknown) => {
      assert.ok(err instanceof PreviewError);
      assert.match(err.message, /Chromium not found/);
      assert.ok(!err.message.includes('\n'));
      return true;
    });
  });

  it('names the card that cannot be built', async () => {
    const broken = {
      name: 'broken-card',
      description: 'throws',
      view: (): never => {
        throw new Error('no such text');
      },
    };
    await assert.rejects(writeCardPreview({ outDir: tempDir(), samples: [broken] }), /card "broken-card" \(en-US\) could not be built: no such text/);
  });

  it('names the card the renderer rejects', async () => {
    const good = cardCatalog().find((c) => c.name === 'result-G1')!;
    const bad = {
      name: 'bad-colour',
      description: 'an unknown text colour',
      view: (locale: LocaleTag) => {
        const view = good.view(locale);
        return { ...view, data: { ...view.data, verdictColor: 'Purple' } };
      },
    };
    await assert.rejects(writeCardPreview({ outDir: tempDir(), samples: [bad], locales: ['en-US'] }), (err: unknown) => {
      assert.ok(err instanceof PreviewError);
      assert.match(err.message, /^card "bad-colour" \(en-US\) failed to render: InvalidPropertyValue: .*Purple/);
      return true;
    });
  });

  it('exits non-zero with a single line from the command line', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'scripts', 'cards-preview.ts'), tempDir()], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, CHROMIUM_PATH: path.join(os.tmpdir(), 'no-chromium-here') },
      encoding: 'utf8',
      timeout: 30_000,
    });
    assert.equal(run.status, 1, run.stderr);
    const lines = run.stderr.trim().split('\n');
    assert.equal(lines.length, 1, run.stderr);
    assert.match(lines[0]!, /^cards:preview: Chromium not found at .*CHROMIUM_PATH/);
  });
});
