// Kind "correction": 'the "advisor" was just the consultant who helped them sign' says who the
// word meant, a person, not the Advisor channel. Read before as the Advisor beside the EA, asked.
import { checkKind } from './kindCheck';

describe('kind: "the advisor was just a consultant" names no channel', () => {
  checkKind([
    [
      'en-US',
      'Their Azure sits on an Enterprise Agreement, the "advisor" was just the consultant who helped them sign. Commercial cloud.',
      { cloud: 'global', channel: 'ea', service: 'usage' },
    ],
    [
      'en-US',
      'Commercial cloud, Office 365 on Open Value; the advisor is only an outside contractor.',
      { cloud: 'global', channel: 'open', service: 'license' },
    ],
  ]);
});
