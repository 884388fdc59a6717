// When a reloaded Web Chat page gets its conversation back. The page offers the conversation's id
// and token it kept; the conversation is given back only when the token is that conversation's
// and was issued to the same live visitor the cookie names now, and (locally) the conversation was
// started. Anything else gets a new conversation. Pure: hosting asks Direct Line, or its own
// local store, and applies these answers.
import { isRecord } from '../../domain/records';

export interface ResumeRequest {
  conversationId: string;
  token: string;
}

/** A conversation given back: its token, id and how long the token lasts (seconds). */
export interface ResumedConversation {
  token: string;
  conversationId: string;
  expiresIn: number;
}

/** The user a Direct Line token names (its `user` claim), read without verifying: only ever applied to a token Direct Line itself just returned. */
export function tokenUser(token: string): string | undefined {
  const payload = token.split('.')[1];
  if (payload === undefined || payload.length > 8000) return undefined;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return isRecord(claims) && typeof claims.user === 'string' ? claims.user : undefined;
  } catch {
    return undefined;
  }
}

/** tokens/generate → tokens/refresh at the same Direct Line (the configured URL ends in /tokens/generate). */
export function refreshUrlOf(generateUrl: string): string {
  return generateUrl.replace(/\/tokens\/generate$/, '/tokens/refresh');
}

/**
 * The local Direct Line's answer: the token opened the conversation (`owner` is whom it was
 * made for, `started` whether Web Chat connected to it). Given back only to its own visitor, and
 * only once started: one never started has no welcome to show.
 */
export function mayResumeLocal(found: { owner: string; started: boolean } | undefined, userId: string): boolean {
  return found !== undefined && found.owner === userId && found.started;
}

/**
 * Direct Line's tokens/refresh answer: the conversation is given back when the renewed token is
 * that conversation's and names this visitor; undefined for anything else.
 */
export function azureResumed(body: unknown, resume: ResumeRequest, userId: string): ResumedConversation | undefined {
  if (!isRecord(body)) return undefined;
  const { token, conversationId, expires_in: expiresIn } = body;
  if (typeof token !== 'string' || token === '' || conversationId !== resume.conversationId || typeof expiresIn !== 'number') return undefined;
  if (tokenUser(token) !== userId) return undefined;
  return { token, conversationId, expiresIn };
}
