// The events inbox keeps every waiting event through the writes of its shard: an event whose
// delivery failed stays readable when another event comes into the same shard, and is delivered
// at its next try (its document's rules: test/domain/eventInboxPolicy.test.ts).
import { strict as assert } from 'assert';
import pino from 'pino';
import { readPartnerCenterEvent } from '../../src/domain/partnerCenterEvents';
import { EventInbox } from '../../src/hosting/cases/eventInbox';
import { InMemoryStateStorage } from '../../src/hosting/state/memoryStorage';

const START = Date.UTC(2026, 10, 25, 9);
const event = (n: number) =>
  readPartnerCenterEvent({
    EventName: 'granular-admin-relationship-approved',
    ResourceUri: `https://api.partnercenter.microsoft.com/granularAdminRelationships/${n}`,
    ResourceName: 'GranularAdminRelationship',
    AuditUri: null,
    ResourceChangeUtcDate: '2026-11-25T08:59:00Z',
  })!;
// Both in shard 0 (the first eight hex digits, modulo 8).
const FIRST = `00000000${'a'.repeat(56)}`;
const SECOND = `00000008${'b'.repeat(56)}`;

describe('Events inbox', () => {
  it('still delivers an event whose first delivery failed after another event came into its shard', async () => {
    let clock = START;
    let failing = true;
    const delivered: string[] = [];
    const inbox = new EventInbox({
      storage: new InMemoryStateStorage(),
      store: { lease: async () => true },
      deliver: async (_event, id) => {
        if (failing && id === FIRST) throw new Error('The audit record could not be read');
        delivered.push(id);
        return 'delivered';
      },
      logger: pino({ level: 'silent' }),
      instanceId: 'one',
      now: () => clock,
      retryMs: 1_000,
    });
    assert.equal(await inbox.receive(FIRST, event(1)), 'queued');
    failing = false;
    assert.equal(await inbox.receive(SECOND, event(2)), 'delivered');
    clock += 60_000;
    await inbox.drain();
    assert.deepEqual(delivered, [SECOND, FIRST]);
    assert.equal(await inbox.seen(FIRST), true);
  });
});
