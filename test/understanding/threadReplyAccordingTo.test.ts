// A chat reply that names whose answer it passes on before its reference ("ügyfél szerint a második",
// "the customer says the latter") still opens with the reference: it answers the question above it.
import { checkKind } from './kindCheck';

describe('thread: a reply passing on whose answer it is, then the reference, answers the question above', () => {
  checkKind([
    [
      'hu-HU',
      '[Tóth Anna 10:02] EA-n vették vagy szindikációs partnertől?\n[Kiss Béla 10:06] ügyfél szerint a második\n[Kiss Béla 10:07] Office 365',
      { channel: 'syndication', service: 'license' },
    ],
    ['hu-HU', '[Tóth Anna 10:02] Openen vették vagy EA-n?\n[Kiss Béla 10:06] ügyfél szerint az első. Azure', { channel: 'open', service: 'usage' }],
    ['en-US', '[10:03] Lee: EA or Advisor?\n[10:05] Kim: customer says the latter. Azure', { channel: 'advisor', service: 'usage' }],
  ]);
});
