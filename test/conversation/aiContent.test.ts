// What Teams and Microsoft 365 Copilot add to a message beyond its card
// (src/conversation/channel/aiContent.ts), from tables written by hand: the text that stands on its
// own, the citations, the feedback buttons, by channel (the mechanism end to end: e2e/citations.test.ts).
import { strict as assert } from 'assert';
import { citationEntity, withAiContent } from '../../src/conversation/channel/aiContent';
import { COPILOT as COPILOT_CHANNEL_ID } from '../../src/conversation/cards/channelFeatures';
import type { RenderedReply } from '../../src/conversation/cards/replyCardCache';

type Shown = Extract<RenderedReply, { card: unknown }>;
const source = { position: 1, name: 'Microsoft Learn', url: 'https://learn.microsoft.com/x', abstract: 'What the page says' };
const cited = { sentence: 'Yes [1].', text: 'Yes [1].\nStep one.', sources: [source] };
const result: Shown = { kind: 'result', card: { type: 'AdaptiveCard' } as never, fallbackText: 'Yes.\nStep one.', cited };
const question: Shown = { kind: 'question', card: { type: 'AdaptiveCard' } as never, fallbackText: 'Which one?\nA or B' };

describe('AI content on a message', () => {
  it('adds by channel: the sentence and citations on Teams, the whole text on Copilot, nothing elsewhere', () => {
    const rows: [string, string | undefined, Shown, { text?: string; cites: boolean; feedback: boolean }][] = [
      ['Teams, a verdict', 'msteams', result, { text: 'Yes [1].', cites: true, feedback: true }],
      ['Teams, a question', 'msteams', question, { cites: false, feedback: false }],
      ['Copilot, a verdict', COPILOT_CHANNEL_ID, result, { text: 'Yes [1].\n\nStep one.', cites: true, feedback: true }],
      ['Copilot, a question: its fallback as paragraphs', COPILOT_CHANNEL_ID, question, { text: 'Which one?\n\nA or B', cites: false, feedback: false }],
      ['Web Chat, a verdict', 'webchat', result, { cites: false, feedback: false }],
      ['no channel', undefined, result, { cites: false, feedback: false }],
    ];
    for (const [what, channelId, shown, expected] of rows) {
      const out = withAiContent<{ type: string; text?: string; entities: unknown[] }>({ type: 'message', entities: [{ type: 'kept' }] }, shown, channelId);
      assert.equal(out.text, expected.text, what);
      assert.equal(out.entities.length, expected.cites ? 2 : 1, what);
      assert.equal((out as { channelData?: { feedbackLoop?: unknown } }).channelData?.feedbackLoop !== undefined, expected.feedback, what);
    }
  });

  it('leaves the message as it is where nothing is added, and never changes the one it was given', () => {
    const message = { type: 'message', text: 'kept' };
    assert.equal(withAiContent(message, result, 'webchat'), message);
    withAiContent(message, result, 'msteams');
    assert.deepEqual(message, { type: 'message', text: 'kept' });
  });

  it("writes the citations as Teams' message entity, one claim per source", () => {
    assert.deepEqual(citationEntity([source]), {
      type: 'https://schema.org/Message',
      '@type': 'Message',
      '@context': 'https://schema.org',
      '@id': '',
      citation: [
        {
          '@type': 'Claim',
          position: 1,
          appearance: { '@type': 'DigitalDocument', ...{ name: 'Microsoft Learn', url: 'https://learn.microsoft.com/x', abstract: 'What the page says' } },
        },
      ],
    });
  });
});
