// "Hogy egy számlán legyen az üzemeltetéssel" (so that it is on one invoice with the managed
// service): the service named is what the licences are to share an invoice with, the wish is to
// bill them from us, a move. A plain "it is all on one invoice" tells no wish.
import { checkKind } from './kindCheck';

describe('goal words: licences wanted on one invoice with the service', () => {
  checkKind([
    ['hu-HU', 'Az Exchange Online-t hozzánk szeretnék hozni, hogy egy számlán legyen a támogatással.', { service: 'license', goal: 'move' }],
    ['hu-HU', 'Az üzemeltetést mi végezzük; azt kérik, hogy a Microsoft 365 is egy számlára kerüljön.', { service: 'license', goal: 'move' }],
    ['hu-HU', 'Minden egy számlán van, közvetlenül a Microsofttól.', { channel: 'microsoft' }],
  ]);
});
