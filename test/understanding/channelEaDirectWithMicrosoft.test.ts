// «Enterprise Agreement напрямую с Microsoft»: an EA is signed with Microsoft itself, so «напрямую
// с Microsoft» right after it describes the EA; it is no second channel beside it.
import { checkKind } from './kindCheck';

describe('channelWords: «EA напрямую с Microsoft» is the EA (ru-RU)', () => {
  checkKind([
    ['ru-RU', 'Поправка: не через партнёра. У них Enterprise Agreement напрямую с Microsoft, Azure.', { channel: 'ea', service: 'usage' }],
    ['ru-RU', 'Office 365 по EA напрямую с Microsoft, хотят поддержку.', { channel: 'ea', service: 'license', goal: 'support' }],
    ['ru-RU', 'Office 365 купили напрямую у Microsoft, хотят поддержку.', { channel: 'microsoft', service: 'license', goal: 'support' }],
  ]);
});
