// Resuming a Web Chat conversation after the page reloads. The page keeps its conversation's id and
// token in sessionStorage and offers them with its next token request; the conversation is given
// back only when the token is that conversation's and was issued to the same live visitor (the one
// the cookie names now). An id alone resumes nothing, nor does another visitor's token, nor the
// token of a visitor who signed out or expired (that browser is a new visitor now): each of those
// gets a new conversation instead. Azure: the token is renewed with Direct Line 3.0's
// tokens/refresh, which also says which conversation it belongs to; the local Direct Line checks
// its own record of the conversation.
import { azureResumed, mayResumeLocal, refreshUrlOf, ResumeRequest } from '../../conversation/webChat/resumeRules';
import { LocalDirectLine } from '../directline/localDirectLine';
import type { DirectLineToken } from './tokenExchange';

const TIMEOUT_MS = 10_000;

/** The local conversation back, with its token, when the rules allow it (resumeRules.ts). */
export function resumeLocal(store: LocalDirectLine, userId: string, resume: ResumeRequest): DirectLineToken | undefined {
  const access = store.access(resume.conversationId, resume.token);
  const found = access.ok ? { owner: access.conversation.userId, started: access.conversation.started } : undefined;
  if (!access.ok || !mayResumeLocal(found, userId)) return undefined;
  store.touch(access.conversation);
  return { token: resume.token, conversationId: resume.conversationId, expiresIn: Math.round(store.idleMs / 1000) };
}

/**
 * Renews the page's Azure token (POST tokens/refresh, the token itself as the bearer) and gives the
 * conversation back when Direct Line's answer allows it (resumeRules.ts). Undefined for anything
 * else, including an expired token or an unreachable service.
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
  return azureResumed(await response.json().catch(() => undefined), resume, userId);
}
