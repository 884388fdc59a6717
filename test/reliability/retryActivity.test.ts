// A turn that runs again (its state write lost a race) runs on the activity as it arrived, even
// when the bot changed it in the first run; and an ordinary turn over HTTP makes no copy of its
// activity for that (the copy is rebuilt from the request text only when a retry needs it).
import { strict as assert } from 'assert';
import { ActivityHandler, MemoryStorage, Storage, StoreItems, TurnContext } from 'botbuilder';
import { App, BotStates, createApp } from '../../src/hosting/app';
import { loadConfig } from '../../src/config';
import { arrivalOf, rememberArrival } from '../../src/hosting/turns/originalActivity';
import { captureLogger } from '../support/inProcess';
import { postJson } from '../support/http';

/** Refuses the next `conflicts` writes with an eTag conflict (another instance wrote first). */
class ConflictingStorage implements Storage {
  readonly inner = new MemoryStorage();
  conflicts = 0;

  read(keys: string[]): Promise<StoreItems> {
    return this.inner.read(keys);
  }
  async write(changes: StoreItems): Promise<void> {
    if (this.conflicts > 0 && Object.keys(changes).some((k) => k.includes('/conversations/'))) {
      this.conflicts -= 1;
      throw Object.assign(new Error('precondition failed'), { statusCode: 412 });
    }
    return this.inner.write(changes);
  }
  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }
}

interface Seen {
  text: unknown;
  value: unknown;
  timestampIsDate: boolean;
  callerId: unknown;
}

/** Records what each run of a turn saw, changes a counter in the state, then scribbles on the activity. */
class ScribblingBot extends ActivityHandler {
  readonly seen: Seen[] = [];

  constructor(states: BotStates) {
    super();
    const count = states.conversationState.createProperty<number>('count');
    this.onMessage(async (context: TurnContext, next) => {
      const a = context.activity;
      this.seen.push({ text: a.text, value: structuredCloneFree(a.value), timestampIsDate: a.timestamp instanceof Date, callerId: a.callerId });
      await count.set(context, (await count.get(context, 0)) + 1);
      a.text = 'changed by the bot';
      (a.value as Record<string, unknown>).choice = 'changed';
      await next();
    });
  }
}

/** A copy made with JSON, so the test's own copying is not counted as the host's. */
function structuredCloneFree(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

describe('The activity of a turn that runs again', function () {
  this.timeout(20_000);
  let app: App;
  let base: string;
  let bot: ScribblingBot;
  const storage = new ConflictingStorage();

  before(async () => {
    const { logger } = captureLogger();
    app = createApp(loadConfig({ PORT: '0', HOST: '127.0.0.1', WEBCHAT_ENABLED: 'false' }), {
      logger,
      storage,
      bot: (states) => (bot = new ScribblingBot(states)),
    });
    base = `http://127.0.0.1:${await app.listen()}`;
  });
  after(() => app.close());

  function activity(id: string): Record<string, unknown> {
    return {
      type: 'message',
      id,
      channelId: 'webchat',
      serviceUrl: 'http://127.0.0.1:9/',
      deliveryMode: 'expectReplies',
      from: { id: 'user-retry' },
      recipient: { id: 'bot' },
      conversation: { id: `retry-${id}` },
      timestamp: '2026-01-02T03:04:05.000Z',
      text: 'as sent',
      value: { choice: 'as sent' },
    };
  }

  it('is the activity as it arrived, on every run, and no copy of it is made for a turn that runs once', async () => {
    const original = globalThis.structuredClone;
    let copies = 0;
    globalThis.structuredClone = ((value: unknown, options?: Parameters<typeof structuredClone>[1]) => {
      copies += 1;
      return original(value, options);
    }) as typeof structuredClone;
    try {
      const once = await postJson(`${base}/api/messages`, activity('a1'));
      assert.equal(once.status, 200);
      assert.equal(copies, 0, 'an ordinary turn copies nothing');

      storage.conflicts = 1;
      const before = app.turns.stats.conflictsRetried;
      bot.seen.length = 0;
      const twice = await postJson(`${base}/api/messages`, activity('a2'));
      assert.equal(twice.status, 200);
      assert.equal(app.turns.stats.conflictsRetried - before, 1, 'the turn ran again');
    } finally {
      globalThis.structuredClone = original;
    }
    assert.equal(bot.seen.length, 2);
    for (const seen of bot.seen) {
      assert.deepEqual(seen, { text: 'as sent', value: { choice: 'as sent' }, timestampIsDate: true, callerId: bot.seen[0]!.callerId });
    }
  });

  it('without request text (another entry), is copied up front and still restored', () => {
    const a = { type: 'message', text: 'as sent', value: { choice: 'as sent' } };
    const back = arrivalOf(a)!;
    a.text = 'changed';
    a.value.choice = 'changed';
    assert.deepEqual(back(), { type: 'message', text: 'as sent', value: { choice: 'as sent' } });
    assert.notEqual(back(), back(), 'a fresh object each time');
  });

  it('rebuilt from the entry keeps the caller id the adapter set after the entry', () => {
    const a: Record<string, unknown> = { type: 'message', text: 'as sent' };
    rememberArrival(a, () => ({ type: 'message', text: 'as sent' }));
    a.callerId = 'urn:botframework:azure';
    const back = arrivalOf(a)!;
    a.text = 'changed';
    assert.deepEqual(back(), { type: 'message', text: 'as sent', callerId: 'urn:botframework:azure' });
  });
});
