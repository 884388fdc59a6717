// The picture of docs/architecture.md, drawn from the route tables themselves: each activity route's
// handler is found by running the real table (routes/table.ts) on stand-in features that note which
// of their methods a handler calls; the HTTP ways come from routes/http.ts.
import type { TurnContext } from 'botbuilder';
import { CLICK_VERBS, Route } from '../../src/conversation/channel/routes';
import { handlerOf, routeTable } from '../../src/hosting/routes/table';
import { HTTP_WAYS } from '../../src/hosting/routes/http';

/** Every route, each click verb both ways it arrives. */
export const ALL_ROUTES: Route[] = [
  { name: 'followUp' },
  { name: 'welcome' },
  { name: 'text' },
  ...CLICK_VERBS.flatMap((verb) => [false, true].map((invoke) => ({ name: 'click' as const, verb, invoke }))),
  { name: 'feedback' },
  { name: 'search' },
  { name: 'signIn', step: 'tokenExchange' },
  { name: 'signIn', step: 'verifyState' },
  { name: 'signIn', step: 'tokensResponse' },
  { name: 'refused', invoke: false },
  { name: 'refused', invoke: true },
  { name: 'ignored' },
  { name: 'sdkDefault' },
];

export function routeLabel(route: Route): string {
  switch (route.name) {
    case 'click':
      return `click ${route.verb} (${route.invoke ? 'invoke' : 'message'})`;
    case 'signIn':
      return `sign-in ${route.step}`;
    case 'refused':
      return `refused (${route.invoke ? 'invoke' : 'message'})`;
    default:
      return route.name;
  }
}

/**
 * A stand-in feature: every method (and every method of a member, as `advisor.feedback.answer`)
 * notes its dotted name and answers "not mine" (false, nothing); the turn's language is en-US.
 */
function noting(name: string, calls: string[]): never {
  const call = async (): Promise<unknown> => {
    if (name.endsWith('.localeFor')) return 'en-US';
    calls.push(name);
    return name === 'actions.click' ? { kind: 'message', text: '' } : false;
  };
  return new Proxy(call, { get: (_target, member) => (member === 'then' ? undefined : noting(`${name}.${String(member)}`, calls)) }) as never;
}

/** Which feature methods each route's handler calls, with every feature on. */
export async function handlersByRoute(): Promise<{ route: string; calls: string[] }[]> {
  const out: { route: string; calls: string[] }[] = [];
  for (const route of ALL_ROUTES) {
    const calls: string[] = [];
    const table = routeTable({
      advisor: noting('advisor', calls),
      actions: noting('actions', calls),
      cases: noting('cases', calls),
      team: noting('team', calls),
      followUps: noting('followUps', calls),
      followUpTurns: noting('followUpTurns', calls),
      sdkDefault: async () => void calls.push('sdk default'),
    });
    const context = { activity: { type: 'message', text: '', channelId: 'msteams' }, turnState: new Map() } as unknown as TurnContext;
    await handlerOf(table, route)(context);
    out.push({ route: routeLabel(route), calls: calls.length > 0 ? calls : ['nothing'] });
  }
  return out;
}

const id = (s: string): string => s.replace(/[^A-Za-z0-9]/g, '_');

/** The Mermaid picture: HTTP ways in, the turn pipeline, the routes and their handlers. */
export async function architecturePicture(): Promise<string> {
  const lines = ['```mermaid', 'flowchart LR'];
  const rooms = [...new Set(HTTP_WAYS.map((w) => w.room))];
  for (const room of rooms) {
    lines.push(`  subgraph http_${room}["HTTP: ${room}"]`);
    for (const w of HTTP_WAYS.filter((x) => x.room === room)) lines.push(`    ${id(`${w.method} ${w.path}`)}["${w.method} ${w.path}"]`);
    lines.push('  end');
  }
  lines.push(`  ${id('POST /api/messages')} --> turn["turn: adapter, tenant guard, visitor gate, reliable turn (state loaded), locale"]`);
  lines.push(`  ${id('POST /api/partnercenter/events')} --> inbox["event inbox, poller, reminders"] --> proactive["follow-up: a proactive turn"] --> turn`);
  lines.push('  turn --> routeOf{"routeOf"}');
  for (const { route, calls } of await handlersByRoute()) {
    lines.push(`  routeOf -->|"${route}"| ${id(`h ${calls.join(' ')}`)}["${calls.join(', ')}"]`);
  }
  lines.push('```');
  return lines.join('\n');
}
