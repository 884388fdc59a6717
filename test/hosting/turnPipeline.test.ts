// The adapter's turn pipeline (http/advisorAdapter.ts, runMiddleware): the middleware and the bot
// get the turn's context itself, not the SDK's revocable Proxy around it, and everything the
// SDK's pipeline did still holds: the activity's locale on the context, the middleware in the
// order it was added, errors to onTurnError (or out of the turn without one), and a context that
// can no longer send, update or delete once its turn has ended.
import { strict as assert } from 'assert';
import { types } from 'util';
import { Activity, ActivityTypes, ConfigurationBotFrameworkAuthentication, DeliveryModes, TurnContext } from 'botbuilder';
import { AdvisorCloudAdapter, TurnEndedError } from '../../src/hosting/http/advisorAdapter';
import { captureLogger } from '../support/inProcess';

type Logic = (context: TurnContext) => Promise<void>;

describe('the adapter’s turn pipeline', () => {
  const authentication = new ConfigurationBotFrameworkAuthentication({});
  const activity = (fields: Partial<Activity> = {}): Activity =>
    ({
      type: ActivityTypes.Message,
      id: 'a1',
      text: 'hello',
      locale: 'pt-BR',
      channelId: 'msteams',
      serviceUrl: 'http://127.0.0.1:9/',
      conversation: { id: 'c1' },
      from: { id: 'u1' },
      recipient: { id: 'bot' },
      deliveryMode: DeliveryModes.ExpectReplies,
      ...fields,
    }) as Activity;
  const run = async (adapter: AdvisorCloudAdapter, incoming: Activity, logic: Logic): Promise<void> => {
    const authenticated = await authentication.authenticateRequest(incoming, '');
    await adapter.processActivityDirect(authenticated, incoming, logic);
  };
  const newAdapter = (): AdvisorCloudAdapter => new AdvisorCloudAdapter(authentication, captureLogger('silent').logger, true);

  it('hands the middleware and the bot the turn’s context itself, with the activity’s locale', async () => {
    const adapter = newAdapter();
    const seen: TurnContext[] = [];
    adapter.use(async (context, next) => {
      seen.push(context);
      await next();
    });
    await run(adapter, activity(), async (context) => {
      seen.push(context);
    });
    assert.equal(seen.length, 2);
    assert.equal(seen[0], seen[1], 'the same context all along');
    assert.equal(types.isProxy(seen[0]), false, 'not a Proxy');
    assert.ok(seen[0] instanceof TurnContext);
    assert.equal(seen[0]!.locale, 'pt-BR');
  });

  it('runs the middleware in the order it was added, around the bot', async () => {
    const adapter = newAdapter();
    const order: string[] = [];
    adapter.use(
      async (_context, next) => {
        order.push('first in');
        await next();
        order.push('first out');
      },
      {
        onTurn: async (_context: TurnContext, next: () => Promise<void>) => {
          order.push('second in');
          await next();
          order.push('second out');
        },
      },
    );
    adapter.use(async (_context, next) => {
      order.push('third');
      await next();
    });
    await run(adapter, activity(), async () => {
      order.push('bot');
    });
    assert.deepEqual(order, ['first in', 'second in', 'third', 'bot', 'second out', 'first out']);
  });

  it('gives a turn’s error to onTurnError with the turn’s context, and lets it out without one', async () => {
    const adapter = newAdapter();
    const failure = new Error('a defect');
    const handled: [TurnContext, Error][] = [];
    let inTurn: TurnContext | undefined;
    adapter.onTurnError = async (context, error) => {
      handled.push([context, error]);
    };
    await run(adapter, activity(), async (context) => {
      inTurn = context;
      throw failure;
    });
    assert.equal(handled.length, 1);
    assert.equal(handled[0]![0], inTurn);
    assert.equal(handled[0]![1], failure);

    const unhandled = newAdapter();
    await assert.rejects(
      run(unhandled, activity(), async () => {
        throw failure;
      }),
      /a defect/,
    );
  });

  it('lets a turn and its error handler send, and refuses a send, update or delete once the turn has ended', async () => {
    const adapter = newAdapter();
    let kept: TurnContext | undefined;
    adapter.onTurnError = async (context) => {
      await context.sendActivity('sorry');
    };
    await run(adapter, activity(), async (context) => {
      kept = context;
      await context.sendActivity('during the turn');
    });
    assert.deepEqual(
      kept!.bufferedReplyActivities.map((a) => a.text),
      ['during the turn'],
    );
    await assert.rejects(kept!.sendActivity('after the turn'), TurnEndedError);
    await assert.rejects(kept!.updateActivity({ id: 'm1', type: ActivityTypes.Message, text: 'changed' }), TurnEndedError);
    await assert.rejects(kept!.deleteActivity('m1'), TurnEndedError);
    assert.equal(kept!.bufferedReplyActivities.length, 1, 'nothing more was sent');

    let failed: TurnContext | undefined;
    await run(adapter, activity({ id: 'a2' }), async (context) => {
      failed = context;
      throw new Error('a defect');
    });
    assert.deepEqual(
      failed!.bufferedReplyActivities.map((a) => a.text),
      ['sorry'],
      'the error handler still sends within the turn',
    );
  });
});
