// «Облако не госсектор — простое глобальное»: after the clouds denied, the one
// named with «обычное» / «простое» at the end of its clause is the cloud, as after «а»; the dash
// leaves no mark in the prepared text. A bare adjective after the denials stays unread.
import { checkKind } from './kindCheck';

describe('the cloud named after the clouds denied (ru-RU)', () => {
  checkKind([
    ['ru-RU', 'Облако у них не госсектор и не 21Vianet — простое глобальное. Dynamics 365.', { cloud: 'global', service: 'license' }],
    ['ru-RU', 'Облако не китайское – обычное коммерческое, Azure SQL.', { cloud: 'global', service: 'usage' }],
    ['ru-RU', 'Облако не китайское, а глобальное. Azure.', { cloud: 'global', service: 'usage' }],
    ['ru-RU', 'Облако не китайское и не госсектор США. Azure.', { service: 'usage' }],
  ]);
});
