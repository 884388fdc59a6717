// Under an Enterprise Agreement the customer pays Microsoft directly: «оплачивают Microsoft
// напрямую по EA» is the EA channel, not a second channel beside it.
import { checkKind } from './kindCheck';

describe('kind: channelWords, paying Microsoft directly under an EA', () => {
  checkKind([
    ['ru-RU', 'Клиент оплачивает Microsoft напрямую по EA, Office 365 E3.', { channel: 'ea', service: 'license' }],
    ['ru-RU', 'Azure они платят Microsoft напрямую в рамках Enterprise Agreement.', { channel: 'ea', service: 'usage' }],
  ]);
});
