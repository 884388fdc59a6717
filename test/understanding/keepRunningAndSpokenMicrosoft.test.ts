// Two things said aloud or typed fast: "we can just keep things running" asks for support (the
// "just" between the subject and the verb), and "micro soft" heard as two words is Microsoft.
import { checkKind } from './kindCheck';

describe('English: "just keep it running" asks for support', () => {
  checkKind([
    ['en-US', 'The owner asked if we can just keep everything running for now.', { goal: 'support' }],
    ['en-US', 'They want us to just keep the tenant in shape, nothing else.', { goal: 'support' }],
  ]);
});

describe('English: "micro soft" said as two words', () => {
  checkKind([['en-US', 'so they got their azure straight from micro soft with a card', { channel: 'microsoft', service: 'usage' }]]);
});
