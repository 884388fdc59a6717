// Support said as the part the customer wants us to play: «чтобы мы были их админами»,
// «айтишниками», or «помощь с настройкой». Read before as nothing.
import { checkKind } from './kindCheck';

describe('kind: goalWords, to be their admins', () => {
  checkKind([
    ['ru-RU', 'Хотят, чтобы мы были их админами по Microsoft 365, платить будут сами.', { service: 'license', goal: 'support' }],
    ['ru-RU', 'Просят, чтобы мы стали «их айтишниками»: Office 365 по EA, он там и останется.', { channel: 'ea', service: 'license', goal: 'support' }],
    ['ru-RU', 'Нужна помощь с настройкой Teams, Office 365 брали по EA.', { channel: 'ea', service: 'license', goal: 'support' }],
  ]);
});
