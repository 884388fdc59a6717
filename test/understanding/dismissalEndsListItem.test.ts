// An aside at the end of a list item ("- Dynamics 365 — paid to Microsoft by card (leave it
// alone, not in scope)") sets the whole item aside, not only its last clause or its bracket: a
// list's line is its own point. Without the list, or with the aside elsewhere on the line, the
// reading is as before.
import { checkKind } from './kindCheck';

describe('structure: a dismissal that ends a list item sets the whole item aside', () => {
  checkKind([
    [
      'en-US',
      'Two things at Brookfield Dental:\n- Dynamics 365 — paid straight to Microsoft by card (leave it alone, not in scope)\n- Azure — under their EA',
      { channel: 'ea', service: 'usage' },
    ],
    [
      'en-US',
      'Orchard Bakery, two parts:\n1. Power BI Pro — bought from Microsoft online, keeping it as is, not in scope.\n2. Azure — through their EA, we take over the billing.',
      { channel: 'ea', service: 'usage' },
    ],
    [
      'pt-BR',
      'Dois itens do cliente:\n- Dynamics 365 — comprado da Microsoft no cartão (fica como está, esquece)\n- Azure — no EA deles',
      { channel: 'ea', service: 'usage' },
    ],
    // No list: the aside reaches only its own clause; both items stay (asked).
    [
      'en-US',
      'Two things at Brookfield Dental: Dynamics 365 paid straight to Microsoft by card (keeping it as is, not in scope), and Azure under their EA.',
      {},
      ['channel', 'service'],
    ],
  ]);
});
