// Hungarian intake records and customers' words: a "CRM-rekord" heading names no product; "Egyéb
// CSP partner" is another CSP; "Globális (kereskedelmi)" is the global cloud; a "Partner:
// közvetlen" field is a direct partner; "a Microsoft terheli" (the card) is bought from
// Microsoft; "ha kiderül, hogy …" states nothing yet; help "a felhasználókkal" and "…
// adminisztrációjában" is support.
import { checkKind } from './kindCheck';

describe('intake: Hungarian form fields and customers’ words', () => {
  checkKind([
    ['hu-HU', 'CRM-rekord – Dél-Alföldi Kft.\nTermék: Azure\nBeszerzés: Egyéb CSP partner', { channel: 'otherCsp', service: 'usage' }],
    ['hu-HU', 'Felhő: Globális (kereskedelmi)\nTermék: Office 365 E1\nPartner: közvetlen', { cloud: 'global', service: 'license', partnerType: 'direct' }],
    ['hu-HU', 'Az Exchange Online előfizetést havonta a Microsoft terheli a cégkártyára.', { channel: 'microsoft', service: 'license' }],
    [
      'hu-HU',
      'Termék: Microsoft 365 E5 (60)\nCél: Áthelyezés\nMegjegyzés: ha kiderül, hogy Open License-ük van, más lesz a menet.',
      { service: 'license', goal: 'move' },
    ],
    ['hu-HU', 'Jó napot! A Microsoft 365 licenceinkkel kapcsolatban: segítenének nekünk a felhasználókkal?', { service: 'license', goal: 'support' }],
    ['hu-HU', 'A Teams és a SharePoint adminisztrációjában kérnénk segítséget, az Office 365 licenceinkhez.', { service: 'license', goal: 'support' }],
  ]);
});
