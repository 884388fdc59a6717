// The compiled bot as separate processes sharing one Azure Blob container (Azurite): one
// conversation across two processes, parallel submits split over both, a channel retry delivered
// to both, SIGKILL mid-conversation and a graceful SIGTERM with a turn in flight.
import { strict as assert } from 'assert';
import * as net from 'net';
import { ContainerClient } from '@azure/storage-blob';
import { Azurite, azurite } from '../support/azurite';
import { BotProcess } from '../support/botProcess';
import { freePort } from '../support/http';
import { StandInConnector } from '../../bench/standInConnector';
import { HttpChat, Turn, isStaleNotice } from '../support/httpChat';
import { checkAnswers, record } from '../support/figures';
import { resultOf, cardOf } from '../support/chat';
import { BlobStateStorage } from '../../src/hosting/state/blobStorage';

function acceptedCount(turns: Turn[]): number {
  return turns.filter((t) => t.replies.length > 0 && !t.replies.some(isStaleNotice)).length;
}

/** The option of the one submit the bot took as the answer. */
function acceptedOption(activities: Record<string, unknown>[], turns: Turn[], question: string): string {
  const index = turns.findIndex((t) => t.replies.length > 0 && !t.replies.some(isStaleNotice));
  return (activities[index]!.value as Record<string, string>)[question]!;
}

function retriesLogged(...bots: BotProcess[]): number {
  return bots.reduce((n, b) => n + b.logged('state changed by another turn; running the turn again').length, 0);
}

/** Answers the current question with its first option until the result card, alternating bases. */
async function finish(chat: HttpChat, bases: string[]): Promise<Record<string, string>> {
  const given: Record<string, string> = {};
  for (let i = 0; i < 10; i += 1) {
    const last = chat.transcript[chat.transcript.length - 1];
    if (resultOf(cardOf(last as never) ?? { type: 'AdaptiveCard' }).verdict) return given;
    const q = chat.currentQuestion();
    given[q.id] = q.options[0]!;
    const turn = await chat.answer(q.options[0]!, bases[i % bases.length]);
    assert.equal(turn.status, 200);
  }
  throw new Error('no result after 10 answers');
}

