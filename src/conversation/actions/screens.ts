// A machine's screen, rendered: the described card or line made into the view the cards are built
// from (conversation/actions/actionViews.ts), its texts taken from the partner's catalog. Pure.
import { format } from '../../domain/textCatalog';
import { ActionView, EXAMPLE_DOMAIN, transferStatusText } from './actionCards';
import { plainText } from '../cards/cardModels';
import { failureText } from './actionTexts';
import { ActionRecord, isAssigning } from './actionRecords';
import { Shown, ViewContext, assignView, failedView, formView, reviewView, roleChoices, viewOf } from './actionViews';
import type { Problem, Say, Screen } from './machine';

/** A text of the catalog's actions section, with the placeholders every such text may use. */
export function sayText(say: Say, ctx: ViewContext): string {
  const a = ctx.c.actions;
  const [group, key] = say.say.split('.') as [string, string];
  const section = (a as unknown as Record<string, Record<string, unknown>>)[group];
  const template = section?.[key];
  const common = { example: EXAMPLE_DOMAIN, field: a.fields.currentPartner, button: a.signIn.button, ...(say.action ? { action: a.names[say.action] } : {}) };
  // A value the partner typed is shown as text, never as a link the client makes of it.
  const value = say.with?.value;
  const typed: Record<string, string> = typeof value === 'string' ? { value: plainText(value) } : {};
  // A transfer's status as Partner Center gave it, in the partner's words.
  const status = say.with?.transferStatus;
  const statusText: Record<string, string> = typeof status === 'string' ? { status: plainText(transferStatusText(ctx.c, status)) } : {};
  return typeof template === 'string' ? format(template, { ...common, ...say.with, ...typed, ...statusText }) : '';
}

export function problemText(problem: Problem, ctx: ViewContext): string {
  if ('say' in problem) return sayText(problem, ctx);
  if ('failure' in problem) return failureText(ctx.c, problem.failure);
  const x = ctx.c.actions.access;
  return problem.existing
    .map((e) => {
      const roles = roleChoices(e.roleIds, ctx)
        .map((r) => r.name)
        .join(ctx.c.separators.list);
      return format(e.verdict === 'removing' ? x.removing : x.otherRoles, { group: plainText(e.group), roles });
    })
    .join(' ');
}

const withProblem = (shown: Shown, problem: string | undefined): Shown =>
  problem !== undefined && 'view' in shown ? { view: { ...shown.view, problem } as ActionView } : shown;

/** The screen as shown: for a card, from the record the step left (none: the card has expired). */
export function render(screen: Screen, record: ActionRecord | undefined, cardId: string | undefined, ctx: ViewContext): Shown {
  if ('line' in screen) return { text: sayText(screen.line, ctx) };
  if (screen.card === 'failed') return failedView(ctx.c, screen.kind, screen.failure, screen.retry);
  if (!record || cardId === undefined) return { text: ctx.c.actions.problems.expired };
  const problem = screen.problem ? problemText(screen.problem, ctx) : undefined;
  switch (screen.card) {
    case 'record':
      return withProblem(viewOf(record, cardId, ctx), problem);
    case 'form':
      if (record.stage !== 'form' && record.stage !== 'review') return viewOf(record, cardId, ctx);
      return formView(record, cardId, screen.inputs, ctx, problem, screen.matches);
    case 'review':
      return record.stage === 'review' ? { view: reviewView(record, cardId, screen.selected, ctx, problem) } : viewOf(record, cardId, ctx);
    case 'assign':
      return isAssigning(record) ? { view: assignView(record, cardId, ctx, problem, screen.selected) } : viewOf(record, cardId, ctx);
  }
}
