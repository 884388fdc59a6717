// The tier spoken and written as heard, with the adjective ending Hungarian gives a number
// ("té egyes partner", as "T1-es partner" is written): the tier, as "té egy" is.
import { checkKind } from './kindCheck';

describe('spoken: the tier said with its adjective ending', () => {
  checkKind([
    ['hu-HU', 'Azure-t használnak, mi té egyes partner vagyunk.', { service: 'usage', partnerType: 'direct' }],
    ['hu-HU', 'Té egyes partnerként az ügyfél EA-s Azure-jét vinnénk.', { channel: 'ea', service: 'usage', partnerType: 'direct' }],
  ]);
});
