// The compiled bot stops when told even when nobody reads its output: stdout and stderr closed by
// their reader (a log shipper that died: EPIPE) or never read (a full pipe). A stalled stdout
// never stalls turns: lines beyond LOG_BUFFER_BYTES are dropped and counted, and the count is
// logged once stdout keeps up again.
import { strict as assert } from 'assert';
import { BotProcess, Exit } from '../support/botProcess';
import { HttpChat } from '../support/httpChat';
import { postJson } from '../support/http';

const SHUTDOWN_TIMEOUT_MS = 2_000;
const ENV = { SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS), LOG_BUFFER_BYTES: String(16 * 1024) };

/** The exit, or undefined when the process is still running `ms` after the signal (it is then killed). */
async function stopWithin(bot: BotProcess, signal: NodeJS.Signals, ms: number): Promise<Exit | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  const exit = await Promise.race([bot.stop(signal), late]);
  clearTimeout(timer);
  if (!exit) {
    bot.child.kill('SIGKILL');
    await bot.exited;
  }
  return exit;
}

/** Makes the bot write at least `lines` log lines (each a refused activity: cheap, one warning). */
async function logLines(base: string, lines: number): Promise<void> {
  const workers = Array.from({ length: 16 }, async (_, worker) => {
    for (let i = worker; i < lines; i += 16) {
      const res = await postJson(`${base}/api/messages`, []);
      assert.equal(res.status, 400);
    }
  });
  await Promise.all(workers);
}

async function waitFor(what: string, condition: () => boolean, ms: number): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('Stopping with a broken or blocked stdout (bot process)', function () {
  this.timeout(60_000);
  // The exit must come within SHUTDOWN_TIMEOUT_MS; the margin covers the signal and the exit on a busy machine (a hang never ends).
  const allowed = SHUTDOWN_TIMEOUT_MS + 2_500;

  it('SIGTERM ends the process when the reader of stdout and stderr went away just before (EPIPE)', async () => {
    // As when the parent process that started the bot exits: the signal's own log lines are the
    // first to meet the closed pipes.
    const bot = await BotProcess.start(ENV);
    bot.child.stdout!.destroy();
    bot.child.stderr!.destroy();
    const exit = await stopWithin(bot, 'SIGTERM', allowed);
    assert.deepEqual(exit, { code: 0, signal: null }, 'the bot hung on exit with its stdout reader gone');
  });

  it('answers turns after the reader of stdout and stderr is gone, and SIGTERM still ends it', async () => {
    const bot = await BotProcess.start(ENV);
    bot.child.stdout!.destroy();
    bot.child.stderr!.destroy();
    // Lines written to the closed pipes: the bot learns they are broken.
    const chat = new HttpChat(bot.base, 'stdio-epipe');
    assert.equal((await chat.say('hello')).status, 200);
    await logLines(bot.base, 50);
    assert.equal((await chat.say('hello again')).status, 200, 'turns are answered after stdout broke');
    const exit = await stopWithin(bot, 'SIGTERM', allowed);
    assert.deepEqual(exit, { code: 0, signal: null }, 'the bot hung on exit with its stdout reader gone');
  });

  it('SIGINT ends the process while stdout is full and never read, and turns go on meanwhile', async () => {
    const bot = await BotProcess.start(ENV);
    bot.child.stdout!.pause();
    await logLines(bot.base, 1_000);
    const chat = new HttpChat(bot.base, 'stdio-blocked');
    const turn = await chat.say('hello');
    assert.equal(turn.status, 200);
    assert.ok(turn.replies.length > 0, 'the turn was answered with stdout blocked');
    const exit = await stopWithin(bot, 'SIGINT', allowed);
    assert.deepEqual(exit, { code: 0, signal: null }, 'the bot hung on exit with its stdout full');
  });

  it('counts the lines it dropped while stdout was full and says so once stdout keeps up', async () => {
    const bot = await BotProcess.start(ENV);
    try {
      bot.child.stdout!.pause();
      await logLines(bot.base, 1_000);
      assert.equal(bot.logged('log lines dropped: the log destination was not keeping up').length, 0, 'nothing read yet');
      bot.child.stdout!.resume();
      await waitFor('the dropped-lines report', () => bot.logged('log lines dropped: the log destination was not keeping up').length > 0, 10_000);
      const [report] = bot.logged('log lines dropped: the log destination was not keeping up');
      assert.equal(report!.level, 40);
      assert.ok(typeof report!.dropped === 'number' && report!.dropped > 0, JSON.stringify(report));
      assert.equal(report!.droppedTotal, report!.dropped);
      const refusals = bot.logged('activity rejected').length;
      assert.equal(refusals + (report!.dropped as number), 1_000, `${refusals} written + ${String(report!.dropped)} dropped`);
    } finally {
      await bot.stop();
    }
  });
});
