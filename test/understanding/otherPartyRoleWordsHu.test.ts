// Hungarian words that give a role to another party, not to the partner: "a disztribútori
// szerződés" (the agreement with the distributor), a company that signs a letter "X Kft., mint …
// közvetett szolgáltatója", a comment "a »közvetett szolgáltató« itt ők, nem mi", a recap line "ők
// disztribútorként mutatkoztak be" (introduced themselves as) and "X disztribútora" (X's
// distributor), and "a „disztribútor” a levélben X-re vonatkozik, nem ránk" (refers to X, not to
// us). The partner's own role is the one it states of itself.
import { checkKind } from './kindCheck';

describe('words: Hungarian roles of another party in letters, recaps and agreements', () => {
  checkKind([
    ['hu-HU', 'A disztribútori keretszerződés 4. pontja alapján mi indirect reseller vagyunk ebben az ügyben.', { partnerType: 'indirectReseller' }, []],
    [
      'hu-HU',
      'Levél: „A Dél-Alföld Disztri Kft., mint közvetett szolgáltató, beleegyezik az Office 365 E1 előfizetések átadásába.”\nA levelet továbbítom, a számlázást átvesszük.',
      { service: 'license', goal: 'move' },
      [],
    ],
    [
      'hu-HU',
      'A „disztribútor” ebben a levélben ők, nem mi. A Business Basic licenceket egy másik CSP partnertől veszik.',
      { channel: 'otherCsp', service: 'license' },
      [],
    ],
    [
      'hu-HU',
      'Összefoglaló\n• Az Exchange Online licencek egy másik CSP partnernél vannak.\n• A partner disztribútora is bent volt, ők közvetett szolgáltatóként mutatkoztak be.',
      { channel: 'otherCsp', service: 'license' },
      [],
    ],
    [
      'hu-HU',
      'A „közvetett szolgáltató” a szerződésben az Ingramra vonatkozik, nem ránk. Mi viszonteladóként rendelünk tőlük Office 365 E1-et.',
      { service: 'license', partnerType: 'indirectReseller' },
      [],
    ],
    ['hu-HU', 'Mi vagyunk a Tisza IT disztribútora, közvetett szolgáltatóként; Microsoft 365 E3.', { service: 'license', partnerType: 'indirectProvider' }, []],
  ]);
});
