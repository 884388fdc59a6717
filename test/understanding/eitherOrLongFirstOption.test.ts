// Kind "either/or": a first option said in several words ("handle their helpdesk and admin,"),
// or followed by an aside set off by commas ("an EA, which I doubt at that size,"), is still one
// of two options: the distance between the options counts words, not commas, and not such an
// aside. A reference to the other ("the latter") then settles it.
import { checkKind } from './kindCheck';

describe('kind: either/or, a first option of several words and a comma is still one option a reference sets aside', () => {
  checkKind([
    [
      'en-US',
      'We could either handle their helpdesk and admin, or do a full transfer of the subscriptions to us - customer said the latter.',
      { goal: 'move' },
    ],
    ['ru-RU', 'Либо просто вести их хелпдеск и администрирование, либо полностью перенести подписки к нам — клиент сказал последнее.', { goal: 'move' }],
    ['pt-BR', 'Ou a gente cuida do helpdesk e da administração, ou transfere as assinaturas para nós – o cliente disse a segunda.', { goal: 'move' }],
    ['hu-HU', 'Vagy csak a helpdesket és az adminisztrációt visszük, vagy áthozzuk az előfizetéseket hozzánk – az ügyfél az utóbbit mondta.', { goal: 'move' }],
  ]);
});

describe('kind: either/or, an aside set off by commas after the first option keeps the two options one either/or', () => {
  checkKind([
    [
      'en-US',
      'Office 365 either through an EA, which I doubt at that size for a small firm, or through the Microsoft syndication program. The second one.',
      { channel: 'syndication', service: 'license' },
    ],
    [
      'ru-RU',
      'Office 365 либо через EA, в чём я сильно сомневаюсь при таком размере компании, либо через Open. Второе.',
      { channel: 'open', service: 'license' },
    ],
    ['pt-BR', 'Office 365 ou pelo EA, o que eu duvido muito com esse tamanho de empresa, ou pelo Open. A segunda.', { channel: 'open', service: 'license' }],
    [
      'hu-HU',
      'Office 365, vagy EA-n keresztül, amiben erősen kételkedem ekkora cégnél, vagy Openen keresztül. Az utóbbi.',
      { channel: 'open', service: 'license' },
    ],
  ]);
});
