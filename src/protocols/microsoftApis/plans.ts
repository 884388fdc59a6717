// Calls to Partner Center and Microsoft Graph as plans: each step names the calls to make now
// (several at once where they are independent) and what follows from their answers, so the order
// of a client's calls and what each answer leads to are tested from tables with no HTTP. The shell
// runs them (hosting/microsoftApis/call.ts: runPlan): a token per call, a deadline, failures typed.
import type { ActionResult } from '../../domain/actions';

/** One call to a Microsoft service: method, path and query (after the base URL), headers, JSON body. */
export interface ServiceCall {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  headers?: Record<string, string>;
  body?: unknown;
}

/** A call's answer: its status and JSON, or what went wrong (hosting/microsoftApis/call.ts). */
export type ServiceAnswer = ActionResult<{ status: number; json: unknown }>;

/** A plan: the calls to make now and the step their answers (in the same order) lead to, or its result. */
export type Plan<T> = { calls: ServiceCall[]; then: (answers: ServiceAnswer[]) => Plan<T> } | { done: ActionResult<T> };

export const done = <T>(result: ActionResult<T>): Plan<T> => ({ done: result });
export const call = <T>(request: ServiceCall, then: (answer: ServiceAnswer) => Plan<T>): Plan<T> => ({ calls: [request], then: ([answer]) => then(answer!) });
/** The plan after a call that must succeed: its failure ends the plan as it is. */
export const onSuccess = <T>(request: ServiceCall, then: (answer: { status: number; json: unknown }) => Plan<T>): Plan<T> =>
  call(request, (answer) => (answer.ok ? then(answer.value) : done(answer)));

/** One plan's result fed to the next step; a failure ends it as it is. */
export function chain<A, B>(plan: Plan<A>, then: (value: A) => Plan<B>): Plan<B> {
  if ('done' in plan) return plan.done.ok ? then(plan.done.value) : { done: plan.done };
  return { calls: plan.calls, then: (answers) => chain(plan.then(answers), then) };
}
