// The bot as the follow-ups' benchmark runs it, in a process of its own: `npm start`'s app on the
// embedded default (memory state), trusting the demonstration's event signer, with BENCH_ITEMS open
// GDAP requests kept before it listens, each in a conversation of its own whose replies go to the
// benchmark's stand-in connector. Prints one line, `READY <port>`, once it serves.
import { createApp } from '../src/hosting/app';
import { loadConfig } from '../src/config';
import { openItem } from '../src/domain/cases';
import { ownerKeys } from '../src/hosting/cases/caseStore';
import { demoEventTrust } from '../tools/standins/eventSigning';
import { relationshipId } from './followUpIds';

async function main(): Promise<void> {
  const connectorUrl = process.env.BENCH_CONNECTOR_URL ?? '';
  const items = Number(process.env.BENCH_ITEMS ?? '10000');
  const app = createApp(loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' }), { eventTrust: demoEventTrust() });
  await app.lifecycle.startup();
  const now = Date.now();
  for (let i = 0; i < items; i++) {
    const owner = { id: `user-${i}`, name: `Partner ${i}` };
    const item = openItem(
      {
        kind: 'gdapApproval',
        objectId: relationshipId(i),
        customer: { tenantId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, name: `Customer ${i}` },
        owner,
        locale: (['en-US', 'ru-RU', 'zh-CN', 'pt-BR', 'hu-HU'] as const)[i % 5]!,
        cardId: `card-${i}`,
        conversation: {
          channelId: 'webchat',
          serviceUrl: connectorUrl,
          conversation: { id: `bench-${i}` },
          bot: { id: 'advisor', name: 'Advisor' },
          user: owner,
        },
        shared: false,
      },
      now,
      // Polled only long after the run: the events alone bring the news.
      86_400_000,
    );
    await app.cases.store.add(item, ownerKeys(owner, 'webchat'));
  }
  const port = await app.listen();
  process.stdout.write(`READY ${port}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
