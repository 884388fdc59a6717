// A GDAP request's open item as the follow-up tests start from: Contoso's, asked by one owner in a
// one-to-one chat, made at `at` and followed every `pollMs`.
import { openItem, OpenItem } from '../../src/domain/cases';

export function gdapRequestItem(at: number, pollMs: number, objectId = 'rel-1'): OpenItem {
  return openItem(
    {
      kind: 'gdapApproval',
      objectId,
      customer: { tenantId: 'a1b2c3d4-0000-4000-8000-000000000001', name: 'Contoso' },
      owner: { id: '29:owner' },
      locale: 'en-US',
      cardId: 'card-1',
      conversation: { conversation: { id: 'a:1' } },
      shared: false,
    },
    at,
    pollMs,
  );
}
