// The shapes the host reads from outside, checked by ajv (conversation/webChat/shapes.ts, conversation/channel/feedbackInvoke.ts): what passes and what does not.
import { strict as assert } from 'assert';
import { isDirectLineTokenAnswer, isResumeBody } from '../../src/conversation/webChat/shapes';
import { isFeedbackValue } from '../../src/conversation/channel/feedbackInvoke';

describe('shapes read from outside', () => {
  it("takes Direct Line's token answer with its three fields, whatever else it carries, and nothing less", () => {
    assert.ok(isDirectLineTokenAnswer({ token: 't', conversationId: 'c', expires_in: 1800, streamUrl: 'wss://x' }));
    for (const bad of [
      undefined,
      null,
      'token',
      [],
      { conversationId: 'c', expires_in: 1800 },
      { token: '', conversationId: 'c', expires_in: 1800 },
      { token: 't', conversationId: 1, expires_in: 1800 },
      { token: 't', conversationId: 'c', expires_in: '1800' },
      { token: 't', conversationId: 'c' },
    ])
      assert.equal(isDirectLineTokenAnswer(bad), false, JSON.stringify(bad));
  });

  it("takes the page's resume offer only with bounded ids and tokens of their own characters", () => {
    assert.ok(isResumeBody({ locale: 'hu-HU', resume: { conversationId: 'Ab_1|2.3:4-5', token: 'a'.repeat(4000) } }));
    assert.ok(isResumeBody({ resume: { conversationId: 'x'.repeat(200), token: 'A0_.~+/=-'.repeat(3) } }));
    for (const token of ['a'.repeat(19), 'a'.repeat(4001), `${'a'.repeat(20)} `, `${'a'.repeat(20)}é`])
      assert.equal(isResumeBody({ resume: { conversationId: 'c', token } }), false, token);
    for (const conversationId of ['', 'x'.repeat(201), 'a b', 'a/b'])
      assert.equal(isResumeBody({ resume: { conversationId, token: 'a'.repeat(20) } }), false, conversationId);
  });

  it('takes a feedback invoke only as a like or a dislike', () => {
    for (const reaction of ['like', 'dislike']) assert.ok(isFeedbackValue({ actionName: 'feedback', actionValue: { reaction, feedback: '{}' } }));
    for (const bad of [
      { actionName: 'feedback', actionValue: { reaction: 'love' } },
      { actionName: 'feedback', actionValue: 'like' },
      { actionName: 'other', actionValue: { reaction: 'like' } },
      { actionValue: { reaction: 'like' } },
      null,
    ])
      assert.equal(isFeedbackValue(bad), false, JSON.stringify(bad));
  });
});
