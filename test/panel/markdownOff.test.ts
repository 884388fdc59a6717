// The side panel's stand-ins for markdown-it's rules of the options its Markdown has off (html,
// linkify, typographer): the page makes its Markdown with those off and changes no option later;
// each stubbed rule, in the package, does nothing but return before its option is read (a new
// version that does more fails here, so the stand-ins are looked at again); and Markdown with the
// stand-ins renders every text of content/ as the package does.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import MarkdownIt from 'markdown-it';
import { MARKDOWN_RULES_OFF } from '../../scripts/lib/panelBundle';
import { STAND_INS } from '../../src/panel/markdownOff';
import { PROJECT_ROOT } from '../support/paths';

const LIBRARY = path.join(PROJECT_ROOT, 'node_modules', 'markdown-it', 'lib');
const OPTION = { typographerCoreRule: 'typographer', linkifyCoreRule: 'linkify', linkifyInlineRule: 'linkify', htmlRule: 'html' } as const;
// The rule's name in its parser's chain, by file.
const PARSERS = { rules_core: 'core', rules_block: 'block', rules_inline: 'inline' } as const;

function strings(node: unknown, into: string[] = []): string[] {
  if (typeof node === 'string') into.push(node);
  else if (Array.isArray(node)) for (const item of node) strings(item, into);
  else if (node !== null && typeof node === 'object') for (const value of Object.values(node)) strings(value, into);
  return into;
}

function contentFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? contentFiles(full) : e.name.endsWith('.json') ? [full] : [];
  });
}

interface Rule {
  name: string;
  alt: string[];
}

/** The page's Markdown with each stubbed rule's stand-in in its place. */
function withStandIns(md: MarkdownIt): MarkdownIt {
  for (const [file, standIn] of Object.entries(MARKDOWN_RULES_OFF)) {
    const [folder, base] = file.split('/') as [keyof typeof PARSERS, string];
    const ruler = md[PARSERS[folder]].ruler as unknown as { __rules__: Rule[]; at(name: string, fn: unknown, options: { alt: string[] }): void };
    const name = base.replace(/\.mjs$/, '');
    const rule = ruler.__rules__.find((r) => r.name === name);
    assert.ok(rule, `${file}: the rule ${name} in markdown-it's ${PARSERS[folder]} chain`);
    ruler.at(name, STAND_INS[standIn], { alt: rule.alt });
    assert.equal((ruler.__rules__.find((r) => r.name === name) as Rule & { fn: unknown }).fn, STAND_INS[standIn]);
  }
  return md;
}

describe("side panel: its stand-ins for markdown-it's rules of the options it has off", () => {
  const page = fs.readFileSync(path.join(PROJECT_ROOT, 'src', 'panel', 'browser', 'main.ts'), 'utf8');

  it("the page's Markdown has html and linkify off, typographer left off, and no option changed later", () => {
    const made = page.match(/new MarkdownIt\((\{[^}]*\})\)/g) ?? [];
    assert.equal(made.length, 1, 'one Markdown');
    assert.match(made[0]!, /\bhtml: false\b/);
    assert.match(made[0]!, /\blinkify: false\b/);
    assert.doesNotMatch(page, /typographer|\.set\(|\.configure\(|\.enable\(|\.use\(|\.options\b/);
  });

  for (const [file, standIn] of Object.entries(MARKDOWN_RULES_OFF)) {
    it(`${file}: does nothing but return before it reads its option, as its stand-in does`, () => {
      const source = fs.readFileSync(path.join(LIBRARY, file), 'utf8');
      const head = source.match(/^export default function \w+ \((state)[^)]*\) \{\n/m);
      assert.ok(head, 'its rule is the default export');
      const body = source.slice(head.index! + head[0].length);
      const option = OPTION[standIn];
      const guard = body.match(new RegExp(`^ *if \\(!state\\.md\\.options\\.${option}\\) (\\{ return( false)? \\}|return( false)?)$`, 'm'));
      assert.ok(guard, `returns while ${option} is off`);
      // Before it: only names read from the state, comments and an early `return false`.
      for (const line of body.slice(0, guard.index).split('\n')) {
        assert.match(
          line.trim(),
          /^$|^\/\/|^\/\*.*\*\/$|^(let|const) \w+( = [\w.[\]+ ]+)?$|^if \([\w.[\]+\-<>= ]+\) \{ return false \}$/,
          `${file}: "${line}"`,
        );
      }
      const returns = /false/.test(guard[1]!) ? false : undefined;
      const off = { md: { options: { html: false, linkify: false, typographer: false } } };
      assert.equal(STAND_INS[standIn](off), returns);
      assert.throws(() => STAND_INS[standIn]({ md: { options: { ...off.md.options, [option]: true } } }), /is off in the side panel/);
    });
  }

  it('each stubbed rule is read by its parser alone', () => {
    const importers = new Map<string, string[]>();
    const files = (dir: string): string[] =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.mjs') ? [path.join(dir, e.name)] : []));
    for (const f of files(LIBRARY)) {
      for (const m of fs.readFileSync(f, 'utf8').matchAll(/from '\.\/(rules_\w+\/\w+\.mjs)'/g)) {
        importers.set(m[1]!, [...(importers.get(m[1]!) ?? []), path.relative(LIBRARY, f)]);
      }
    }
    for (const file of Object.keys(MARKDOWN_RULES_OFF)) {
      assert.deepEqual(importers.get(file), [`parser_${PARSERS[file.split('/')[0] as keyof typeof PARSERS]}.mjs`], file);
    }
  });

  it('renders every text of content/, and Markdown the options would act on, as the package does', () => {
    const options = { html: false, linkify: false, breaks: false };
    const md = new MarkdownIt(options);
    const stood = withStandIns(new MarkdownIt(options));
    const all = contentFiles(path.join(PROJECT_ROOT, 'content')).flatMap((file) => strings(JSON.parse(fs.readFileSync(file, 'utf8'))));
    assert.ok(all.length > 1000, `${all.length} texts`);
    const tricky = [
      '<div>\n*a*\n</div>',
      'a <b>bold</b> <!-- c --> word',
      'see https://example.com and www.example.com',
      '"quoted" -- (c) (tm) +- ... \'single\'',
      '<https://example.com> [link](https://example.com "t")',
    ];
    for (const text of [...all, ...tricky]) assert.equal(stood.render(text), md.render(text), text);
  });
});
