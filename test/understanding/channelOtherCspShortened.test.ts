// «др. CSP» is «другого CSP» shortened, as typed in a hurry.
import { checkKind } from './kindCheck';

describe('kind: short variant, another CSP shortened', () => {
  checkKind([
    ['ru-RU', 'O365 у др. CSP, хотят перенести', { channel: 'otherCsp', service: 'license', goal: 'move' }],
    ['ru-RU', 'Azure брали у др. партнёра', { channel: 'otherCsp', service: 'usage' }],
  ]);
});
