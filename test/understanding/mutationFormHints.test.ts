// The form rule of src/domain/understanding/form.ts on its own: which hints beside a form's answers
// are blanked (an example's bracket and the value it is about, options offered in angle brackets,
// Markdown struck through), and how far back the value goes. The example words are spelled out by
// hand ("example"), not read from the lexicons; every result keeps the text's length and its line
// breaks, so the other words keep their places. Also the dot after a company form opening a message.
import * as assert from 'assert';
import type { CompiledLexicon } from '../../src/domain/understanding/compile';
import { withoutFormHints } from '../../src/domain/understanding/form';
import { prepare } from '../../src/domain/understanding/text';

const LEXICONS: CompiledLexicon[] = [{ language: 'en-US', entries: [], respell: [], example: /example/gu }];

/** `text` with `from` up to `to` (both found in it, `to` after `from`) put out in spaces, line breaks kept. */
function blankedFrom(text: string, from: string, to: string): string {
  const start = text.indexOf(from);
  const end = text.indexOf(to, start) + to.length;
  assert.ok(start >= 0 && end >= start + to.length, `"${from}"…"${to}" is in "${text}"`);
  return text.slice(0, start) + text.slice(start, end).replace(/[^\n]/gu, ' ') + text.slice(end);
}

function check(text: string, expected: string): void {
  const got = withoutFormHints(text, LEXICONS);
  assert.strictEqual(got.length, text.length, text);
  assert.strictEqual(got, expected, text);
}

describe("form rules: a form's hints beside its answers", () => {
  it('blank a bracket that only says "example", and the value before it back to the label, on the first line or a later one', () => {
    check('Channel: Open Value (example)', blankedFrom('Channel: Open Value (example)', 'Open', ')'));
    check('Note\nChannel: Open Value (example)', blankedFrom('Note\nChannel: Open Value (example)', 'Open', ')'));
    // A full stop after the word still says only "example".
    check('Channel: Open Value (example.)', blankedFrom('Channel: Open Value (example.)', 'Open', ')'));
  });

  it('blank the value before such a bracket only when it is at most 60 characters from the label', () => {
    const sixty = `Channel: ${'v'.repeat(57)} (example)`;
    check(sixty, blankedFrom(sixty, 'v', ')'));
    const longer = `Channel: ${'v'.repeat(58)} (example)`;
    check(longer, blankedFrom(longer, '(', ')'));
  });

  it('leave a bracket whose example word does not open it', () => {
    check('We buy EA (like the example)', 'We buy EA (like the example)');
  });

  it('blank options offered in angle brackets, and Markdown struck through up to the end of the text', () => {
    check('Channel: <EA / CSP> CSP', blankedFrom('Channel: <EA / CSP> CSP', '<', '>'));
    check('Channel: Open ~~EA~~', blankedFrom('Channel: Open ~~EA~~', '~~', 'A~~'));
  });

  it('read the dot after a company form opening a message as part of the name, not a full stop', () => {
    assert.strictEqual(prepare('Kft. is the one we buy from').text, 'kft is the one we buy from');
  });
});
