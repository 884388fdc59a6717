// Kind "negation": a negated wish reaches past whatever answer names its object to the goal's
// verb, a word of wanting at most one word after the negation ("don't really want"): "We don't
// want our T1 account moved" keeps the role and refuses the move; "the commercial cloud tenant"
// keeps the cloud. Each was read as a move.
import { checkKind } from './kindCheck';

describe('kind: a negated wish reaches past the answer that names its object, to the goal', () => {
  checkKind([
    ['en-US', "We don't want our T1 account moved.", { partnerType: 'direct' }],
    ['en-US', 'They do not want the commercial cloud tenant moved.', { cloud: 'global' }],
    ['en-US', 'They do not really want the EA subscriptions moved.', { channel: 'ea' }],
    ['en-US', 'They did not buy through EA to move them.', { goal: 'move' }],
    // Dictated with no stops: the goal refused is the one right after the wish; the next one is wanted.
    ['en-US', 'ok so they dont want to migrate they want support for the licences', { service: 'license', goal: 'support' }],
    ['ru-RU', 'они не хотят переносить они хотят поддержку', { goal: 'support' }],
    // A word of wanting further on is no wish refused either.
    ['en-US', 'They did not buy through EA to move them, as they would want.', { goal: 'move' }],
    // A word of wanting before the negation is no wish refused: EA is.
    ['en-US', 'They want support. They did not buy through EA to move them.', { goal: 'support' }],
    // With no word of wanting the negation still reaches past the product to the goal's verb.
    ['en-US', "They don't have the licences moved.", { service: 'license' }],
  ]);
});
