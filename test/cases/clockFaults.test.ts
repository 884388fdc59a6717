// Security finding 7 (issue 60): faults of the clock. The clock that says a GDAP request's 90 days
// are over may have jumped: before "expired" is sent, Partner Center is asked once more, and a
// request it still holds open (or has approved) is not closed, so the approval that comes later is
// told. The poller's lease is given up when an instance stops, so another polls at once; and a
// lease written by a clock running ahead holds no other instance up beyond a lease's longest run.
// Every clock here is one the test sets; nothing waits for real time.
import { strict as assert } from 'assert';
import { FollowUp, openItem, OpenItem, WAIT_DAYS } from '../../src/domain/cases';
import { CaseStore } from '../../src/hosting/cases/caseStore';
import { FollowUps, Messenger } from '../../src/hosting/cases/followUps';
import { EXPIRY_READS } from '../../src/domain/followUpDecisions';
import { Poller } from '../../src/hosting/cases/poller';
import { Reminders } from '../../src/hosting/cases/reminders';
import type { StatusRead } from '../../src/hosting/cases/statusReader';
import { InMemoryStateStorage } from '../../src/hosting/state/memoryStorage';
import { conditional } from '../../src/hosting/state/stateStorage';
import { captureLogger } from '../support/inProcess';
import { ASKER, Clock, DAY, POLL_MS } from './support';

/** The longest a lease may run (caseStore.ts MAX_LEASE_MS), as the issue asks: minutes, not ten. */
const MAX_LEASE = 2 * 60_000;
const noTimer = (): (() => void) => () => undefined;

/** Two instances' view of one store: what each sent, and Partner Center's answer the test sets. */
class World {
  readonly storage = new InMemoryStateStorage();
  readonly store = new CaseStore({ storage: conditional(this.storage), shards: 2 });
  readonly sent: FollowUp[] = [];
  status: StatusRead = { unchanged: true };
  /** Answers for particular relationships, over `status`. */
  readonly statusOf = new Map<string, StatusRead>();
  reads = 0;
  readonly readsOf = new Map<string, number>();
  readonly logger = captureLogger('silent').logger;
  readonly messenger: Messenger = {
    send: async (_item, followUp) => {
      this.sent.push(followUp);
      return 'sent';
    },
  };
  readonly reader = {
    read: async (item: OpenItem): Promise<StatusRead> => {
      this.reads += 1;
      this.readsOf.set(item.objectId, (this.readsOf.get(item.objectId) ?? 0) + 1);
      return this.statusOf.get(item.objectId) ?? this.status;
    },
  };

  followUps(clock: Clock): FollowUps {
    return new FollowUps({ store: this.store, messenger: this.messenger, logger: this.logger, retryMs: POLL_MS, now: clock.now, reader: this.reader });
  }

  /** An instance's poller: one status read a minute, so of two items due it reads one and leaves the other. */
  poller(clock: Clock, instanceId: string): Poller {
    const followUps = this.followUps(clock);
    return new Poller({
      store: this.store,
      followUps,
      reader: this.reader,
      logger: this.logger,
      pollMs: POLL_MS,
      pollsPerMinute: 1,
      instanceId,
      now: clock.now,
      timer: noTimer,
    });
  }

  async gdapRequest(clock: Clock, relationshipId: string): Promise<OpenItem> {
    const item = openItem(
      {
        kind: 'gdapApproval',
        objectId: relationshipId,
        customer: { tenantId: '3d8f2a61-4b7c-4e1a-9f0d-2c5b6a7e8f90', name: 'Contoso Ltd' },
        owner: ASKER,
        locale: 'en-US',
        cardId: 'card0001',
        conversation: { conversation: { id: 'a:1' } },
        shared: false,
      },
      clock.now(),
      POLL_MS,
    );
    await this.store.add(item, [`user:msteams:${ASKER.id}`]);
    return item;
  }
}

