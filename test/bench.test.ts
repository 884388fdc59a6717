// The benchmark harness itself works (not a timing assertion): with a tiny load, every simulated
// conversation reaches a result card, and every figure is produced.
import { strict as assert } from 'assert';
import { DELIVERIES, LoadFigures } from '../bench/options';
import { formatTable, pairedRatio } from '../bench/report';
import { runBenchmark, runSitting } from '../bench/run';
import { PRODUCTION_NODE_ARGS } from '../bench/load';
import * as fs from 'fs';
import * as path from 'path';
import { PROJECT_ROOT } from './support/paths';
import { channelsToRun, resultsFile } from '../bench/paths';

describe('benchmark harness (tiny run)', function () {
  this.timeout(120_000);

  for (const delivery of DELIVERIES) {
    it(`drives the advisor and the echo bot over HTTP (replies by ${delivery}) and reports every figure`, async () => {
      const r = await runBenchmark({ conversations: 4, delivery, cases: 2, sequential: 2, rounds: 2, memoryConversations: 20, renders: 5, verbose: false });
      assert.equal(r.advisor.completed, 8, 'every advisor conversation reached a result card');
      assert.equal(r.echo.completed, 8, 'every echo turn got its card');
      assert.equal(r.stock.completed, 8, 'every stock echo turn got its card');
      assert.equal(r.stock.turns, r.echo.turns, 'the stock echo got the same load as the echo');
      assert.equal(r.floor.completed, 8, 'every floor turn got its card');
      assert.equal(r.floor.turns, r.echo.turns, 'the floor got the same load as the echo');
      for (const bot of [r.advisor, r.echo, r.stock, r.floor]) {
        // The whole process allocates something on every turn (the request, the reply); well under 10 MB.
        assert.ok(
          Number.isFinite(bot.allocatedMbPerTurn) && bot.allocatedMbPerTurn > 0.001 && bot.allocatedMbPerTurn < 10,
          `MB allocated per turn: ${bot.allocatedMbPerTurn}`,
        );
      }
      assert.ok(r.advisor.turns >= 8 * 2 * 5, `advisor turns: ${r.advisor.turns}`);
      for (const value of [
        r.advisor.turnsPerSecond,
        r.echo.turnsPerSecond,
        r.advisor.p99,
        r.echo.p99,
        r.ratios.throughput,
        r.ratios.p99,
        r.stockRatios.throughput,
        r.stockRatios.p99,
        r.stock.turnsPerSecond,
        r.stock.p99,
        r.memory.oneCase.storedBytes,
        r.memory.oneCase.heapBytes,
        r.memory.longest.storedBytes,
        r.memory.longest.heapBytes,
        r.startup.medianReadyMs,
        r.advisor.driverCpuMsPerTurn,
        r.echo.driverCpuMsPerTurn,
        r.floor.turnsPerSecond,
        r.floorRatios.advisor.throughput,
        r.floorRatios.stock.throughput,
        r.floorRatios.advisor.p99,
      ]) {
        assert.ok(Number.isFinite(value) && value > 0, `figure ${value}`);
      }
      assert.ok(r.memory.longest.turns > r.memory.oneCase.turns, 'the longest conversations took more turns');
      assert.ok(r.memory.longest.storedBytes > r.memory.oneCase.storedBytes, 'and keep more (their processed ids)');
      assert.deepEqual(Object.keys(r.renderMicros).sort(), ['answered', 'change', 'help', 'language', 'notice', 'question', 'result', 'welcome']);
      assert.match(formatTable(r), /throughput ratio/);
      if (delivery === 'connector') {
        // Web Chat, clicks as messages: a path partners take every day, with the Teams path's targets.
        assert.match(formatTable(r), /throughput ratio \(advisor\/stock echo\) \| [0-9.]+.* \| ≥ 1\.3 × stock echo/);
        assert.match(formatTable(r), /p99 ratio \(advisor\/stock echo\) \| [0-9.]+.* \| ≤ 1\.0 × stock echo/);
      } else {
        assert.match(formatTable(r), /throughput ratio \(advisor\/stock echo\) \| [0-9.]+.* \| ≥ 1\.1 × stock echo/);
        assert.doesNotMatch(formatTable(r), /p99 ratio \(advisor\/stock echo\)/, 'no p99 target with replies in the response');
      }
      assert.match(formatTable(r), delivery === 'connector' ? /stand-in connector/ : /expectReplies/);
    });
  }

  it("drives Teams conversations by invokes: a click on a question is answered in place, only a case's first card and its verdict are messages", async () => {
    const r = await runBenchmark({
      conversations: 3,
      delivery: 'connector',
      channel: 'msteams',
      cases: 2,
      sequential: 1,
      rounds: 1,
      memoryConversations: 10,
      renders: 5,
      verbose: false,
    });
    assert.equal(r.advisor.completed, 3, 'every Teams conversation reached a result card by invokes');
    assert.equal(r.advisor.updatesPerTurn, 0, 'no edit request');
    // Only a case's first card and its verdict are messages (about 4 of a conversation's 11 or 12
    // turns with two cases); every other click is answered in place.
    assert.ok(r.advisor.messagesPerTurn! > 0 && r.advisor.messagesPerTurn! < 0.5, `messages per advisor turn: ${r.advisor.messagesPerTurn}`);
    assert.equal(r.floor.completed, 3);
    assert.equal(r.floor.messagesPerTurn, 1, 'the floor posts one card per activity');
    // The own-host echo's clicks are invokes too: its first card is the one message of a conversation.
    assert.equal(r.echo.completed, 3, 'every own-host echo click was answered with its card in place');
    assert.equal(r.echo.turns, r.stock.turns);
    assert.equal(r.echo.messagesPerTurn, 1 / 12, `messages per own-host echo turn: ${r.echo.messagesPerTurn}`);
    assert.match(formatTable(r), /p99 ratio \(advisor\/stock echo\) \| [0-9.]+ \| ≤ 1\.0 × stock echo/);
    assert.match(formatTable(r), /throughput ratio \(advisor\/stock echo\) \| [0-9.]+ \| ≥ 1\.3 × stock echo/);
    assert.match(formatTable(r), /throughput against the floor \(advisor; stock echo\) \| [0-9.]+; [0-9.]+ \| advisor ≥ 0\.45 × floor/);
    assert.match(formatTable(r), /adaptiveCard\/action invokes/);
    assert.match(formatTable(r), /throughput against the floor \(echo on the own host: the host alone\) \| [0-9.]+ \| for reference/);
    assert.equal(r.floorRatios.echo.throughput, r.echo.turnsPerSecond / r.floor.turnsPerSecond, 'one round: the ratio of its figures');
    assert.match(formatTable(r), /floor \(no framework\)/);
  });

  it('measures both paths in one sitting, each against the references, the advisor with the production start flags', async () => {
    const [webChat, teams] = await runSitting(
      { conversations: 2, delivery: 'connector', cases: 1, sequential: 1, rounds: 1, memoryConversations: 5, renders: 2, verbose: false },
      ['webchat', 'msteams'],
    );
    assert.equal(webChat!.options.channel, 'webchat');
    assert.equal(teams!.options.channel, 'msteams');
    for (const r of [webChat!, teams!]) {
      assert.equal(r.advisor.completed, 2, `${r.options.channel}: every advisor conversation reached a result card`);
      assert.equal(r.stock.completed, 2);
      assert.equal(r.floor.completed, 2);
    }
    assert.equal(webChat!.advisor.updatesPerTurn, 0);
    assert.ok(teams!.advisor.messagesPerTurn! < 0.6, 'Teams clicks came as invokes');
    assert.deepEqual(webChat!.startup, teams!.startup, 'one start-up measurement for the sitting');
    assert.ok(PRODUCTION_NODE_ARGS.includes('--max-old-space-size=512') && PRODUCTION_NODE_ARGS.includes('--max-semi-space-size=4'));
    const start = (JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
    for (const flag of PRODUCTION_NODE_ARGS) assert.ok(start.includes(` ${flag} `), flag);
  });

  it('drives the older Teams path too: every answered card becomes a receipt, and the figures say so', async () => {
    const r = await runBenchmark({
      conversations: 3,
      delivery: 'connector',
      channel: 'msteams',
      teamsClicks: 'message',
      cases: 1,
      sequential: 1,
      rounds: 1,
      memoryConversations: 10,
      renders: 5,
      verbose: false,
    });
    assert.equal(r.advisor.completed, 3, 'every Teams conversation reached a result card');
    assert.equal(r.echo.completed, 3);
    // A case is a greeting, four or five answers and no receipt for the greeting itself.
    assert.ok(r.advisor.updatesPerTurn! > 0.5, `receipts per advisor turn: ${r.advisor.updatesPerTurn}`);
    assert.equal(r.echo.updatesPerTurn, 0);
    assert.equal(r.stock.completed, 3, 'the stock echo answered every Teams turn');
    assert.equal(r.stock.updatesPerTurn, 0);
    assert.match(formatTable(r), /p99 ratio \(advisor\/stock echo\) \| [0-9.]+ \| ≤ 1\.0 × stock echo/);
    assert.match(formatTable(r), /throughput ratio \(advisor\/stock echo\) \| [0-9.]+ \| ≥ 1\.0 × stock echo/);
    assert.ok(r.advisor.messagesPerTurn! >= 1 && r.echo.messagesPerTurn === 1, `messages per turn: ${r.advisor.messagesPerTurn}, ${r.echo.messagesPerTurn}`);
    assert.match(formatTable(r), /Teams \(clicks as messages, receipts\) conversations/);
    assert.match(formatTable(r), /updates/);
  });

  it('refuses Teams with replies in the response (a receipt is a connector call)', async () => {
    await assert.rejects(
      runBenchmark({
        conversations: 1,
        delivery: 'expectReplies',
        channel: 'msteams',
        cases: 1,
        sequential: 1,
        rounds: 1,
        memoryConversations: 1,
        renders: 1,
        verbose: false,
      }),
      /connector/,
    );
  });

  it('measures both Web Chat and Teams in one run unless a channel is named; each path has its own results file', () => {
    assert.deepEqual(channelsToRun(undefined, 'connector', 'webchat'), ['webchat', 'msteams']);
    assert.deepEqual(channelsToRun('', 'connector', 'webchat'), ['webchat', 'msteams']);
    assert.deepEqual(channelsToRun('msteams', 'connector', 'msteams'), ['msteams']);
    assert.deepEqual(channelsToRun('webchat', 'connector', 'webchat'), ['webchat']);
    assert.deepEqual(channelsToRun(undefined, 'expectReplies', 'webchat'), ['webchat'], 'Teams needs the connector');
    assert.equal(resultsFile(undefined, 'bench', 'webchat', true), 'bench/results.json');
    assert.equal(resultsFile(undefined, 'bench', 'msteams', false), 'bench/results-msteams.json');
    assert.equal(resultsFile('out/run.json', 'bench', 'msteams', false), 'out/run-msteams.json');
  });

  it('issue 67 finding 7: pairs the rounds: each advisor round with the echo round right after it, median and spread', () => {
    const figures = (turnsPerSecond: number): LoadFigures => ({ turnsPerSecond }) as LoadFigures;
    // A machine whose speed changed between rounds: per-round ratios 1.0, 0.5 and 0.8, out of order.
    // Every wrong way of pairing gives another answer: the ratio of the medians 150 / 200 = 0.75,
    // their mean 0.77, echo over advisor 1.25, each advisor round with the next echo round 0.75, and
    // the ratios left unsorted a spread of [1, 0.8].
    const advisor = [figures(150), figures(100), figures(240)];
    const echo = [figures(150), figures(200), figures(300)];
    assert.deepEqual(
      pairedRatio(advisor, echo, (f) => f.turnsPerSecond),
      { median: 0.8, range: [0.5, 1] },
    );
  });
});