describe('Blob state across bot processes (Azurite)', function () {
  this.timeout(120_000);
  let az: Azurite;
  let env: Record<string, string>;
  let storage: BlobStateStorage;
  let a: BotProcess;
  let b: BotProcess;

  before(async () => {
    az = await azurite();
    const container = az.container('procs');
    env = { STORAGE: 'blob', BLOB_CONNECTION_STRING: az.connectionString, BLOB_CONTAINER: container };
    [a, b] = await Promise.all([BotProcess.start(env), BotProcess.start(env)]);
    storage = new BlobStateStorage(az.connectionString, container);
  });
  after(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
  });

  it('created the shared container at start-up', async () => {
    assert.equal(await new ContainerClient(az.connectionString, env.BLOB_CONTAINER!).exists(), true);
  });

  it('holds one conversation across two processes, alternating turns', async () => {
    const chat = new HttpChat(a.base, 'procs-alternate');
    assert.equal((await chat.say('hello', b.base)).status, 200);
    const given = await finish(chat, [a.base, b.base]);
    const flow = (await chat.flow(storage))!;
    assert.equal(flow.phase, 'result');
    assert.deepEqual(flow.answers, given);
    assert.deepEqual(flow.history, Object.keys(given));
    assert.deepEqual(checkAnswers(given, flow), { lost: 0, duplicated: 0 });
  });

  it('takes exactly one of 50 parallel submits split over both processes (same card, then different cards)', async () => {
    const chat = new HttpChat(a.base, 'procs-parallel');
    await chat.say('hello');
    const conflictsBefore = retriesLogged(a, b);
    const q1 = chat.currentQuestion();
    const clicks = Array.from({ length: 50 }, (_, i) => chat.answerActivity(q1.options[i % q1.options.length]!, q1));
    const same = await Promise.all(clicks.map((click, i) => chat.post(click, i % 2 ? a.base : b.base)));
    assert.deepEqual([...new Set(same.map((t) => t.status))], [200]);
    assert.equal(acceptedCount(same), 1, 'one answer, 49 stale');
    const given: Record<string, string> = { [q1.id]: acceptedOption(clicks, same, q1.id) };
    let flow = (await chat.flow(storage))!;
    assert.deepEqual(flow.history, [q1.id]);
    assert.equal(flow.seq, 2);

    const q2 = chat.currentQuestion();
    const mixed = Array.from({ length: 50 }, (_, i) =>
      i % 3 === 0
        ? chat.answerActivity(q2.options[i % q2.options.length]!, q2)
        : i % 3 === 1
          ? chat.answerActivity(q1.options[i % q1.options.length]!, q1)
          : chat.activity({ value: { ...q2.data, token: `${q2.token}${i}`, [q2.id]: q2.options[0] } }),
    );
    const results = await Promise.all(mixed.map((activity, i) => chat.post(activity, i % 2 ? a.base : b.base)));
    assert.deepEqual([...new Set(results.map((t) => t.status))], [200]);
    assert.equal(acceptedCount(results), 1);
    given[q2.id] = acceptedOption(mixed, results, q2.id);
    flow = (await chat.flow(storage))!;
    assert.deepEqual(flow.history, [q1.id, q2.id]);
    assert.equal(flow.seq, 3);

    Object.assign(given, await finish(chat, [b.base, a.base]));
    flow = (await chat.flow(storage))!;
    assert.equal(Object.keys(flow.answers).length, flow.history.length);
    assert.deepEqual(checkAnswers(given, flow), { lost: 0, duplicated: 0 });
    const conflicts = retriesLogged(a, b) - conflictsBefore;
    process.stdout.write(`      100 parallel submits over 2 processes: 2 answers taken, ${conflicts} eTag conflicts retried\n`);
    record({ parallelSubmits: 100, conflictsRetried: conflicts });
  });

  it('answers a channel retry delivered to both processes at once only once', async () => {
    const chat = new HttpChat(a.base, 'procs-retry');
    await chat.say('hello');
    const q = chat.currentQuestion();
    const click = chat.answerActivity(q.options[1]!);
    const copies = await Promise.all([a.base, b.base, a.base, b.base].map((base) => chat.post(click, base)));
    assert.deepEqual(
      copies.map((t) => t.status),
      [200, 200, 200, 200],
    );
    assert.equal(copies.filter((t) => t.replies.length > 0).length, 1);
    const later = await chat.post(click, b.base);
    assert.equal(later.replies.length, 0);
    assert.deepEqual(checkAnswers({ [q.id]: q.options[1]! }, await chat.flow(storage)), { lost: 0, duplicated: 0 });
    record({ duplicatesAcknowledged: 4 });
  });

  it('survives SIGKILL mid-conversation: a new process continues at the same question with the same answers', async () => {
    const first = await BotProcess.start(env);
    const chat = new HttpChat(first.base, 'procs-sigkill');
    await chat.say('hello');
    await chat.answer(chat.currentQuestion().options[0]!);
    await chat.answer(chat.currentQuestion().options[0]!);
    const before = (await chat.flow(storage))!;
    const pending = chat.currentQuestion();
    const exit = await first.stop('SIGKILL');
    assert.equal(exit.signal, 'SIGKILL');

    const second = await BotProcess.start(env);
    try {
      // The card shown before the crash is still the current one.
      const turn = await chat.answer(pending.options[0]!, second.base);
      assert.equal(turn.status, 200);
      assert.equal(isStaleNotice(turn.replies[0]!), false, 'not stale: same question, same step');
      const after = (await chat.flow(storage))!;
      assert.deepEqual(after.answers, { ...before.answers, [pending.id]: pending.options[0] });
      const given = { ...before.answers, [pending.id]: pending.options[0]!, ...(await finish(chat, [second.base])) };
      const final = (await chat.flow(storage))!;
      assert.equal(final.phase, 'result');
      assert.deepEqual(checkAnswers(given, final), { lost: 0, duplicated: 0 });
      record({ restartsSurvived: 1 });
    } finally {
      await second.stop();
    }
  });

  it('on SIGTERM finishes the turn in flight, takes no new connections and exits 0', async () => {
    const connector = await StandInConnector.start({ log: true });
    const bot = await BotProcess.start({ ...env, SHUTDOWN_TIMEOUT_MS: '10000' });
    try {
      const chat = new HttpChat(bot.base, 'procs-sigterm');
      await chat.say('hello');
      const q = chat.currentQuestion();
      const seqBefore = (await chat.flow(storage))!.seq;
      // This turn's reply goes through a connector that takes 1.5 s to answer.
      connector.delayMs = 1_500;
      const click = chat.activity({ value: { ...q.data, [q.id]: q.options[0] }, serviceUrl: connector.url, deliveryMode: undefined });
      const inFlight = chat.post(click);
      // Wait until the state is saved (delivery is then under way), then ask the process to stop.
      for (let i = 0; i < 100 && (await chat.flow(storage))!.seq === seqBefore; i += 1) await new Promise((r) => setTimeout(r, 20));
      const port = Number(new URL(bot.base).port);
      let settled = false;
      void inFlight.finally(() => (settled = true));
      bot.child.kill('SIGTERM');
      // Probed after the process says it is stopping (a positive signal, not a fixed sleep), and
      // while the turn in flight is still being finished: the property is about that window.
      const connects = (): Promise<boolean> =>
        new Promise<boolean>((resolve) => {
          const socket = net.connect(port, '127.0.0.1');
          socket.once('connect', () => {
            socket.destroy();
            resolve(true);
          });
          socket.once('error', () => resolve(false));
        });
      while (!settled && bot.logged('shutting down: no new connections, finishing the turns in flight').length === 0)
        await new Promise((r) => setTimeout(r, 10));
      let refusedInFlight = false;
      while (!settled && !refusedInFlight) refusedInFlight = !(await connects());
      assert.equal(refusedInFlight, true, 'no new connections once stopping, while the turn in flight finishes');
      const turn = await inFlight;
      assert.equal(turn.status, 200, 'the turn in flight completed');
      assert.equal(connector.messagesTo(chat.conversationId).length, 1, 'its reply was delivered');
      const exit = await bot.exited;
      assert.deepEqual(exit, { code: 0, signal: null });
      assert.equal(bot.logged('stopped cleanly').length, 1);
      assert.deepEqual(checkAnswers({ [q.id]: q.options[0]! }, await chat.flow(storage)), { lost: 0, duplicated: 0 });
      record({ restartsSurvived: 1 });
    } finally {
      await bot.stop('SIGKILL');
      await connector.close();
    }
  });

  it('refuses to start, with one clear line and exit 1, when the storage is unreachable', async () => {
    const port = await freePort();
    const unreachable = az.connectionString.replace(`127.0.0.1:${az.port}`, `127.0.0.1:${port}`);
    const started = Date.now();
    const run = await BotProcess.run({ STORAGE: 'blob', BLOB_CONNECTION_STRING: unreachable, BLOB_CONTAINER: 'advisor-state' });
    assert.equal(run.code, 1);
    const lines = run.stderr.trim().split('\n');
    assert.equal(lines.length, 1, run.stderr);
    assert.match(lines[0]!, /^Could not start: Blob storage at http:\/\/127\.0\.0\.1:\d+\/advisortest\/advisor-state is unreachable \(ECONNREFUSED\)/);
    const key = /AccountKey=([^;]+)/.exec(az.connectionString)![1]!;
    assert.ok(!run.stderr.includes(key) && !run.stdout.includes(key), 'the account key is never printed');
    process.stdout.write(`      unreachable storage reported in ${Date.now() - started} ms: ${lines[0]}\n`);

    const invalid = await BotProcess.run({ STORAGE: 'blob', BLOB_CONNECTION_STRING: 'not a connection string' });
    assert.equal(invalid.code, 1);
    assert.equal(invalid.stderr.trim(), 'Configuration error: BLOB_CONNECTION_STRING is not a valid Azure Storage connection string.');
  });

  it('says which port is taken and that PORT moves it, in one line, and announces no page before', async () => {
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as net.AddressInfo).port;
    try {
      const run = await BotProcess.run({ PORT: String(port), HOST: '127.0.0.1' });
      assert.equal(run.code, 1);
      assert.equal(
        run.stderr.trim(),
        `Could not start: port ${port} on 127.0.0.1 is already in use by another program. Stop that program, or choose another port with the PORT setting (PORT=${port + 1} npm start).`,
      );
      assert.doesNotMatch(run.stdout, /page on/, 'no page announced on a port that was never ours');
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });

  it('refuses an edition of the policy there is not, with one line naming POLICY_EDITION and the editions', async () => {
    const run = await BotProcess.run({ POLICY_EDITION: '2019' });
    assert.equal(run.code, 1);
    assert.equal(run.stderr.trim(), 'Configuration error: POLICY_EDITION must be one of 2026-11, 2020 (got "2019").');
  });
});
