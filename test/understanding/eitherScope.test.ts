// "Could be either" refers to two options named just before it: said after a sentence that names
// one value per question (a correction leaves one), it leaves nothing open, so the corrected value
// answers; after two options of one question it still leaves that question asked.
import { checkKind } from './kindCheck';

describe('a word of no decision between two options opens only the question of those two', () => {
  checkKind([
    [
      'en-US',
      'Customer is on an EA, sorry, I mean Open Value, Microsoft 365, they want us to take it over. Timing could be either.',
      { channel: 'open', service: 'license', goal: 'move' },
    ],
    [
      'ru-RU',
      'Клиент на EA, ой, извините, на Open Value, Microsoft 365, хотят перевести к нам. Сроки — может быть и то, и другое.',
      { channel: 'open', service: 'license' },
    ],
    ['zh-CN', '客户用的是EA，不对，是Open Value，Microsoft 365，想转到我们这边。两个都可能。', { channel: 'open', service: 'license', goal: 'move' }],
    [
      'pt-BR',
      'Cliente está no EA, quer dizer, no Open Value, Microsoft 365, querem passar pra gente. O prazo pode ser qualquer um dos dois.',
      { channel: 'open', service: 'license', goal: 'move' },
    ],
    [
      'hu-HU',
      'Az ügyfél EA-n van, bocsánat, pontosabban Open Value-n, Microsoft 365, át akarják hozni hozzánk. Az időzítés bármelyik lehet.',
      { channel: 'open', service: 'license', goal: 'move' },
    ],
    // A chat whose newest post says it after one story: an older post's other channel is not reopened.
    [
      'en-US',
      '#renewals channel, pasted:\n\nMarta Silva  09:14\nNorthwind renewal is coming up, they run Microsoft 365. Which agreement are they on?\n\nRavi Patel  09:20\nthey buy through Open Value\n\nMarta Silva  09:31\nProcurement just wrote back: they are on an EA and want us to take it over. Timing could be either\n\nRavi Patel  09:33\ngreat, thanks',
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
    // Two options of one question before it: that question stays asked (unchanged).
    ['en-US', 'Customer uses Microsoft 365. EA or Open Value, could be either.', { service: 'license' }, ['channel']],
    ['ru-RU', 'У клиента Microsoft 365. EA или Open Value — может быть и то, и другое.', { service: 'license' }, ['channel']],
    ['zh-CN', '客户用Microsoft 365。EA还是Open Value？两个都可能。', { service: 'license' }, ['channel']],
    ['pt-BR', 'O cliente usa Microsoft 365. EA ou Open Value, pode ser qualquer um dos dois.', { service: 'license' }, ['channel']],
    ['hu-HU', 'Az ügyfél Microsoft 365-öt használ. EA vagy Open Value, bármelyik lehet.', { service: 'license' }, ['channel']],
  ]);
});
