// The production-shape benchmark (bench/production): a tiny run reports every figure, and one
// scripted conversation on Blob state (Azurite) makes exactly the storage requests a turn should:
// none for a typing indicator, one read and one write for a message (a new Teams card's id in that
// write), no read of a profile the user never wrote once the conversation knows it, nothing
// written for a redelivery.
import { strict as assert } from 'assert';
import { StandInConnector } from '../bench/standInConnector';
import { startChild, PRODUCTION_NODE_ARGS } from '../bench/load';
import { Azurite, connectionStringFor, startAzurite } from '../bench/production/azurite';
import { StorageCounts, StorageProxy, zeroCounts } from '../bench/production/storageProxy';
import { StepCounts, scriptedConversation } from '../bench/production/scripted';
import { formatProduction, productionOptionsFromEnvironment, runProduction } from '../bench/production/run';

const counts = (c: Partial<StorageCounts>): StorageCounts => ({ ...zeroCounts(), ...c });

describe('production-shape benchmark', function () {
  this.timeout(300_000);

  describe('storage requests of a scripted conversation (Blob state on Azurite)', () => {
    let azurite: Azurite;
    let proxy: StorageProxy;
    let connector: StandInConnector;
    let steps: StepCounts[];

    before(async () => {
      azurite = await startAzurite();
      proxy = await StorageProxy.start(azurite.port, 0);
      connector = await StandInConnector.start();
      const child = await startChild('dist/src/index.js', {
        nodeArgs: PRODUCTION_NODE_ARGS,
        readyPath: '/readyz',
        readyWithinMs: 90_000,
        env: { STORAGE: 'blob', BLOB_CONNECTION_STRING: connectionStringFor(proxy.port), BLOB_CONTAINER: 'scripted' },
      });
      try {
        steps = await scriptedConversation(child.base, proxy, connector, `test-${Date.now()}`);
      } finally {
        await child.stop();
      }
    });

    after(async () => {
      await connector?.close();
      await proxy?.close();
      await azurite?.stop();
    });

    const at = (name: string): StorageCounts => {
      const step = steps.find((s) => s.step === name);
      assert.ok(step, `step ${name}`);
      return step.counts;
    };

    for (const channel of ['msteams', 'webchat']) {
      it(`${channel}: a typing activity makes no storage request`, () => {
        // A positive signal first: the message right after it did reach the storage.
        assert.ok(at(`${channel}: first message (typed text)`).GET > 0);
        assert.deepEqual(at(`${channel}: typing`), counts({}));
      });

      it(`${channel}: a reaction makes no storage request`, () => {
        assert.ok(at(`${channel}: second message (typed text)`).GET > 0);
        assert.deepEqual(at(`${channel}: reaction`), counts({}));
      });

      it(`${channel}: a later message reads the conversation only (the user has no profile, and the conversation knows it)`, () => {
        const second = at(`${channel}: second message (typed text)`);
        assert.equal(second.GET, 1);
        assert.equal(second.notFound, 0);
      });
    }

    it('a new conversation reads the conversation and the profile once each (both absent)', () => {
      for (const channel of ['msteams', 'webchat']) {
        const first = at(`${channel}: first message (typed text)`);
        assert.equal(first.GET, 2, channel);
        assert.equal(first.notFound, 2, channel);
      }
    });

    it('Web Chat: every message turn makes exactly one write, and a redelivered one none', () => {
      assert.deepEqual(at('webchat: first message (typed text)'), counts({ GET: 2, PUT: 1, notFound: 2 }));
      assert.deepEqual(at('webchat: second message (typed text)'), counts({ GET: 1, PUT: 1 }));
      assert.deepEqual(at('webchat: card submit (message)'), counts({ GET: 1, PUT: 1 }));
      assert.deepEqual(at('webchat: the same card submit (message) redelivered'), counts({ GET: 1 }));
    });

    it('Teams: a click answered in place makes one write, its redelivery none', () => {
      assert.deepEqual(at('msteams: card click (invoke)'), counts({ GET: 1, PUT: 1 }));
      assert.deepEqual(at('msteams: the same card click (invoke) redelivered'), counts({ GET: 1 }));
    });

    it('Teams: a message that posts a new card makes one write, the card’s id in it', () => {
      assert.deepEqual(at('msteams: first message (typed text)'), counts({ GET: 2, PUT: 1, notFound: 2 }));
      assert.deepEqual(at('msteams: second message (typed text)'), counts({ GET: 1, PUT: 1 }));
    });
  });

  it('a tiny run reports throughput, p99 and storage requests per turn for both bots, both paths and two instances', async () => {
    const options = { ...productionOptionsFromEnvironment({}), conversations: 1, delayMs: 1, verbose: false };
    const r = await runProduction(options);
    assert.deepEqual(
      r.paths.map((p) => p.path),
      ['messages', 'invokes'],
    );
    for (const p of r.paths) {
      for (const bot of [...p.advisor, ...p.stock]) {
        assert.ok(bot.load.turns > 0 && Number.isFinite(bot.load.turnsPerSecond) && Number.isFinite(bot.load.p99));
        assert.ok(bot.storagePerTurn.GET > 0, 'every bot reads its state');
        assert.ok(bot.storagePerTurn.PUT > 0, 'and writes it');
      }
      assert.ok(Number.isFinite(p.throughputRatio) && Number.isFinite(p.p99Ratio));
    }
    assert.deepEqual(
      r.twoInstances.map((t) => t.path),
      ['messages', 'invokes'],
    );
    for (const t of r.twoInstances) {
      assert.ok(t.turns > 0);
      assert.ok(Number.isFinite(t.conflictsPerTurn));
      assert.equal(t.lost, 0, 'no conversation lost');
      assert.equal(t.failedTurns, 0, 'no turn failed to the user');
    }
    assert.ok(r.scripted.length > 0);
    assert.ok(Number.isFinite(r.advisorReadyMs));
    const table = formatProduction(r);
    assert.match(table, /storage per turn/);
    assert.match(table, /Two instances on one store, messages/);
  });

  it('refuses a knob out of range with one clear line', () => {
    assert.throws(() => productionOptionsFromEnvironment({ PRODUCTION_CONVERSATIONS: '0' }), /PRODUCTION_CONVERSATIONS must be/);
    assert.throws(() => productionOptionsFromEnvironment({ PRODUCTION_DELAY_MS: 'x' }), /PRODUCTION_DELAY_MS must be/);
  });
});
