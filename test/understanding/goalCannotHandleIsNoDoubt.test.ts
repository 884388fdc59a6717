// "Nem tudja kezelni" (cannot handle it) is no doubt: "tud" before a verb says what one can do,
// so it says no to that verb. Not knowing how to say or decide ("nem tudja megmondani") stays a doubt.
import { checkKind } from './kindCheck';

describe('goal: "cannot do" is a no to the verb, not a doubt', () => {
  checkKind([
    [
      'hu-HU',
      'Az Office 365-öt egy másik CSP partnertől vették, de a pénzügyük nem tudja kezelni a számláikat, ezért át akarják hozni hozzánk.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    ['hu-HU', 'Nem tudjuk kezelni a Dynamics 365-öt, átvinnénk hozzátok.', { service: 'license', goal: 'move' }],
    ['hu-HU', 'Nem tudjuk eldönteni, hogy átköltöztetik vagy csak támogatást kérnek.', {}, ['goal']],
  ]);
});
