// "Direkt vagyunk" (we are direct) names this partner's role as "direkt partner vagyunk" does;
// only "direktek vagyunk" was read. Said as one of two roles, the role is asked.
import { checkKind } from './kindCheck';

describe('partnerType: "we are direct" in Hungarian without the word partner', () => {
  checkKind([
    ['hu-HU', 'Mi direkt vagyunk, az ügyfél Office 365-öt használ.', { service: 'license', partnerType: 'direct' }],
    ['hu-HU', 'direkt vagyunk, nem viszonteladók', { partnerType: 'direct' }],
    ['hu-HU', 'Nem tudjuk, direkt vagyunk vagy közvetett viszonteladók.', {}, ['partnerType']],
  ]);
});