describe('Security finding 7: clock faults', () => {
  it('finding 7, review 5.5: a clock jump past the 90 days while Partner Center says the request is pending sends no "expired", and the later approval is told', async () => {
    const world = new World();
    const clock = new Clock();
    const item = await world.gdapRequest(clock, 'rel-jump');
    const followUps = world.followUps(clock);
    const reminders = new Reminders({ store: world.store, followUps, logger: world.logger, instanceId: 'a', now: clock.now, timer: noTimer });
    // The reminders of the first weeks go out as usual.
    clock.advance(30 * DAY);
    await reminders.tick();
    assert.deepEqual(world.sent, ['notApprovedYet']);

    // The clock jumps a year ahead: by it, the 90 days are long over.
    clock.advance(365 * DAY);
    world.status = { unchanged: true };
    await reminders.tick();
    await reminders.tick();
    assert.ok(world.reads >= 1, 'Partner Center was asked before anything was declared');
    assert.deepEqual(world.sent, ['notApprovedYet'], 'no "expired" while Partner Center holds the request open');
    assert.equal((await world.store.get(item.id))?.status, 'waiting');

    // The customer approves: the event is told as the approval.
    const told = await followUps.onChange({ kind: 'gdapApproval', objectId: 'rel-jump', change: 'approved' }, 'event');
    assert.equal(told, 'delivered');
    assert.deepEqual(world.sent, ['notApprovedYet', 'approved']);
  });

  it('finding 7, review 5.5: at a jumped deadline, an approval Partner Center reports is delivered as the approval, not as "expired"', async () => {
    const world = new World();
    const clock = new Clock();
    await world.gdapRequest(clock, 'rel-approved');
    const reminders = new Reminders({
      store: world.store,
      followUps: world.followUps(clock),
      logger: world.logger,
      instanceId: 'a',
      now: clock.now,
      timer: noTimer,
    });
    clock.advance((WAIT_DAYS.gdapApproval + 1) * DAY);
    world.status = { change: 'approved' };
    await reminders.tick();
    assert.deepEqual(world.sent, ['approved']);
  });

  it('finding 7, review 5.5: at a jumped deadline a failed read declares nothing; the expiry comes once Partner Center confirms it, or after repeated failed reads', async () => {
    const world = new World();
    const clock = new Clock();
    await world.gdapRequest(clock, 'rel-confirmed');
    await world.gdapRequest(clock, 'rel-unreadable');
    const reminders = new Reminders({
      store: world.store,
      followUps: world.followUps(clock),
      logger: world.logger,
      instanceId: 'a',
      now: clock.now,
      timer: noTimer,
    });
    clock.advance((WAIT_DAYS.gdapApproval + 1) * DAY);
    world.statusOf.set('rel-confirmed', { change: 'expired' });
    world.status = { failure: { kind: 'unavailable', status: 503 } };
    await reminders.tick();
    assert.deepEqual(world.sent, ['expired'], 'the confirmed one expired; the one Partner Center could not say about did not');
    // Each look comes later than the last (a day apart at most): ten days of rounds hold more than enough looks.
    for (let day = 0; day < 10 && world.sent.length < 2; day++) {
      clock.advance(DAY);
      await reminders.tick();
    }
    assert.deepEqual(world.sent, ['expired', 'expired'], 'the other expired once its reads had failed often enough');
    assert.equal(world.readsOf.get('rel-unreadable'), EXPIRY_READS, 'after that many reads, each one made');
  });

  it('finding 7: a lease is released on shutdown, so another instance polls at once', async () => {
    const world = new World();
    const clock = new Clock();
    await world.gdapRequest(clock, 'rel-lease-1');
    await world.gdapRequest(clock, 'rel-lease-2');
    clock.advance(POLL_MS);
    const one = world.poller(clock, 'instance-one');
    const two = world.poller(clock, 'instance-two');
    assert.equal(await one.tick(), 1, 'the first instance polls (one of the two items due)');
    assert.equal(await two.tick(), 0, 'while it holds the lease, the other does not poll the second');
    await one.stop();
    assert.equal(await two.tick(), 1, 'once it stopped, the other polls in the same moment');
  });

  it('finding 7: a lease written by a clock 10 minutes ahead does not block another instance beyond the longest lease', async () => {
    const world = new World();
    const clock = new Clock();
    await world.gdapRequest(clock, 'rel-ahead-1');
    await world.gdapRequest(clock, 'rel-ahead-2');
    clock.advance(POLL_MS);
    const ahead = new Clock(clock.now() + 10 * 60_000);
    assert.equal(await world.poller(ahead, 'fast-clock').tick(), 1, 'the instance whose clock runs ahead polls and takes the lease');
    const other = world.poller(clock, 'right-clock');
    clock.advance(MAX_LEASE);
    assert.equal(await other.tick(), 1, 'the other instance polls the item left, within the longest lease, not ten minutes later');
  });
});
