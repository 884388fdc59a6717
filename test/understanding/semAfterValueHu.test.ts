// Hungarian "sem" closing a clause right after a value ("…nem CSP-partner, és szindikációs sem")
// denies that value as "nem" before it does, so a shop that is neither reads a third party; the
// Portuguese "sem" (without) before a word, and "mi sem" before a verb, deny nothing.
import { checkKind } from './kindCheck';

describe('Hungarian "sem" after a value at the end of its clause', () => {
  checkKind([
    [
      'hu-HU',
      'A Visio-t egy helyi informatikai bolt adta el nekik; az a bolt nem CSP-partner, és szindikációs sem.',
      { channel: 'thirdParty', service: 'license' },
    ],
    [
      'hu-HU',
      'Az Office 365-öt egy elektronikai áruháztól vették, ami nem CSP, s szindikációs sem, csak eladta.',
      { channel: 'thirdParty', service: 'license' },
    ],
    // Near misses: "sem" as "without" before a word, and "sem" before a verb.
    ['pt-BR', 'O Azure vem de um parceiro de sindicação, sem suporte nenhum.', { channel: 'syndication', service: 'usage' }],
    ['hu-HU', 'Az Azure egy szindikációs partneren keresztül jön, de mi sem vagyunk CSP-k.', { channel: 'syndication', service: 'usage' }],
  ]);
});
