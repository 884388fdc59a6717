// A correcting revision blanks only the older revision's replaced value and the short words before
// it: the rest of that clause (another product, a cloud) still answers. A correcting word counts
// anywhere in the revision's first clause when it ends it or the clause names a question, not with another object.
import { checkKind } from './kindCheck';

describe('a correcting revision blanks only the value it replaces', () => {
  checkKind([
    [
      'en-US',
      'Account page: Elm Dental\nv1: customer on an EA and Microsoft 365, they want us to take over the billing\nv2 (corrected): on Open Value',
      { channel: 'open', service: 'license', goal: 'move' },
    ],
    [
      'en-US',
      'Account page: Elm Dental\nv1: on an Enterprise Agreement, Microsoft 365\nv2: channel corrected, they are on Open Value',
      { channel: 'open', service: 'license' },
    ],
    [
      'ru-RU',
      'Страница клиента «Липа»\nред. 1: клиент на EA, Microsoft 365\nред. 2: канал исправлен, у них Open Value',
      { channel: 'open', service: 'license' },
    ],
    ['zh-CN', '客户页面：某牙科诊所\n第1版：客户用企业协议，Microsoft 365\n第2版：渠道已更正，是 Open Value', { channel: 'open', service: 'license' }],
    [
      'pt-BR',
      'Página do cliente: Clínica Ipê\nrev 1: cliente no EA, Microsoft 365\nrev 2: canal corrigido, é Open Value',
      { channel: 'open', service: 'license' },
    ],
    [
      'hu-HU',
      'Ügyféllap: Hárs Fogászat\n1. vált.: az ügyfél EA-n van, Microsoft 365\n2. vált.: a csatorna javítva, Open Value',
      { channel: 'open', service: 'license' },
    ],
    // Near misses: a correcting word about something else corrects nothing, so both values are asked.
    ['en-US', 'Account page: Elm Dental\nv1: channel = Enterprise Agreement\nv2: corrected invoice attached; channel = Open Value', {}, ['channel']],
    ['en-US', 'Account page: Elm Dental\nv1: channel = Enterprise Agreement\nv2: we fix their printers too; channel = Open Value', {}, ['channel']],
  ]);
});
