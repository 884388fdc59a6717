// «Купили у них» right after 21Vianet is named (a form's supplier field, a bracket, a clause) is
// bought from 21Vianet, with or without «же» and with the product or «напрямую» said in it.
// «у них через» someone is that someone's sale, and a «у них» after another party is theirs.
import { checkKind } from './kindCheck';

describe('kind: channelWords, bought from them after 21Vianet', () => {
  checkKind([
    ['ru-RU', 'Поставщик: 21Vianet (Office 365 брали у них напрямую). Хотят к нам.', { cloud: 'china', channel: 'vianet', service: 'license', goal: 'move' }],
    [
      'ru-RU',
      'Облако 21Vianet, Office 365 купили у них, хотят, чтобы мы их поддерживали.',
      { cloud: 'china', channel: 'vianet', service: 'license', goal: 'support' },
    ],
    ['ru-RU', 'Облако 21Vianet, у клиента партнёр «Ромашка», Azure купили у них.', { cloud: 'china', service: 'usage' }],
    ['en-US', 'Current vendor: 21Vianet (bought from them directly).', { cloud: 'china', channel: 'vianet' }],
  ]);
});
