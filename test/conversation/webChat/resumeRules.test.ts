// When a reloaded Web Chat page gets its conversation back, from tables: only with that
// conversation's token, issued to the same visitor, and (locally) once the conversation started;
// Direct Line's refresh answer must name the conversation and the visitor.
import { strict as assert } from 'assert';
import { azureResumed, mayResumeLocal, refreshUrlOf, ResumedConversation } from '../../../src/conversation/webChat/resumeRules';

const ME = `dl_${'m'.repeat(43)}`;
const OTHER = `dl_${'o'.repeat(43)}`;
const jwt = (claims: Record<string, unknown>): string => `h.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.s`;
const RESUME = { conversationId: 'conv-1', token: 'x'.repeat(30) };

describe('Web Chat resume rules', () => {
  it('gives a local conversation back to its own visitor once it started', () => {
    const rows: [{ owner: string; started: boolean } | undefined, boolean][] = [
      [{ owner: ME, started: true }, true],
      [{ owner: ME, started: false }, false],
      [{ owner: OTHER, started: true }, false],
      [undefined, false],
    ];
    for (const [found, resumes] of rows) assert.equal(mayResumeLocal(found, ME), resumes, JSON.stringify(found));
  });

  describe("Direct Line's refresh answer", () => {
    const mine = jwt({ user: ME });
    const rows: [string, unknown, ResumedConversation | undefined][] = [
      [
        'the conversation, renewed for this visitor',
        { token: mine, conversationId: 'conv-1', expires_in: 1800 },
        { token: mine, conversationId: 'conv-1', expiresIn: 1800 },
      ],
      ['another conversation', { token: mine, conversationId: 'conv-2', expires_in: 1800 }, undefined],
      ["another visitor's token", { token: jwt({ user: OTHER }), conversationId: 'conv-1', expires_in: 1800 }, undefined],
      ['a token naming nobody', { token: jwt({}), conversationId: 'conv-1', expires_in: 1800 }, undefined],
      ['no expiry', { token: mine, conversationId: 'conv-1' }, undefined],
      ['an empty token', { token: '', conversationId: 'conv-1', expires_in: 1800 }, undefined],
      ['no body', undefined, undefined],
      ['a list', [mine], undefined],
    ];
    for (const [name, body, resumed] of rows) it(name, () => assert.deepEqual(azureResumed(body, RESUME, ME), resumed));
  });

  it('renews at the same Direct Line', () => {
    assert.equal(
      refreshUrlOf('https://directline.botframework.com/v3/directline/tokens/generate'),
      'https://directline.botframework.com/v3/directline/tokens/refresh',
    );
    assert.equal(
      refreshUrlOf('https://europe.directline.botframework.com/v3/directline/tokens/generate'),
      'https://europe.directline.botframework.com/v3/directline/tokens/refresh',
    );
  });
});
