// Russian ways of asking for the billing or for help with the tenant: «чтобы вы вели биллинг»
// (the customer asks the partner to run its billing) and «счета от вас» take over the billing;
// «уйти от провайдера к нам» moves even with the one left named in between; «помогали с админкой»
// and «чтобы мы только вели их» (only look after them) are support.
import { checkKind } from './kindCheck';

describe('goal words: running the billing or billing "from you" is taking it over', () => {
  checkKind([
    ['ru-RU', 'Клиент: у нас Microsoft 365 на двадцать пользователей, хотим, чтобы вы вели биллинг', { service: 'license', goal: 'move' }],
    ['ru-RU', 'Office 365, куплено по EA. Клиент хочет, чтобы счета приходили от вас.', { channel: 'ea', service: 'license', goal: 'move' }],
  ]);
});

describe('goal words: leaving someone named for us is moving', () => {
  checkKind([['ru-RU', 'M365 Business Basic у регионального провайдера, хотят уйти от провайдера к нам', { service: 'license', goal: 'move' }]]);
});

describe('goal words: help with the admin, or only looking after them, is support', () => {
  checkKind([
    ['ru-RU', 'Exchange Online через EA, им нужно, чтобы мы помогали с админкой', { channel: 'ea', service: 'license', goal: 'support' }],
    ['ru-RU', 'Клиент не решил: то ли чтобы мы только вели их Microsoft 365, то ли перенести подписки к нам.', { service: 'license' }, ['goal']],
  ]);
});
