// A typed message is read once per turn: whatever the screen (no case, a question, the list of
// answers to change, a result), the flow asks for one reading and decides from it, so the
// free-text understanding runs at most once a turn, and not at all where a command, a greeting
// or the card's own words decide. Counted with a spy in the flow's context.
import { DEFAULT_EDITION } from '../../src/domain/editions';
import { strict as assert } from 'assert';
import { AdvisorState, FlowResult, handleTurn } from '../../src/conversation/advisor/flow';
import { flowContextFor } from '../../src/conversation/advisor/flowContext';
import { LOCALES, LocaleTag } from '../../src/domain/locales';
import { catalogFor } from '../../src/domain/textCatalog';
import { understand } from '../../src/domain/understanding';

/** A conversation in `locale` typed from start to end: a sentence, a greeting, labels, commands, a change. */
function script(locale: LocaleTag): string[] {
  const c = catalogFor(locale);
  return [
    c.greeting.phrases[0]!,
    'Customer bought Office 365 through EA',
    c.greeting.phrases[1]!,
    c.questions.goal.options.move,
    c.commands.change.phrases[0]!,
    c.questions.channel.name,
    c.questions.channel.options.open,
    'qwxz',
    c.questions.partnerType.options.indirectReseller,
    c.commands.back.phrases[0]!,
    'we are an indirect reseller',
    c.questions.cloud.options.global,
    // The goal, where the sentence above did not state it; after the result, a new message
    // starts the next case from what it states.
    c.questions.goal.options.move,
    'now Azure through Open',
    c.commands.restart.phrases[0]!,
  ];
}

function run(locale: LocaleTag, counted: boolean): { results: FlowResult[]; reads: number[] } {
  let reads = 0;
  let ids = 0;
  const ctx = flowContextFor({ locale, edition: DEFAULT_EDITION, preset: {}, shared: false, newConsultationId: () => `case-${++ids}` });
  if (counted) {
    ctx.understand = (text) => {
      reads++;
      return understand(text);
    };
  }
  const results: FlowResult[] = [];
  const perTurn: number[] = [];
  let state: AdvisorState | undefined;
  for (const text of script(locale)) {
    const before = reads;
    const result = handleTurn(state, { kind: 'text', text }, ctx);
    perTurn.push(reads - before);
    results.push(result);
    state = result.state;
  }
  return { results, reads: perTurn };
}

describe('a typed message is read once per turn', () => {
  for (const locale of LOCALES) {
    it(`${locale}: at most one understanding a turn, none where the card's words or a command decide`, () => {
      const { results, reads } = run(locale, true);
      const texts = script(locale);
      reads.forEach((n, i) => assert.ok(n <= 1, `"${texts[i]}" was understood ${n} times in one turn`));
      // The first message starts a case from what it states; a command is never read further.
      assert.equal(reads[0], 1, 'a first message is read for what it states');
      assert.equal(reads[2], 0, 'a greeting is read as a greeting only');
      assert.equal(reads[4], 0, 'a command word is read as a command only');
      assert.equal(reads[6], 0, 'an option’s label picks it unread');
      const result = results.findIndex((r) => r.state.phase === 'result');
      assert.ok(result > 0, 'the script reaches a result');
      assert.equal(reads[result + 1], 1, 'a message after the result is read for what it states');
      assert.equal(reads[reads.length - 1], 0, 'a command word is read as a command only');
      // Counting changes nothing: the same turns give the same replies and states.
      assert.deepStrictEqual(results, run(locale, false).results);
    });
  }
});
