// Azure Monitor (Application Insights) export from the compiled bot, chosen by
// APPLICATIONINSIGHTS_CONNECTION_STRING alone: its ingestion endpoint is a local HTTPS stand-in
// (the exporter only speaks HTTPS; the certificate is made for the run), which receives the turn
// telemetry under the service name as cloud role, never the message text nor the key in the logs.
import { strict as assert } from 'assert';
import { randomBytes } from 'crypto';
import * as https from 'https';
import * as zlib from 'zlib';
import { BotProcess } from '../support/botProcess';
import { selfSignedCertificate } from '../support/certificate';
import { HttpChat } from '../support/httpChat';

interface Envelope {
  name: string;
  tags?: Record<string, string>;
  data?: { baseData?: { name?: string; properties?: Record<string, string> } };
}

describe('Azure Monitor export (local HTTPS ingestion stand-in)', function () {
  this.timeout(60_000);

  it('sends the turn telemetry with the service name as cloud role, and never the message text or the key', async () => {
    const tls = await selfSignedCertificate();
    const fs = await import('fs');
    const bodies: string[] = [];
    const server = https.createServer({ cert: fs.readFileSync(tls.certFile), key: fs.readFileSync(tls.keyFile) }, (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks);
        bodies.push((req.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(raw) : raw).toString());
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ itemsReceived: 1, itemsAccepted: 1, errors: [] }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const key = `${randomBytes(4).toString('hex')}-2222-3333-4444-555555555555`;
    const marker = `zebra${randomBytes(4).toString('hex')}`;
    const bot = await BotProcess.start({
      APPLICATIONINSIGHTS_CONNECTION_STRING: `InstrumentationKey=${key};IngestionEndpoint=https://127.0.0.1:${(server.address() as { port: number }).port}/`,
      APPLICATION_INSIGHTS_NO_STATSBEAT: 'true',
      NODE_EXTRA_CA_CERTS: tls.certFile,
      OTEL_SERVICE_NAME: 'advisor-ai-test',
      // Every trace (Azure Monitor's default keeps at most 5 a second, fewer just after start).
      OTEL_TRACES_SAMPLER: 'always_on',
    });
    try {
      const chat = new HttpChat(bot.base, `ai-${marker}`);
      assert.equal((await chat.say(`hello ${marker}`)).status, 200);
      assert.equal(bot.logged('advisor listening')[0]!.telemetry, 'azure-monitor');
    } finally {
      await bot.stop();
      server.close();
      server.closeAllConnections();
    }
    const envelopes = bodies.flatMap((b) =>
      b
        .split('\n')
        .filter((l) => l.trim() !== '')
        .flatMap((l) => JSON.parse(l) as Envelope | Envelope[]),
    );
    const turn = envelopes.find((e) => e.data?.baseData?.name === 'advisor.turn');
    assert.ok(turn, `a turn among ${envelopes.map((e) => e.data?.baseData?.name).join(', ')}`);
    assert.equal(turn.tags?.['ai.cloud.role'], 'advisor-ai-test');
    assert.equal(turn.data?.baseData?.properties?.['advisor.channel'], 'webchat');
    for (const body of bodies) assert.ok(!body.includes(marker), 'no message text exported');
    assert.ok(!(JSON.stringify(bot.logs) + bot.stderr).includes(key), 'the connection string is not logged');
  });
});
