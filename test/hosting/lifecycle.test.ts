import assert from 'node:assert/strict';
import * as restify from 'restify';
import { MemoryStorage, type StoreItems } from 'botbuilder';
import { Lifecycle } from '../../src/hosting/http/lifecycle';
import { TurnQueue } from '../../src/hosting/turns/turnQueue';
import { captureLogger } from '../support/inProcess';

/** A store whose reads never settle, as one behind a network that dropped the connection silently. */
class SilentStorage extends MemoryStorage {
  override read(): Promise<StoreItems> {
    return new Promise<StoreItems>(() => undefined);
  }
}

describe('readiness probe', () => {
  it('has a deadline: a store that never answers makes the probe say not ready (storage), instead of hanging /readyz', async () => {
    const { logger, lines } = captureLogger();
    const server = restify.createServer();
    // Without the deadline the probe waits on the silent read forever and this test times out.
    const lifecycle = new Lifecycle(server, new SilentStorage(), new TurnQueue(), logger, 20);
    assert.deepEqual(await lifecycle.readiness(), { ready: false, reason: 'storage' });
    assert.ok(lines.some((l) => l.msg === 'state storage unreachable: not ready'));
  });

  it('says ready when the same store answers', async () => {
    const { logger } = captureLogger();
    const lifecycle = new Lifecycle(restify.createServer(), new MemoryStorage(), new TurnQueue(), logger, 20);
    assert.deepEqual(await lifecycle.readiness(), { ready: true });
  });
});
