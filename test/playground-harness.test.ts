// Proves the Agents Playground harness end to end: a tiny echo bot (restify + CloudAdapter, no
// credentials) runs in this process, the playground runs as a child process, and the test talks
// to the bot only through the playground's REST + WebSocket API on the msteams channel.
import * as assert from 'assert';
import { AddressInfo } from 'net';
import * as restify from 'restify';
import {
  Activity,
  ActivityTypes,
  CardFactory,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  MessagingExtensionQuery,
  MessagingExtensionResponse,
  TaskModuleRequest,
  TaskModuleResponse,
  TeamsActivityHandler,
  TurnContext,
} from 'botbuilder';
import { JsonObject, MessageEvent, Playground, PlaygroundEvent, UpdateEvent } from './support/playground';

// ---------------------------------------------------------------------------------------------
// The bot under test

function questionCard(): Record<string, unknown> {
  return {
    type: 'AdaptiveCard',
    version: '1.5',
    body: [{ type: 'TextBlock', text: 'Pick a colour' }],
    actions: [
      { type: 'Action.Submit', title: 'Blue', data: { colour: 'blue' } },
      { type: 'Action.Submit', title: 'Red', data: { colour: 'red' } },
    ],
  };
}

function answeredCard(value: unknown): Record<string, unknown> {
  return { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: `Answered: ${JSON.stringify(value)}` }] };
}

function clientInfoLocale(activity: Partial<Activity>): string | undefined {
  const info = (activity.entities ?? []).find((e) => e.type === 'clientInfo') as { locale?: string } | undefined;
  return info?.locale;
}

class HarnessBot extends TeamsActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      const a = context.activity;
      if (a.value !== undefined && a.replyToId) {
        // (b) reply with the submitted value, (c) replace the card that was clicked
        await context.sendActivity(`You submitted: ${JSON.stringify(a.value)}`);
        await context.updateActivity({ id: a.replyToId, type: ActivityTypes.Message, attachments: [CardFactory.adaptiveCard(answeredCard(a.value))] });
      } else {
        const text = TurnContext.removeRecipientMention(a).trim();
        if (text === 'card') {
          await context.sendActivity({ attachments: [CardFactory.adaptiveCard(questionCard())] });
        } else if (text === 'whoami') {
          await context.sendActivity(
            `type=${a.conversation.conversationType ?? 'none'} locale=${a.locale ?? 'none'} clientInfo=${clientInfoLocale(a) ?? 'none'}`,
          );
        } else if (text === 'delete') {
          const sent = await context.sendActivity('short-lived');
          try {
            await context.deleteActivity(sent?.id ?? '');
            await context.sendActivity('deleted');
          } catch (e) {
            await context.sendActivity(`delete failed: ${(e as { statusCode?: number }).statusCode ?? (e as Error).message}`);
          }
        } else {
          // (a) echo
          await context.sendActivity(`Echo: ${text}`);
        }
      }
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      for (const member of context.activity.membersAdded ?? []) {
        if (member.id === context.activity.recipient.id)
          await context.sendActivity(`Welcome to ${context.activity.conversation.conversationType ?? 'personal'}`);
      }
      await next();
    });
  }

  // (d) answer invokes
  protected override async handleTeamsMessagingExtensionQuery(_context: TurnContext, query: MessagingExtensionQuery): Promise<MessagingExtensionResponse> {
    const term = String(query.parameters?.[0]?.value ?? '');
    return {
      composeExtension: {
        type: 'result',
        attachmentLayout: 'list',
        attachments: [{ ...CardFactory.heroCard(`Result for ${term}`), preview: CardFactory.thumbnailCard(`Result for ${term}`) }],
      },
    };
  }

  protected override async handleTeamsTaskModuleFetch(_context: TurnContext, request: TaskModuleRequest): Promise<TaskModuleResponse> {
    return { task: { type: 'message', value: `task for ${JSON.stringify(request.data)}` } };
  }
}

interface RunningBot {
  endpoint: string;
  errors: Error[];
  close(): Promise<void>;
}

