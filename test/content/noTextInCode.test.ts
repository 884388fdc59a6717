// Every text the user sees comes from the content pack: no string in the code under src/ repeats
// one of the pack's texts, and the modules that build what users see hold no sentence of their
// own (developer-facing strings, comments, log lines and HTTP error bodies for clients aside).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { PROJECT_ROOT } from '../support/paths';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

/** The string literals and template pieces of a file, without its comments and the messages of errors it throws. */
function literalsOf(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isNewExpression(node) && /Error$/.test(node.expression.getText(source))) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.push(node.text);
    else if (ts.isTemplateExpression(node)) found.push(node.head.text, ...node.templateSpans.map((s) => s.literal.text));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function textsOf(value: Json, key = ''): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return key === 'phrases' || key === 'steps' ? (key === 'steps' ? value.flatMap((v) => textsOf(v)) : []) : [];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => (k === 'synonyms' ? [] : textsOf(v, k)));
  return [];
}

function packTexts(): string[] {
  const dir = path.join(PROJECT_ROOT, 'content');
  const read = (...p: string[]): Json => JSON.parse(fs.readFileSync(path.join(dir, ...p), 'utf8')) as Json;
  const catalogs = fs.readdirSync(path.join(dir, 'texts')).map((f) => read('texts', f));
  const pages = [read('pages', 'webchat.json'), read('pages', 'panel.json')];
  // Sentences and phrases of three words or more: a product name or a one-word label may well be in code.
  return [...new Set([...catalogs, ...pages].flatMap((c) => textsOf(c)).filter((t) => t.split(/\s+/).length >= 3))];
}

/** The modules that put text in front of users: the conversation's views and pages (conversation/pages/), the panel. */
const SHOWN_BY = ['src/conversation', 'src/panel', 'src/hosting/replies'];
const SENTENCE = /^[A-Z][a-z]+(?: [A-Za-z'’]+){3,}[.!?]?$/;

describe('no text the user sees in the code', () => {
  const files = sourceFiles(path.join(PROJECT_ROOT, 'src'));

  it('repeats none of the content pack’s texts in src/**/*.ts', () => {
    const texts = packTexts();
    assert.ok(texts.length > 300, `the pack's texts were read (${texts.length})`);
    const repeated = files.flatMap((f) =>
      literalsOf(f)
        .filter((l) => texts.some((t) => l.includes(t)))
        .map((l) => `${path.relative(PROJECT_ROOT, f)}: ${l}`),
    );
    assert.deepEqual(repeated, []);
  });

  it('has no sentence of its own in the modules that build what users see', () => {
    const shown = files.filter((f) => {
      const rel = path.relative(PROJECT_ROOT, f).split(path.sep).join('/');
      return SHOWN_BY.some((p) => rel === p || rel.startsWith(`${p}/`));
    });
    assert.ok(shown.length > 20, `${shown.length} files`);
    const sentences = shown.flatMap((f) =>
      literalsOf(f)
        .filter((l) => SENTENCE.test(l.trim()))
        .map((l) => `${path.relative(PROJECT_ROOT, f)}: ${l}`),
    );
    assert.deepEqual(sentences, []);
  });

  it('would catch one (the check is not blind)', () => {
    assert.ok(SENTENCE.test('Please pick one of the options.'));
    const probe = path.join(PROJECT_ROOT, 'dist', 'probe-literal.ts');
    fs.mkdirSync(path.dirname(probe), { recursive: true });
    fs.writeFileSync(
      probe,
      "// Please pick one of the options.\nexport const x = 'Please pick one of the options.';\nthrow new Error('No text for this row here');\n",
    );
    try {
      assert.deepEqual(literalsOf(probe), ['Please pick one of the options.'], 'literals, not comments or error messages');
    } finally {
      fs.rmSync(probe);
    }
  });
});
