// Events never lost, never told twice: the process is killed before every step of an event's path
// in turn (each read and write of the state store, the message's send, and between the send and
// the write that confirms it), then restarted on the same store. A kill stops the dying instance at
// that point for good: every later call it makes throws. Partner Center sends the event again when
// it got no 200; the new instance's lease loop delivers what the inbox kept. In every case the
// conversation gets exactly one message, and the inbox ends empty with the event's id noted.
import { strict as assert } from 'assert';
import { createHash } from 'crypto';
import pino from 'pino';
import { deliveryKey, FollowUp, OpenItem, openItem, SENDING_STALE_MS } from '../../src/domain/cases';
import { readPartnerCenterEvent } from '../../src/domain/partnerCenterEvents';
import { CaseStore, MAX_LEASE_MS } from '../../src/hosting/cases/caseStore';
import { eventDelivery } from '../../src/hosting/cases/eventDelivery';
import { EventInbox } from '../../src/hosting/cases/eventInbox';
import { Delivery, FollowUps, Messenger } from '../../src/hosting/cases/followUps';
import { InMemoryStateStorage } from '../../src/hosting/state/memoryStorage';
import type { ConditionalStorage } from '../../src/hosting/state/stateStorage';

const RELATIONSHIP = '5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const START = Date.UTC(2026, 10, 25, 9);
const silent = pino({ level: 'silent' });

class Killed extends Error {}

/** Counts the steps of one process; at `killAt` it dies: that step and every later one throw. */
class Process {
  steps = 0;
  dead = false;
  constructor(private readonly killAt: number) {}
  step(): void {
    this.steps += 1;
    if (this.steps === this.killAt) this.dead = true;
    if (this.dead) throw new Killed(`killed at step ${this.killAt}`);
  }
}

/** The state store as one process sees it: every call is a step. */
function storageOf(process: Process, inner: ConditionalStorage): ConditionalStorage {
  return new Proxy(inner, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        process.step();
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

/** The conversation: what it showed, and the delivery keys it has (the proactive turn keeps them with the message). */
class Conversation {
  readonly shown: string[] = [];
  private readonly keys = new Set<string>();
  messenger(process: Process): Messenger {
    return {
      send: async (item: OpenItem, followUp: FollowUp): Promise<Delivery> => {
        process.step();
        const key = deliveryKey(item, followUp);
        if (!this.keys.has(key)) {
          this.keys.add(key);
          this.shown.push(`${item.id}:${followUp}`);
        }
        // Killed here: the message went, the item does not know yet.
        process.step();
        return 'sent';
      },
    };
  }
}

const EVENT_BODY = JSON.stringify({
  EventName: 'granular-admin-relationship-approved',
  ResourceUri: `https://api.partnercenter.microsoft.com/granularAdminRelationships/${RELATIONSHIP}`,
  ResourceName: 'GranularAdminRelationship',
  AuditUri: null,
  ResourceChangeUtcDate: '2026-11-25T08:59:00.0000000+00:00',
});
const EVENT = readPartnerCenterEvent(JSON.parse(EVENT_BODY))!;
const ID = createHash('sha256').update(EVENT_BODY).digest('hex');

function instance(name: string, process: Process, shared: ConditionalStorage, conversation: Conversation, now: () => number) {
  const storage = storageOf(process, shared);
  const store = new CaseStore({ storage });
  const followUps = new FollowUps({ store, messenger: conversation.messenger(process), logger: silent, retryMs: 60_000, now });
  const deliver = eventDelivery({ onChange: (change, source) => followUps.onChange(change, source), logger: silent });
  return new EventInbox({ storage, store, deliver, logger: silent, instanceId: name, now });
}

/** One run: the first process killed at `killAt` (never, when past its steps), then a second on the same store. */
async function run(killAt: number): Promise<{ steps: number; shown: string[]; waiting: number; inbox: EventInbox }> {
  const shared = new InMemoryStateStorage();
  let clock = START;
  const now = (): number => clock;
  const item = openItem(
    {
      kind: 'gdapApproval',
      objectId: RELATIONSHIP,
      customer: { tenantId: 'c', name: 'Contoso Ltd' },
      owner: { id: '29:owner' },
      locale: 'en-US',
      cardId: 'card0001',
      conversation: {},
      shared: false,
    },
    START - 60_000,
    60_000,
  );
  assert.ok(await new CaseStore({ storage: shared }).add(item, ['user:msteams:29:owner']));
  const conversation = new Conversation();
  const first = new Process(killAt);
  let answered = false;
  try {
    // The route: the event kept, delivered, then answered 200; a kill before the answer leaves Partner Center without one.
    await instance('first', first, shared, conversation, now).receive(ID, EVENT);
    answered = true;
  } catch (error) {
    if (!(error instanceof Killed)) throw error;
  }
  // The restart, once the dead process's lease and its claim on the message have run out.
  clock += Math.max(MAX_LEASE_MS, SENDING_STALE_MS) + 1000;
  const second = instance('second', new Process(Infinity), shared, conversation, now);
  await second.drain();
  if (!answered) await second.receive(ID, EVENT);
  // Partner Center may send it once more anyway (its retry crossed the answer): still once.
  await second.receive(ID, EVENT);
  const shards = Object.values(await shared.read([...Array(8).keys()].map((n) => `cases/inbox/${n}`)));
  const waiting = shards.reduce((sum: number, doc) => sum + ((doc as { events?: unknown[] }).events?.length ?? 0), 0);
  return { steps: first.steps, shown: conversation.shown, waiting, inbox: second };
}

describe('Events never lost: a kill at every step, then a restart', () => {
  it('2.4: tells the approval exactly once whichever step the process dies at, and leaves nothing in the inbox', async () => {
    const whole = await run(Infinity);
    assert.deepEqual(whole.shown, [`gdapApproval:${RELATIONSHIP}:approved`], 'without a kill: told once');
    assert.ok(whole.steps >= 10, `the path has its steps (${whole.steps})`);
    for (let killAt = 1; killAt <= whole.steps; killAt += 1) {
      const { shown, inbox, waiting } = await run(killAt);
      assert.deepEqual(shown, [`gdapApproval:${RELATIONSHIP}:approved`], `killed at step ${killAt} of ${whole.steps}: told once`);
      assert.ok(await inbox.seen(ID), `killed at step ${killAt}: noted as delivered`);
      assert.equal(waiting, 0, `killed at step ${killAt}: nothing left in the inbox`);
    }
  });
});
