// The blind development set (test/data/blind-dev.json, written by someone who saw neither the
// reader nor its tests): its labels stay valid, and the reader keeps what it reached on it,
// at least 0.97 per language and no message at a wrong row.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { isQuestionId, isValidOption } from '../../src/domain/questions';
import { LabelledUtterance, evaluate } from '../../scripts/bench-nlu';
import { PROJECT_ROOT } from '../support/paths';

const KINDS = ['thread', 'eitherOr', 'spoken', 'whose', 'channelWords', 'goalWords', 'variant', 'notButY', 'rambling', 'typo'];

describe('the blind development set', () => {
  const file = path.join(PROJECT_ROOT, 'test', 'data', 'blind-dev.json');
  const all = (JSON.parse(fs.readFileSync(file, 'utf8')) as { utterances: LabelledUtterance[] }).utterances;
  // Read in each test, not when the file loads: a mutation run switches a mutant on after the
  // files have loaded, so figures read at load could never see one (nor fail on it).
  const figures = (list: readonly LabelledUtterance[] = all) => evaluate(list);

  it('has 40 messages per language, each of a known kind, with valid labels', () => {
    for (const lang of ['en-US', 'ru-RU', 'zh-CN', 'pt-BR', 'hu-HU']) assert.strictEqual(all.filter((u) => u.lang === lang).length, 40, lang);
    assert.strictEqual(new Set(all.map((u) => u.id)).size, all.length);
    for (const u of all) {
      assert.ok(KINDS.includes(u.kind ?? ''), `${u.id}: kind ${String(u.kind)}`);
      for (const [q, v] of Object.entries(u.answers)) assert.ok(isQuestionId(q) && isValidOption(q, v, u.answers), `${u.id}: ${q}=${String(v)}`);
    }
  });

  for (const lang of ['en-US', 'ru-RU', 'zh-CN', 'pt-BR', 'hu-HU']) {
    it(`${lang}: reads at least 0.97 of the messages with every stated answer and no conflict`, () => {
      const f = figures(all.filter((u) => u.lang === lang)).find((x) => x.lang === lang)!;
      const detail = f.failures.map((x) => `${x.id}\n  expected ${JSON.stringify(x.expected)}\n  got ${JSON.stringify(x.got)}`);
      assert.ok(f.exactRate >= 0.97, `${f.exact}/${f.utterances}\n${detail.join('\n')}`);
    });
  }

  it('sends no message to a wrong row', () => {
    assert.deepStrictEqual(
      figures().flatMap((f) => f.wrong),
      [],
    );
  });
});
