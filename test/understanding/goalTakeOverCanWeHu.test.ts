// "Átvehetjük…?" (can we take over…) is the verb of taking over in its "can" form: asked of the
// subscriptions, it is the move, as "átvennénk" and "átvesszük" are.
import { checkKind } from './kindCheck';

describe('goalWords: "can we take over" in Hungarian is a move', () => {
  checkKind([
    ['hu-HU', 'Átvehetjük az ügyfél Microsoft 365 előfizetéseit? Egy másik CSP partnertől vették.', { channel: 'otherCsp', service: 'license', goal: 'move' }],
    ['hu-HU', 'Az Office 365-öt EA-n vették, átvehetnénk az előfizetéseket?', { channel: 'ea', service: 'license', goal: 'move' }],
  ]);
});
