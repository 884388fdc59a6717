// Kind "thread": a goal said in an older message of a pasted thread is dropped when a newer one leaves
// the service open between usage and a license, as in one message: a usage-based service has no
// goal, so it is asked only once the service is known.
import { checkKind } from './kindCheck';

describe('kind: thread, a goal waits while a newer message leaves the service open', () => {
  checkKind([
    [
      'ru-RU',
      '[10:01] Анна: у клиента Azure напрямую от Microsoft, хотят перейти к нам\n[10:04] Анна: хотя не уверена, Azure там или Microsoft 365, уточню',
      { channel: 'microsoft' },
      ['service'],
    ],
    [
      'en-US',
      '[10:01] Ann: the customer has Azure directly from Microsoft, they want to move to us\n[10:04] Ann: actually not sure whether it is Azure or Microsoft 365, will check',
      { channel: 'microsoft' },
      ['service'],
    ],
    // The service settled, the goal stays (a license) or goes (usage).
    [
      'ru-RU',
      '[10:01] Анна: у клиента Microsoft 365 напрямую от Microsoft\n[10:04] Анна: хотят перейти к нам',
      { channel: 'microsoft', service: 'license', goal: 'move' },
    ],
    ['ru-RU', '[10:01] Анна: хотят перейти к нам\n[10:04] Анна: у клиента Azure напрямую от Microsoft', { channel: 'microsoft', service: 'usage' }],
  ]);
});
