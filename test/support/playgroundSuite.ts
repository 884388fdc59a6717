// The set-up every end-to-end suite through the Agents Playground shares: the bot on a free port
// and the playground pointed at it, started once before the suite's tests and stopped after them.
import { Playground } from './playground';
import { Running, startApp } from './http';

/** Registers the suite's before and after hooks; `use` receives the playground once it runs. `env`: the bot's settings. */
export function withPlayground(use: (pg: Playground, server: Running) => void, env: Record<string, string> = {}): void {
  let server: Running | undefined;
  let pg: Playground | undefined;
  before(async () => {
    server = await startApp(env);
    pg = await Playground.start({ botEndpoint: `${server.base}/api/messages` });
    use(pg, server);
  });
  after(async () => {
    await pg?.stop();
    await server?.stop();
  });
}
