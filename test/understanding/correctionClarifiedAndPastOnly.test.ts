// "Pontosítás:" (clarification) corrects what was said before it, as "javítás:" does. "Akkor még
// csak / egy éve még csak támogatást kértek, most …" (back then they only asked for support, now
// …) tells the old wish; the goal is the one said after "most".
import { checkKind } from './kindCheck';

describe('corrections: a clarification, and a wish that was only the old one', () => {
  checkKind([
    [
      'hu-HU',
      'Az ügyfél szerint az Office a Telekom-csomag része. Pontosítás: nem a Telekomtól, hanem egy boltban vették dobozosan.',
      { channel: 'thirdParty', service: 'license' },
    ],
    ['hu-HU', 'Egy éve még csak támogatást kértek, most a számlázást is át akarják hozni hozzánk.', { goal: 'move' }],
    ['hu-HU', 'Akkor még csak üzemeltetést kértek, most azt, hogy mi legyünk a partner of record.', { goal: 'move' }],
  ]);
});
