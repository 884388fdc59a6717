// "Nem döntöttek" (they have not decided) said last in its clause is about what came before it:
// the field or clause after it ("| mi: direct bill") is stated, not doubted. Said before "hogy"
// or an either/or, it still leaves that open.
import { checkKind } from './kindCheck';

describe('eitherOr: "not decided" closing its clause doubts nothing after it', () => {
  checkKind([
    [
      'hu-HU',
      'Microsoft 365 | cél: nyitott, az IT üzemeltetést kér, a vezetés átvinné, nem döntöttek | mi: direct bill',
      { service: 'license', partnerType: 'direct' },
      ['goal'],
    ],
    ['hu-HU', 'Office 365, még nem döntöttek, mi közvetett viszonteladók vagyunk.', { service: 'license', partnerType: 'indirectReseller' }],
    ['hu-HU', 'Office 365. Még nem döntöttek el, hogy átviszik-e vagy csak üzemeltetést kérnek.', { service: 'license' }, ['goal']],
  ]);
});
