// Two app instances sharing Azurite blob state, reaching a Teams-shaped conversation through the
// adapter's own continueConversation (a stand-in connector; no registration): the same change
// handed to both at once is told once, and only one instance polls (the store's lease).
import { strict as assert } from 'assert';
import { StandInConnector } from '../../bench/standInConnector';
import { InProcess, startInProcess } from '../support/inProcess';
import { Standins, startStandins } from '../../tools/standins/demo';
import { azurite } from '../support/azurite';
import { openItem } from '../../src/domain/cases';
import { catalogFor, format } from '../../src/domain/textCatalog';
import { ASKER, POLL_MS } from './support';

const TENANT = '72f988bf-0000-4000-8000-00000000beec';
const BOT = '28:00000000-0000-0000-0000-0000000000b1';
const CONVERSATION = 'a:personal-follow-up';
const zh = catalogFor('zh-CN');

describe('Follow the case on two instances sharing Azurite state', function () {
  this.timeout(120_000);
  let connector: StandInConnector;
  let standins: Standins;
  let one: InProcess;
  let two: InProcess;

  before(async () => {
    const az = await azurite();
    connector = await StandInConnector.start({ log: true });
    standins = await startStandins();
    const env = { PARTNER_ACTIONS_DEMO: 'true', STORAGE: 'blob', BLOB_CONNECTION_STRING: az.connectionString, BLOB_CONTAINER: az.container('follow') };
    // The loops' timer never fires: the test runs the rounds itself.
    const followUps = { timer: () => () => undefined, pollMs: POLL_MS };
    one = await startInProcess(env, { logLevel: 'info', standins, followUps });
    two = await startInProcess(env, { logLevel: 'info', standins, followUps });
  });
  after(async () => {
    await one?.stop();
    await two?.stop();
    await standins?.stop();
    await connector?.close();
  });

  const item = (kind: 'gdapApproval' | 'transfer', objectId: string, now = Date.now()) =>
    openItem(
      {
        kind,
        objectId,
        customer: { tenantId: '1c6a2f5e-3b7d-4e21-9f4a-6d8c0b1e2a31', name: 'Contoso Ltd', domain: 'contoso.onmicrosoft.com' },
        owner: ASKER,
        locale: 'zh-CN',
        cardId: 'card0001',
        conversation: {
          channelId: 'msteams',
          serviceUrl: connector.url,
          conversation: { id: CONVERSATION, conversationType: 'personal', tenantId: TENANT },
          bot: { id: BOT, name: 'Advisor' },
          user: ASKER,
          activityId: 'the-action-click',
        },
        shared: false,
      },
      now,
      POLL_MS,
    );

  it('tells a change handed to both instances at once once, in the conversation, in Chinese', async () => {
    await one.app.cases.store.add(item('transfer', 'tr-shared'), [`user:msteams:${ASKER.id}`]);
    const change = { kind: 'transfer' as const, objectId: 'tr-shared', change: 'completed' as const };
    const results = await Promise.all([
      one.app.cases.follow.followUps.onChange(change, 'event'),
      two.app.cases.follow.followUps.onChange(change, 'event'),
      two.app.cases.follow.followUps.onChange(change, 'event'),
    ]);
    assert.deepEqual(results, ['delivered', 'delivered', 'delivered']);
    const posted = connector.messagesTo(CONVERSATION);
    assert.equal(posted.length, 1, 'one message');
    assert.ok(JSON.stringify(posted[0]!.activity).includes(format(zh.followUps.titles.completed, { customer: 'Contoso Ltd' })));
  });

  it('polls on one instance only', async () => {
    await one.app.cases.store.add(item('gdapApproval', 'rel-shared', Date.now() - 2 * POLL_MS), [`user:msteams:${ASKER.id}`]);
    const reads = [await one.app.cases.follow.poller.tick(), await two.app.cases.follow.poller.tick(), await one.app.cases.follow.poller.tick()];
    assert.equal(reads.filter((r) => r > 0).length, 1, `one read in all: ${reads.join(', ')}`);
  });
});