async function startBot(): Promise<RunningBot> {
  const errors: Error[] = [];
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  adapter.onTurnError = async (context, error) => {
    errors.push(error);
    await context.sendActivity(`bot error: ${error.message}`);
  };
  const bot = new HarnessBot();
  const server = restify.createServer({ name: 'harness-bot' });
  server.use(restify.plugins.bodyParser());
  server.post('/api/messages', async (req: restify.Request, res: restify.Response) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}/api/messages`,
    errors,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.server.closeAllConnections();
      }),
  };
}

function isMessage(e: PlaygroundEvent): e is MessageEvent {
  return e.kind === 'message';
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------

describe('Agents Playground harness (msteams)', function () {
  this.timeout(30000);
  let bot: RunningBot;
  let pg: Playground;

  before(async () => {
    bot = await startBot();
    pg = await Playground.start({ botEndpoint: bot.endpoint, defaultTimeoutMs: 8000 });
  });

  after(async () => {
    await pg?.stop();
    await bot?.close();
  });

  afterEach(function () {
    assert.deepStrictEqual(
      bot.errors.map((e) => e.message),
      [],
      'the bot reported turn errors',
    );
  });

  it('starts on 127.0.0.1 and answers its ping', () => {
    assert.ok(pg.port > 0);
    assert.strictEqual(pg.url, `http://127.0.0.1:${pg.port}`);
    assert.ok(pg.pid !== undefined && pidAlive(pg.pid));
  });

  it('echoes text in the personal chat', async () => {
    const sent = await pg.sendText('hello there');
    assert.strictEqual(sent.conversationId, pg.conversations.personal);
    assert.strictEqual(sent.turn?.status, 200);
    assert.strictEqual(sent.turn?.activity.channelId, 'msteams');
    const reply = await pg.waitForMessage({ since: sent.seq });
    assert.strictEqual(reply.text, 'Echo: hello there');
    assert.strictEqual(reply.conversationId, pg.conversations.personal);
    assert.strictEqual(reply.fromId, pg.bot.id);
    assert.strictEqual(reply.activity?.text, 'Echo: hello there', 'the raw activity the bot posted is attached');
  });

  it('sends the bot what Teams would: from, conversation, clientInfo, en-US by default', async () => {
    const sent = await pg.sendText('whoami');
    const a = sent.turn?.activity as JsonObject;
    assert.deepStrictEqual((a.from as JsonObject).id, pg.user.id);
    assert.deepStrictEqual((a.recipient as JsonObject).id, pg.bot.id);
    assert.strictEqual((a.conversation as JsonObject).id, pg.conversations.personal);
    const reply = await pg.waitForMessage({ since: sent.seq });
    assert.strictEqual(reply.text, 'type=personal locale=en-US clientInfo=en-US');
  });

  it('replies to a card submit with the value and updates the card it came from', async () => {
    const asked = await pg.sendText('card');
    const card = await pg.waitForMessage({ since: asked.seq, withCard: true });
    assert.strictEqual((card.cards[0].actions as JsonObject[])[0].title, 'Blue');

    const submit = await pg.submitCard({ colour: 'blue' });
    assert.strictEqual(submit.replyToId, card.messageId);
    assert.deepStrictEqual(submit.turn.activity.value, { colour: 'blue' });
    assert.strictEqual(submit.turn.activity.replyToId, card.messageId);

    const reply = await pg.waitForMessage({ since: submit.seq });
    assert.strictEqual(reply.text, 'You submitted: {"colour":"blue"}');
    const update: UpdateEvent = await pg.waitForUpdate(card.messageId, { since: submit.seq });
    assert.strictEqual(update.conversationId, pg.conversations.personal);
    assert.strictEqual((update.cards[0].body as JsonObject[])[0].text, 'Answered: {"colour":"blue"}');
  });

  it('returns the invoke response of a message extension query', async () => {
    const result = await pg.invoke('composeExtension/query', { commandId: 'search', parameters: [{ name: 'q', value: 'licences' }] });
    assert.strictEqual(result.status, 200);
    const body = result.body as JsonObject;
    const ext = body.composeExtension as JsonObject;
    assert.strictEqual(ext.type, 'result');
    const first = (ext.attachments as JsonObject[])[0];
    assert.strictEqual((first.content as JsonObject).title, 'Result for licences');
    assert.deepStrictEqual((result.playgroundResponse as JsonObject).composeExtension, ext);
  });

  it('sends invokes the playground API does not know as custom activities', async () => {
    const result = await pg.invoke('task/fetch', { data: { id: 7 } });
    assert.strictEqual(result.status, 200);
    assert.deepStrictEqual(result.body, { task: { type: 'message', value: 'task for {"id":7}' } });
    assert.strictEqual(result.playgroundResponse, undefined);
  });

  it('installs the app: installationUpdate plus membersAdded, answered with a welcome', async () => {
    const since = pg.mark();
    const turns = await pg.install('personal');
    assert.deepStrictEqual(turns.map((t) => t.activity.type).sort(), ['conversationUpdate', 'installationUpdate']);
    const added = turns.find((t) => t.activity.type === 'conversationUpdate')?.activity.membersAdded as JsonObject[];
    assert.deepStrictEqual(added.map((m) => m.id).sort(), [pg.bot.id, pg.user.id].sort());
    const welcome = await pg.waitForMessage({ since, text: /^Welcome/ });
    assert.strictEqual(welcome.text, 'Welcome to personal');
  });

  it('in a group chat the bot only hears messages that mention it', async () => {
    pg.setConversationType('groupChat');
    try {
      const plain = await pg.sendText('nobody listens');
      assert.strictEqual(plain.turn, undefined);
      await pg.expectNone(isMessage, { since: plain.seq, forMs: 500, description: 'bot message for an unmentioned group message' });

      const sent = await pg.mention('whoami');
      const a = sent.turn?.activity as JsonObject;
      assert.strictEqual(a.text, `<at>${pg.bot.name}</at> whoami`);
      const mention = (a.entities as JsonObject[]).find((e) => e.type === 'mention') as JsonObject;
      assert.strictEqual((mention.mentioned as JsonObject).id, pg.bot.id);
      const reply = await pg.waitForMessage({ since: sent.seq });
      assert.strictEqual(reply.text, 'type=groupChat locale=en-US clientInfo=en-US');
      assert.strictEqual(reply.conversationId, pg.conversations.groupChat);
    } finally {
      pg.setConversationType('personal');
    }
  });

  it('in a channel a mention starts a thread and the bot answers in it', async () => {
    pg.setConversationType('channel');
    try {
      const sent = await pg.mention('hi channel');
      assert.ok(sent.conversationId.startsWith(`${pg.conversations.channel};messageid=`), sent.conversationId);
      const channelData = sent.turn?.activity.channelData as JsonObject;
      assert.strictEqual((channelData.channel as JsonObject).id, pg.conversations.channel);
      const reply = await pg.waitForMessage({ since: sent.seq });
      assert.strictEqual(reply.text, 'Echo: hi channel');
      assert.strictEqual(reply.conversationId, sent.conversationId);

      const again = await pg.mention('in thread', { conversationId: sent.conversationId });
      assert.strictEqual(again.conversationId, sent.conversationId);
      assert.strictEqual((await pg.waitForMessage({ since: again.seq })).text, 'Echo: in thread');
    } finally {
      pg.setConversationType('personal');
    }
  });

  it('rewrites the locale the bot sees', async () => {
    pg.setLocale('de-DE');
    try {
      const sent = await pg.sendText('whoami');
      const reply = await pg.waitForMessage({ since: sent.seq });
      assert.strictEqual(reply.text, 'type=personal locale=de-DE clientInfo=de-DE');
      const info = (sent.turn?.activity.entities as JsonObject[]).find((e) => e.type === 'clientInfo') as JsonObject;
      assert.strictEqual(info.country, 'DE');
    } finally {
      pg.setLocale(undefined);
    }
  });

  it('logs a delete the bot attempts (the playground answers 501)', async () => {
    const sent = await pg.sendText('delete');
    const doomed = await pg.waitForMessage({ since: sent.seq, text: 'short-lived' });
    const del = await pg.waitFor((e) => e.kind === 'delete', { since: sent.seq, description: 'a delete' });
    assert.ok(del.kind === 'delete');
    assert.strictEqual(del.targetId, doomed.messageId);
    assert.strictEqual(del.status, 501);
    assert.strictEqual((await pg.waitForMessage({ since: sent.seq, text: /^delete/ })).text, 'delete failed: 501');
    const notice = pg.logItems.find((i) => i.type === 'text' && /delete/i.test(String(i.displayText)));
    assert.ok(notice, 'the playground log panel explains the refused delete');
  });

  it('a wait that times out says what was received', async () => {
    const sent = await pg.sendText('something else');
    await assert.rejects(pg.waitForMessage({ since: sent.seq, text: 'Echo: what I expected', timeoutMs: 400 }), (err: Error) => {
      assert.match(err.message, /Timed out after 400 ms waiting for a bot message with text "Echo: what I expected"/);
      assert.match(err.message, /text="Echo: something else"/);
      return true;
    });
  });

  it('stop() ends the playground process group', async () => {
    const pid = pg.pid;
    assert.ok(pid !== undefined);
    await pg.stop();
    assert.strictEqual(pidAlive(pid), false);
    await pg.stop();
  });
});
