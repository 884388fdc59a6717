// The provider's name in brackets between a role and "keresztül" (`supplierRoles`, parties.ts):
// one or two words, the bracket opened right before them, nothing else between, and no answer or
// "we" inside them; an answer after "keresztül" changes nothing. Each case is a prepared message
// with its role placed by hand, and the place of the opening bracket given as the message had it.
import * as assert from 'assert';
import { supplierRoles } from '../../src/domain/understanding/parties';

import { Said, read, setUp } from './partiesSetUp';

describe('partiesRules: a provider named in brackets before "keresztül" is the supplier only when one or two words, bracketed, with no answer or "we" in them', () => {
  const DISTRIBUTOR: Said = ['disztributoron', 'partnerType', 'indirectProvider'];
  const cases: [message: string, bracketBefore: string | undefined, said: Said[], expected: string[]][] = [
    // One word or two, bracketed: the supplier.
    ['Disztribútoron (ALSO) keresztül vásárolunk.', 'also', [], ['indirectReseller']],
    ['Disztribútoron (ALSO Hungary) keresztül vásárolunk.', 'also', [], ['indirectReseller']],
    // The same words with no bracket opened before them: no name, the role stays.
    ['Disztribútoron ALSO, keresztül vásárolunk.', undefined, [], ['indirectProvider']],
    // Three words, or a word after the closing bracket: no name.
    ['Disztribútoron (ALSO Hungary Kft) keresztül vásárolunk.', 'also', [], ['indirectProvider']],
    ['Disztribútoron (ALSO) nem keresztül vásárolunk.', 'also', [], ['indirectProvider']],
    // "We" in the brackets: no name; an answer after "keresztül" is no part of the name.
    ['Disztribútoron (mi) keresztül vásárolunk.', 'mi', [], ['indirectProvider']],
    ['Disztribútoron (ALSO) keresztül vásárolunk, EA.', 'also', [['ea', 'channel', 'ea']], ['indirectReseller', 'ea']],
  ];
  for (const [message, bracketBefore, said, expected] of cases)
    it(`"${message}" reads ${expected.join(', ')}`, () => {
      const { text, mentions, lexicons } = setUp(message, [DISTRIBUTOR, ...said]);
      const opened = bracketBefore === undefined ? -1 : text.indexOf(` ${bracketBefore}`) + 1;
      supplierRoles(text, mentions, lexicons, (at) => at === opened);
      assert.deepStrictEqual(read(mentions), expected);
    });
});
