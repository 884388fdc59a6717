// The local Direct Line's store: the conversations as protocols/directline/conversations.ts keeps
// them, with the parts that need the machine: a random token and conversation id for each, the
// token kept only as its SHA-256 digest and compared in constant time. Nothing here does I/O.
import { createHash, randomBytes, timingSafeEqual } from 'crypto';
import { LocalDirectLineSettings } from '../../config/webChatSettings';
import { DirectLineConversations, TokenDigests } from '../../protocols/directline/conversations';

export type { Access, JsonObject, LocalConversation, Posted } from '../../protocols/directline/conversations';

export interface IssuedToken {
  token: string;
  conversationId: string;
  expiresIn: number;
}

const hash = (token: string): Buffer => createHash('sha256').update(token, 'utf8').digest();

const sha256Digests: TokenDigests = {
  digestOf: (token) => hash(token).toString('hex'),
  sameDigest: (kept, token) => {
    const given = hash(token);
    const expected = Buffer.from(kept, 'hex');
    return expected.length === given.length && timingSafeEqual(expected, given);
  },
};

export class LocalDirectLine extends DirectLineConversations {
  constructor(settings: LocalDirectLineSettings, now: () => number = Date.now) {
    super(settings, now, sha256Digests);
  }

  /** A new conversation and the token for it, or undefined when the store is full. */
  issue(userId: string, locale: string | undefined): IssuedToken | undefined {
    const token = randomBytes(32).toString('base64url');
    const conversationId = randomBytes(18).toString('base64url');
    if (!this.open(conversationId, token, userId, locale)) return undefined;
    return { token, conversationId, expiresIn: Math.round(this.unusedMs / 1000) };
  }
}
