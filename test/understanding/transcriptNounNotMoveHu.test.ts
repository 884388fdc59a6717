// "Átirat" (a transcript) is a noun, not the verb "átírat" (have it transferred): a call's
// transcript heading asks for no move; "ekszcsénzs" is Exchange said aloud.
import { checkKind } from './kindCheck';

describe('words: Hungarian transcript heading and Exchange spoken', () => {
  checkKind([
    ['hu-HU', 'Hívás átirata: az Office 365 E3-hoz csak támogatást kérnek.', { service: 'license', goal: 'support' }],
    ['hu-HU', 'Az átiratban: az ekszcsénzset a Microsofttól vették.', { channel: 'microsoft', service: 'license' }],
    ['hu-HU', 'Az Office 365-öt át szeretnék íratni hozzánk.', { service: 'license', goal: 'move' }],
  ]);
});

describe('words: Hungarian invoice with you, said formally', () => {
  checkKind([['hu-HU', 'Office 365 E1: szeretnénk, ha maguknál lenne a számla.', { service: 'license', goal: 'move' }]]);
});
