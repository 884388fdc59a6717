// The goal is asked for license-based services only. When the message leaves the service open
// between usage and a license ("the Azure or the 365 licences, not clear which"), whether a goal
// applies is not known yet: the reader asks the service and leaves the goal for later.
import { checkKind } from './kindCheck';

describe('a goal waits while the service is open between usage and a license', () => {
  checkKind([
    ['en-US', "The owner wants to move it to us, but it's not clear whether he means the Azure subscription or the Microsoft 365 licences.", {}, ['service']],
    ['ru-RU', 'Владелец хочет перенести это к нам, но непонятно, Azure или лицензии Microsoft 365.', {}, ['service']],
    ['pt-BR', 'O dono quer transferir isso pra gente, mas não ficou claro se é o Azure ou as licenças do Microsoft 365.', {}, ['service']],
    ['hu-HU', 'A tulajdonos át akarja hozni hozzánk, de nem világos, hogy az Azure-ról vagy a Microsoft 365 licencekről van szó.', {}, ['service']],
  ]);
});

describe('a goal with a license-based service is read as before', () => {
  checkKind([
    ['en-US', 'The owner wants to move the Microsoft 365 licences to us.', { service: 'license', goal: 'move' }],
    ['pt-BR', 'O dono quer transferir as licenças do Microsoft 365 pra gente.', { service: 'license', goal: 'move' }],
  ]);
});
