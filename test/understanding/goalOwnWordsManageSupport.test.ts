// Words of looking after the customer: "menedzsmentet kérnek" (management asked for), not "a
// menedzsment kérte" (the management asked); a "nem akarják" with a verb of its own after it
// ("nem akarják átrakni") refuses that verb, not the wish said before it.
import { checkKind } from './kindCheck';

describe('goal: management asked for, a refusal with its own verb', () => {
  checkKind([
    ['hu-HU', 'A Microsoft 365-höz menedzsmentet kérnek, a licencek egy másik CSP-nél vannak.', { channel: 'otherCsp', service: 'license', goal: 'support' }],
    // The management that asks is no management asked for.
    ['hu-HU', 'a menedzsment kérte, hogy az Office 365-öt hozzánk hozzuk át', { service: 'license', goal: 'move' }],
    ['hu-HU', 'kérte a menedzsment, hogy az Office 365-öt migráljuk hozzánk', { service: 'license', goal: 'move' }],
    ['hu-HU', 'menedzsment szolgáltatást kérnek az Office 365-höz', { service: 'license', goal: 'support' }],
    ['hu-HU', 'az office 365-öt annyit kérnek hogy mi supportáljuk', { service: 'license', goal: 'support' }],
    ['hu-HU', 'azt szeretnék hogy mi kezeljük a licenceket nem akarják átvinni sehova', { service: 'license', goal: 'support' }],
    ['hu-HU', 'a licenceket nem akarják átvinni', { service: 'license' }],
    ['en-US', 'they want us to manage the Office 365 licences they dont want to move them', { service: 'license', goal: 'support' }],
  ]);
});
