// "Either way" means "whatever the answer": it opens no either/or, so a goal said before it (a
// past move to another licensing programme) and the wish after it are no pair of options.
import { checkKind } from './kindCheck';

describe('eitherOr: "either way" opens no choice', () => {
  checkKind([
    [
      'en-US',
      'They moved to the EA last year. Either way, they just want us to administer Office 365.',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
    ['en-US', 'Either we take over the billing for their Office 365 or we only support it, they have not decided.', { service: 'license' }, ['goal']],
  ]);
});
