// "Vigyázzunk rá" (that we look after it) is support, as "look after" is in English.
import { checkKind } from './kindCheck';

describe('goal: looking after it, in Hungarian', () => {
  checkKind([
    ['hu-HU', 'Microsoft 365 licencek, azt kérik, hogy mi vigyázzunk rá.', { service: 'license', goal: 'support' }],
    ['hu-HU', 'Az Office 365-re szeretnék, ha vigyáznánk rá, a számlázás marad.', { service: 'license', goal: 'support' }],
  ]);
});
