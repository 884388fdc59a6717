// The blind sets measured once on unseen text (test/data/blind-third.json, blind-fourth.json,
// blind-sixth.json, blind-seventh.json, blind-eighth.json, blind-ninth.json, blind-tenth.json, blind-twelfth.json, blind-fourteenth.json, blind-sixteenth.json, blind-eighteenth.json, blind-nineteenth.json, blind-twentieth.json, blind-twenty-first.json, blind-twenty-second.json, blind-twenty-third.json, blind-twenty-fourth.json, blind-twenty-fifth.json, blind-twenty-sixth.json, blind-twenty-seventh.json, blind-twenty-eighth.json, blind-twenty-ninth.json, blind-thirtieth.json, blind-thirty-first.json, blind-thirty-second.json, blind-thirty-third.json, blind-thirty-fourth.json, blind-thirty-fifth.json, blind-thirty-sixth.json, blind-thirty-seventh.json, blind-thirty-eighth.json, blind-thirty-ninth.json, blind-fortieth.json, blind-forty-first.json, blind-forty-second.json, blind-forty-third.json, blind-forty-fourth.json, blind-forty-fifth.json, blind-forty-sixth.json, blind-forty-seventh.json, blind-forty-eighth.json, blind-forty-ninth.json, blind-fiftieth.json, blind-fifty-first.json, blind-fifty-second.json, blind-fifty-third.json, blind-fifty-fourth.json, blind-fifty-fifth.json, blind-fifty-sixth.json, blind-fifty-seventh.json, blind-fifty-eighth.json, blind-fifty-ninth.json, blind-sixtieth.json and blind-sixty-first.json, each written by someone who saw neither the reader, its tests nor the other
// sets: their figures are in docs/free-text.md). Their figure is not yet the 0.97 the issue asks; what must hold on
// them already is that their labels are valid and that no message reaches a wrong row: a question
// is asked instead of a guess.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { isQuestionId, isValidOption } from '../../src/domain/questions';
import { LabelledUtterance, evaluate } from '../../scripts/bench-nlu';
import { PROJECT_ROOT } from '../support/paths';

