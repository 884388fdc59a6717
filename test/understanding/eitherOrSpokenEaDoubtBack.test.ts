// Spoken Hungarian: "vagy open value vagy e a", EA said letter by letter after "vagy", is the
// second option, so the channel is asked; "nem emlékszik rá" (does not remember it) doubts what
// was said before it, not the wish that follows; with "hogy" after it, it doubts what follows.
import { checkKind, checkRead } from './kindCheck';

describe('either/or: EA spelled after "vagy", and a doubt that looks back', () => {
  checkKind([
    ['hu-HU', 'hát a dynamics vagy open value vagy e a nem emlékszünk rá és azt kérik hogy mi kezeljük', { service: 'license', goal: 'support' }, ['channel']],
    ['hu-HU', 'az office 365 az open vagy e a', { service: 'license' }, ['channel']],
    ['hu-HU', 'Office 365, nem emlékszik rá, hogy EA vagy Open, de üzemeltetést kérnek.', { service: 'license', goal: 'support' }, ['channel']],
  ]);
  checkRead([
    [
      'hu-HU',
      'Office 365, EA, nem emlékszik rá a beszerző, azt szeretnék, ha mi kezelnénk.',
      { service: 'license', goal: 'support' },
      { hedged: { channel: 'ea' } },
    ],
  ]);
});
