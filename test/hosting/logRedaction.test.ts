// The logger's own redaction (src/hosting/logging/redaction.ts, its rules in src/domain/logSecrets.ts): secret fields by name, requests
// as method and path only, and anything shaped like a credential anywhere in a line, whoever logs
// it; the web framework logs through the same logger.
import { strict as assert } from 'assert';
import { Writable } from 'stream';
import pino from 'pino';
import { secretSafeOptions } from '../../src/hosting/logging/redaction';
import { REDACTED, scrubSecrets } from '../../src/domain/logSecrets';
import { createApp } from '../../src/hosting/app';
import { loadConfig } from '../../src/config';
import { checkLogLine, forgetLeaks, logSecretFigures } from '../support/logSecrets';

const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c2VyIiwiYXVkIjoiYm90In0.SIGNATUREpartXYZ_-123';
const ACCOUNT_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const CONNECTION_STRING = `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${ACCOUNT_KEY};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;`;
const INSIGHTS = 'InstrumentationKey=00000000-1111-2222-3333-444444444444;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/';

function capture(): { logger: pino.Logger; text: () => string } {
  const out: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _e, cb) {
      out.push(chunk.toString());
      cb();
    },
  });
  return { logger: pino({ level: 'trace', ...secretSafeOptions() }, stream), text: () => out.join('') };
}

describe('log redaction', () => {
  it('replaces secret fields by name, at the top and one level down', () => {
    const { logger, text } = capture();
    logger.info(
      {
        authorization: `Bearer ${JWT}`,
        password: 'pw-123456',
        config: { appPassword: 'pw-abcdef', blobConnectionString: CONNECTION_STRING, token: 'dl-token-123456' },
        headers: { authorization: 'Basic dXNlcjpwYXNzd29yZA==' },
      },
      'fields',
    );
    const line = text();
    for (const secret of [JWT, 'pw-123456', 'pw-abcdef', ACCOUNT_KEY, 'dl-token-123456', 'dXNlcjpwYXNzd29yZA==']) assert.ok(!line.includes(secret), secret);
    assert.ok(line.includes(REDACTED));
  });

  it('logs a request as its method and path only (no headers, no query)', () => {
    const { logger, text } = capture();
    const req = {
      method: 'POST',
      url: '/api/messages?code=abc123secret',
      headers: { authorization: `Bearer ${JWT}`, cookie: 'sid=1' },
      body: { text: 'private' },
    };
    logger.warn({ req, res: { statusCode: 500, req } }, 'error retrieving formatter');
    const entry = JSON.parse(text()) as { req: unknown; res: unknown };
    assert.deepEqual(entry.req, { method: 'POST', url: '/api/messages' });
    assert.deepEqual(entry.res, { statusCode: 500 });
  });

  it('scrubs credentials wherever they appear in a line: messages, errors, stacks, URLs', () => {
    const { logger, text } = capture();
    logger.error({ err: new Error(`request failed with Authorization: Bearer ${JWT}`) }, `token ${JWT} refused`);
    logger.warn({ detail: `could not reach storage: ${CONNECTION_STRING}` }, 'storage');
    logger.warn({ detail: `exporter: ${INSIGHTS}` }, 'telemetry');
    logger.warn({ url: 'https://a.blob.core.windows.net/c/b?sv=2022-11-02&sig=AbCdEf%2B123&se=2030' }, 'sas');
    const lines = text();
    for (const secret of [JWT, ACCOUNT_KEY, '00000000-1111-2222-3333-444444444444', 'AbCdEf%2B123']) assert.ok(!lines.includes(secret), secret);
    assert.match(lines, /Bearer \[redacted\]/);
    assert.match(lines, /AccountKey=\[redacted\]/);
  });

  it('leaves ordinary lines alone', () => {
    for (const line of ['{"msg":"turn","ms":3.2}', '{"msg":"Send the Direct Line token as \\"Authorization: Bearer <token>\\"."}', '{"msg":"basic things"}']) {
      assert.equal(scrubSecrets(line), line);
    }
  });

  it('gives the web framework a child of the app logger, so its lines are redacted too', () => {
    const { logger, text } = capture();
    const app = createApp(loadConfig({ PORT: '0' }), { logger });
    const frameworkLog = (app.server as unknown as { log: pino.Logger }).log;
    frameworkLog.warn({ req: { method: 'GET', url: '/x', headers: { authorization: `Bearer ${JWT}` } } }, 'from the framework');
    const line = text()
      .split('\n')
      .find((l) => l.includes('from the framework'))!;
    assert.ok(line, 'the framework line went through the app logger');
    assert.ok(!line.includes(JWT));
    assert.match(line, /"component":"http"/);
  });

  it("the suite's check sees a secret in a line (so a leak anywhere in the run fails it)", () => {
    const before = logSecretFigures().leaked;
    assert.equal(checkLogLine(`{"msg":"Bearer ${JWT}"}`), false);
    assert.equal(checkLogLine('{"msg":"password is hunter2-long"}', ['hunter2-long']), false);
    assert.equal(checkLogLine('{"msg":"turn"}', ['hunter2-long']), true);
    assert.equal(logSecretFigures().leaked, before + 2);
    forgetLeaks(2);
  });
});