for (const [name, file, perLanguage, figure, heldOutWrongRows = 0] of [
  ['third', 'blind-third.json', 40, 197],
  ['fourth', 'blind-fourth.json', 40, 196],
  ['sixth', 'blind-sixth.json', 40, 190],
  ['seventh', 'blind-seventh.json', 40, 190],
  ['eighth', 'blind-eighth.json', 20, 95],
  ['ninth', 'blind-ninth.json', 40, 189],
  // The tenth holds two languages only: 40 Russian and 20 English messages.
  ['tenth', 'blind-tenth.json', { 'ru-RU': 40, 'en-US': 20 }, 56],
  ['twelfth', 'blind-twelfth.json', 20, 99],
  ['fourteenth', 'blind-fourteenth.json', 20, 92],
  ['sixteenth', 'blind-sixteenth.json', 20, 99],
  // The eighteenth holds two languages only: 30 English and 30 Hungarian messages.
  ['eighteenth', 'blind-eighteenth.json', { 'en-US': 30, 'hu-HU': 30 }, 56],
  ['nineteenth', 'blind-nineteenth.json', 20, 93],
  ['twentieth', 'blind-twentieth.json', 20, 91],
  ['twenty-first', 'blind-twenty-first.json', 40, 197],
  ['twenty-second', 'blind-twenty-second.json', 40, 194],
  ['twenty-third', 'blind-twenty-third.json', 40, 192],
  ['twenty-fourth', 'blind-twenty-fourth.json', 40, 197],
  ['twenty-fifth', 'blind-twenty-fifth.json', 40, 192],
  ['twenty-sixth', 'blind-twenty-sixth.json', 40, 199],
  ['twenty-seventh', 'blind-twenty-seventh.json', 40, 190],
  ['twenty-eighth', 'blind-twenty-eighth.json', 40, 195],
  ['twenty-ninth', 'blind-twenty-ninth.json', 40, 198],
  ['thirtieth', 'blind-thirtieth.json', 40, 194],
  ['thirty-first', 'blind-thirty-first.json', 80, 382],
  ['thirty-second', 'blind-thirty-second.json', 80, 376],
  ['thirty-third', 'blind-thirty-third.json', 80, 390],
  ['thirty-fourth', 'blind-thirty-fourth.json', 80, 375],
  ['thirty-fifth', 'blind-thirty-fifth.json', 80, 345],
  ['thirty-sixth', 'blind-thirty-sixth.json', 80, 339],
  ['thirty-seventh', 'blind-thirty-seventh.json', 80, 347],
  ['thirty-eighth', 'blind-thirty-eighth.json', 80, 344],
  ['thirty-ninth', 'blind-thirty-ninth.json', 80, 336],
  ['fortieth', 'blind-fortieth.json', 80, 348],
  ['forty-first', 'blind-forty-first.json', 80, 359],
  ['forty-second', 'blind-forty-second.json', 80, 339],
  ['forty-third', 'blind-forty-third.json', 80, 370],
  ['forty-fourth', 'blind-forty-fourth.json', 80, 363],
  ['forty-fifth', 'blind-forty-fifth.json', 80, 357],
  ['forty-sixth', 'blind-forty-sixth.json', 80, 332],
  ['forty-seventh', 'blind-forty-seventh.json', 80, 305],
  ['forty-eighth', 'blind-forty-eighth.json', 80, 361],
  ['forty-ninth', 'blind-forty-ninth.json', 80, 369],
  ['fiftieth', 'blind-fiftieth.json', 80, 364],
  ['fifty-first', 'blind-fifty-first.json', 80, 353],
  ['fifty-second', 'blind-fifty-second.json', 80, 354],
  ['fifty-third', 'blind-fifty-third.json', 80, 337],
  // Its four rows of "our distributor is …" alone were relabelled the partner's own role, the
  // indirect reseller, when the conventions settled the dispute (docs/free-text.md).
  ['fifty-fourth', 'blind-fifty-fourth.json', 80, 342],
  // Held out last stop; this stop's development set.
  ['fifty-fifth', 'blind-fifty-fifth.json', 80, 346],
  // Held out last stop; this stop's development set. Part a's English, Russian and Chinese were
  // copies of part b's and were removed, so it holds 40 of each of those and 80 of the others.
  ['fifty-sixth', 'blind-fifty-sixth.json', { 'en-US': 40, 'ru-RU': 40, 'zh-CN': 40, 'pt-BR': 80, 'hu-HU': 80 }, 232],
  // Held out last stop; this stop's development set. One Hungarian message repeated a Portuguese
  // one word for word and was removed.
  ['fifty-seventh', 'blind-fifty-seventh.json', { 'en-US': 80, 'ru-RU': 80, 'zh-CN': 80, 'pt-BR': 80, 'hu-HU': 79 }, 356],
  // Held out last stop; this stop's development set.
  ['fifty-eighth', 'blind-fifty-eighth.json', 80, 349],
  // Held out two stops ago; the development set of the last two stops. Its first sight sent two
  // messages to a wrong row; since this stop's round, none.
  ['fifty-ninth', 'blind-fifty-ninth.json', 80, 301],
  // Held out last stop; this stop's development set.
  ['sixtieth', 'blind-sixtieth.json', 80, 380],
  // Held out: written at this stop's start, measured at its start (319) and end, never worked on.
  ['sixty-first', 'blind-sixty-first.json', 80, 320],
] as const satisfies readonly (readonly [string, string, number | Record<string, number>, number, number?])[]) {
  describe(`the ${name} blind set`, () => {
    const all = (JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'test', 'data', file), 'utf8')) as { utterances: LabelledUtterance[] }).utterances;

    const counts: Record<string, number> =
      typeof perLanguage === 'number' ? Object.fromEntries(['en-US', 'ru-RU', 'zh-CN', 'pt-BR', 'hu-HU'].map((lang) => [lang, perLanguage])) : perLanguage;

    it(`has ${Object.entries(counts)
      .map(([lang, n]) => `${n} ${lang}`)
      .join(', ')} messages, each with valid labels`, () => {
      for (const [lang, n] of Object.entries(counts)) assert.strictEqual(all.filter((u) => u.lang === lang).length, n, lang);
      assert.strictEqual(
        all.length,
        Object.values(counts).reduce((a, b) => a + b, 0),
      );
      assert.strictEqual(new Set(all.map((u) => u.id)).size, all.length);
      // A message written twice would count twice in the figure.
      assert.strictEqual(new Set(all.map((u) => u.text)).size, all.length, 'a message appears twice');
      for (const u of all) {
        for (const [q, v] of Object.entries(u.answers)) assert.ok(isQuestionId(q) && isValidOption(q, v, u.answers), `${u.id}: ${q}=${String(v)}`);
      }
    });

    it(`reads at least ${figure} messages exactly (its figure in docs/free-text.md)`, () => {
      const exact = evaluate(all).reduce((n, f) => n + f.exact, 0);
      assert.ok(exact >= figure, `${exact} < ${figure}`);
    });

    it(
      heldOutWrongRows === 0
        ? 'sends no message to a wrong row'
        : `sends at most the ${String(heldOutWrongRows)} messages its first sight showed to a wrong row (held out)`,
      () => {
        const wrong = evaluate(all).flatMap((f) => f.wrong);
        if (heldOutWrongRows === 0) assert.deepStrictEqual(wrong, []);
        else assert.ok(wrong.length <= heldOutWrongRows, `${wrong.length} > ${String(heldOutWrongRows)}`);
      },
    );
  });
}
