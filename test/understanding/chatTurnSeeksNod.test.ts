// A chat turn that states something and ends with a word or two after a comma and a question mark
// ("they only want support, all good?") only seeks a nod: a reply that is no yes, no or doubt
// ("sure, on it") leaves it stated. A real question, an offer of two options or a yes keep their reading.
import { checkKind } from './kindCheck';

describe('a chat turn that only seeks a nod', () => {
  checkKind([
    ['hu-HU', '[09:40] Bence: az ügyfél csak üzemeltetést szeretne, mehet?\n[09:41] Kata: intézem, holnap hívom őket', { goal: 'support' }],
    [
      'pt-BR',
      '[08:02] Caio: o cliente só quer que a gente administre o Office 365, beleza?\n[08:03] Duda: fechou, deixa comigo',
      { service: 'license', goal: 'support' },
    ],
    [
      'en-US',
      '[14:20] Priya: client only wants us handling support on their Office 365, all good?\n[14:21] Tom: sure thing, on it',
      { service: 'license', goal: 'support' },
    ],
    ['ru-RU', '[12:05] Олег: клиент хочет только поддержку по Office 365, норм?\n[12:06] Ира: давай, беру', { service: 'license', goal: 'support' }],
    // Near misses: a question in words, two options offered, and a doubt in reply.
    ['en-US', '[14:20] Priya: do they want us handling support, you think?\n[14:21] Tom: sure thing, on it', {}],
    ['en-US', '[14:20] Priya: support or a full move, which?\n[14:21] Tom: sure thing, on it', {}, ['goal']],
    ['hu-HU', '[09:40] Bence: az ügyfél csak üzemeltetést szeretne, mehet?\n[09:41] Kata: nem tudom', {}],
  ]);
});
