// A forward that pastes the newest message inline in quotation marks and, below it, an older mail on
// a "> " line with its own quotation: the "> " line is the oldest part, older than the inline
// quotation of the newest message, so the newer words decide and the older fill in nothing told.
import { checkKind } from './kindCheck';

describe('thread: a quotation on a "> " line is older than the message quoted inline', () => {
  checkKind([
    [
      'hu-HU',
      'Küldöm a Mecsek-Net levelét, az utolsó számít:\n"Bocsánat, tévedtem: az Office 365 E1-et nem a Microsofttól vették közvetlenül, hanem egy Open Value szerződésen."\n> régebbi üzenet (10.12.): "a Microsoft webshopjában fizettek kártyával"',
      { channel: 'open', service: 'license' },
    ],
    [
      'en-US',
      'Passing on the reseller\'s latest, that one counts:\n"Sorry, my mistake: the Exchange Online licences were not bought from Microsoft directly, they came through an Open Value agreement."\n> earlier mail (10/12): "they paid Microsoft by card in the admin center"',
      { channel: 'open', service: 'license' },
    ],
  ]);
});
