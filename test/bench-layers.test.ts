// The layers' benchmark harness works (not a timing assertion): a tiny run times the named layers
// inside the advisor, keeps only turns that made no outgoing call, and sets one build against another.
import { strict as assert } from 'assert';
import { formatLayers, runLayers } from '../bench/layers';
import { BenchOptions } from '../bench/options';

const tiny: BenchOptions = { conversations: 4, delivery: 'connector', cases: 2, sequential: 2, rounds: 1, memoryConversations: 0, renders: 0, verbose: false };

describe('layers benchmark harness (tiny run)', function () {
  this.timeout(120_000);

  it('times each layer of a Teams turn once per turn, inside the turn, and leaves out turns that called the connector', async () => {
    const results = await runLayers(tiny, 'msteams');
    const [build] = results.builds;
    assert.equal(results.builds.length, 1);
    const layer = (name: string): { callsPerTurn: number; p50Micros: number[] } => {
      const found = build!.layers[name];
      assert.ok(found, `${name} was timed (${Object.keys(build!.layers).join(', ')})`);
      return found;
    };
    const turn = layer('turn (adapter.process)');
    for (const name of ['AdvisorBot.run', 'ReliableTurns.runTurn', 'handleTurn', 'activityIdKey', 'jsonBytes', 'replyCard']) {
      assert.equal(layer(name).callsPerTurn, 1, name);
      assert.ok(layer(name).p50Micros[0]! > 0 && layer(name).p50Micros[0]! < turn.p50Micros[0]!, `${name} inside the turn`);
    }
    // A case's first card and its verdict are posted to the connector: those turns are not timed.
    const [timed, all] = [build!.turnsTimed[0]!, build!.turns[0]!];
    assert.ok(timed > all / 2 && timed < all, `${timed} of ${all} turns timed`);
    assert.equal(build!.layers.replyMessage, undefined, 'no timed turn sent a message');
  });

  it('sets a baseline build against this one, layer by layer', async () => {
    const results = await runLayers({ ...tiny, conversations: 2 }, 'msteams', 'dist/src/index.js');
    assert.equal(results.builds.length, 2);
    const table = formatLayers(results);
    assert.match(table, /\| layer \| calls per turn \| this \| before \| this \/ before \|/);
    assert.match(table, /\| turn \(adapter\.process\) \| 1\.00 \| [\d.]+ \| [\d.]+ \| [\d.]+ \|/);
  });
});
