// «биллинг или сопровождение» (billing or support) in minutes or a note: «биллинг» beside the other
// goal, joined by «или»/«либо», is the billing move, so an either/or left open is asked and one
// answered is read.
import { checkKind } from './kindCheck';

describe('kind: governance record, "billing or support" left open in Russian', () => {
  checkKind([
    ['ru-RU', 'По решению совета партнёр «займётся» Exchange Online; биллинг либо поддержка — в решении не сказано.', { service: 'license' }, ['goal']],
    ['ru-RU', 'Exchange Online: поддержка или биллинг? Ответ клиента: поддержка.', { service: 'license', goal: 'support' }],
  ]);
});
