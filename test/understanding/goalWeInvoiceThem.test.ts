// The partner's own words that it will bill the customer are a move: «хотим выставлять им счета»
// (we want to invoice them), «чтобы … выставляли мы» (so that we invoice it), «свести в наш счёт»
// (put it on our invoice), «забрать это к нам» (take it over to us). Not wanting to invoice them
// is no move.
import { checkKind } from './kindCheck';

describe('kind: goalWords, we invoice them ourselves', () => {
  checkKind([
    [
      'ru-RU',
      'Клиент купил Office 365 E3 у Microsoft. С продления хотим сами выставлять им счета.',
      { channel: 'microsoft', service: 'license', goal: 'move' },
    ],
    ['ru-RU', 'Со следующего месяца хотим выставлять счета клиенту за Microsoft 365 через вас.', { service: 'license', goal: 'move' }],
    [
      'ru-RU',
      'Клиент купил Office 365 E3 у Microsoft, не хотим выставлять им счета, только администрировать.',
      { channel: 'microsoft', service: 'license', goal: 'support' },
    ],
    ['ru-RU', 'Office 365 у клиента от интернет-провайдера, хотят, чтобы эти подписки выставляли мы.', { service: 'license', goal: 'move' }],
    ['ru-RU', 'Бухгалтерия клиента хочет свести Microsoft 365 в наш счёт вместе с остальным.', { service: 'license', goal: 'move' }],
    ['ru-RU', 'Microsoft 365 Business Basic у клиента по EA, хотят забрать это к нам.', { channel: 'ea', service: 'license', goal: 'move' }],
  ]);
});
