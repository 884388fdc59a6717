// «Российский тенант у них по EA, он нас не касается», «Azure нас не касается»: what is said not to
// concern us is set aside, as «это к делу не относится» is; the customer's own answer stands.
import { checkKind } from './kindCheck';

describe('dismiss: «нас не касается» sets aside what it follows (ru-RU)', () => {
  checkKind([
    [
      'ru-RU',
      'Office 365 они купили у 21Vianet. Российский тенант у них по EA через дистрибьютора, он нас не касается.',
      { cloud: 'china', channel: 'vianet', service: 'license' },
    ],
    ['ru-RU', 'Microsoft 365 клиент брал по Open Value. Azure у них по EA, он нас не интересует.', { channel: 'open', service: 'license' }],
  ]);
});
