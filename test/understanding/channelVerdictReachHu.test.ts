// The account manager's verdict ("a portál a nyerő": the portal wins) takes back what was said
// before the last "but" of the clauses it closes, only where what the portal or the invoice shows
// after that "but" names another value of the same question. What the portal shows of another
// question, denies, or what is said outside those clauses (before them, or after the verdict)
// takes back nothing: those values stand, and two of them are asked.
import { checkKind } from './kindCheck';

describe('channelWords: what the verdict for the portal takes back, and what it leaves', () => {
  checkKind([
    // The message opens with the answer the portal contradicts: it is taken back all the same.
    [
      'hu-HU',
      'EA-n vették az Office 365-öt, de az admin központban egy másik CSP partner látszik. A portál a nyerő.',
      { channel: 'otherCsp', service: 'license' },
    ],
    // The portal shows the product and another partner: the partner still wins over EA.
    [
      'hu-HU',
      'Az ügyfél azt mondta, EA-n vették az Office 365-öt, de az admin központban az Office 365 egy másik CSP partnernél látszik. A portál a nyerő.',
      { channel: 'otherCsp', service: 'license' },
    ],
    // The portal shows only the product: nothing it shows is another channel, EA stands.
    [
      'hu-HU',
      'Az ügyfél azt mondta, EA-n vették az Office 365-öt, de az admin központban csak az Office 365 látszik. A portál a nyerő.',
      { channel: 'ea', service: 'license' },
    ],
    // Two channels said before the "but", none shown after it: both stand, asked.
    [
      'hu-HU',
      'Az ügyfél azt mondta, EA-n vagy Openen vették az Office 365-öt, de az admin központban csak az Office 365 látszik. A portál a nyerő.',
      { service: 'license' },
      ['channel'],
    ],
    // The portal shows two channels: EA is taken back, the two shown are asked.
    [
      'hu-HU',
      'Az ügyfél azt mondta, EA-n vették az Office 365-öt, de az admin központban Open és egy másik CSP partner is látszik. A portál a nyerő.',
      { service: 'license' },
      ['channel'],
    ],
    // What the invoice does not show takes nothing back.
    [
      'hu-HU',
      'Azt mondják, egy másik CSP partnertől veszik az Azure-t, de a számlán nem közvetlenül a Microsoft szerepel. A számlának hiszek.',
      { channel: 'otherCsp', service: 'usage' },
    ],
    // Open said in a sentence before the verdict's clauses stands beside what the portal shows.
    [
      'hu-HU',
      'Open licencük is van. Az ügyfél azt mondta, EA-n vették az Office 365-öt, de az admin központban egy másik CSP partner látszik. A portál a nyerő.',
      { service: 'license' },
      ['channel'],
    ],
    // A "but" after the verdict is not the one it closes.
    [
      'hu-HU',
      'Az ügyfél azt mondta, EA-n vették az Office 365-öt, de az admin központban egy másik CSP partner látszik. A portál a nyerő. De a számlát még nem láttam.',
      { channel: 'otherCsp', service: 'license' },
    ],
    // Open said after the verdict is no finding of the portal: EA and Open are asked.
    [
      'hu-HU',
      'Az ügyfél azt mondta, EA-n vették az Office 365-öt, de az admin központban csak a licencek látszanak. A portál a nyerő, a számlán viszont Open szerepel.',
      { service: 'license' },
      ['channel'],
    ],
  ]);
});
