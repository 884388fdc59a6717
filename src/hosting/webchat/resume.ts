// Resuming a Web Chat conversation after the page reloads. The page keeps its conversation's id and
// token in sessionStorage and offers them with its next token request; the conversation is given
// back only when the token is that conversation's and was issued to the same live visitor (the one
// the cookie names now). An id alone resumes nothing, nor does another visitor's token, nor the
// token of a visitor who signed out or expired (that browser is a new visitor now): each of those
// gets a new conversation instead. Azure: the token is renewed with Direct Line 3.0's
// tokens/refresh, which also says which conversation it belongs to; the local Direct Line checks
// its own record of the conversation.
import { isRecord } from '../../domain/records';
import { LocalDirectLine } from '../directline/localDirectLine';
import { isDirectLineTokenAnswer, isResumeBody } from './shapes';
import type { DirectLineToken } from './tokenExchange';

const TIMEOUT_MS = 10_000;

export interface ResumeRequest {
  conversationId: string;
  token: string;
}

/** The page's `resume: { conversationId, token }`, when well formed (bounded strings); undefined otherwise. */
export function parseResume(body: unknown): ResumeRequest | undefined {
  if (!isResumeBody(body)) return undefined;
  const { conversationId, token } = body.resume;
  return { conversationId, token };
}

/** The local conversation back, with its token, when the token is its own, it belongs to this visitor and it was started. */
export function resumeLocal(store: LocalDirectLine, userId: string, resume: ResumeRequest): DirectLineToken | undefined {
  const access = store.access(resume.conversationId, resume.token);
  // One never started (reloaded before Web Chat connected) has no welcome to show: a new one instead.
  if (!access.ok || access.conversation.userId !== userId || !access.conversation.started) return undefined;
  store.touch(access.conversation);
  return { token: resume.token, conversationId: resume.conversationId, expiresIn: Math.round(store.idleMs / 1000) };
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
 * Renews the page's Azure token (POST tokens/refresh, the token itself as the bearer) and gives the
 * conversation back when Direct Line says the token is that conversation's and the renewed token
 * names this visitor. Undefined for anything else, including an expired token or an unreachable service.
 */
export async function resumeAzure(generateUrl: string, userId: string, resume: ResumeRequest): Promise<DirectLineToken | undefined> {
  let response: Response;
  try {
    response = await fetch(refreshUrlOf(generateUrl), {
      method: 'POST',
      headers: { Authorization: `Bearer ${resume.token}`, Accept: 'application/json' },
      redirect: 'error',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch {
    return undefined;
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    return undefined;
  }
  const body = (await response.json().catch(() => undefined)) as unknown;
  if (!isDirectLineTokenAnswer(body) || body.conversationId !== resume.conversationId) return undefined;
  const { token, conversationId, expires_in: expiresIn } = body;
  if (tokenUser(token) !== userId) return undefined;
  return { token, conversationId, expiresIn };
}
