// "Ha gond van, mi intézzük" (if there is trouble, we handle it) asks for support.
import { checkKind } from './kindCheck';

describe('goal: "if there is trouble, we handle it" in Hungarian', () => {
  checkKind([
    ['hu-HU', 'Office 365-öt használnak, és azt kérik, hogy ha gond van, mi intézzük.', { service: 'license', goal: 'support' }],
    ['hu-HU', 'A Dynamics 365-nél ha probléma adódik, mi oldjuk meg.', { service: 'license', goal: 'support' }],
    ['hu-HU', 'Office 365-öt használnak, gond nincs vele.', { service: 'license' }],
  ]);
});
