// Kind "short": the global cloud written short («глоб. PC», «глоб облако»), as agents type it
// in a hurry, is the global Partner Center.
import { checkKind } from './kindCheck';

describe('kind: short, the global cloud shortened', () => {
  checkKind([
    ['ru-RU', 'глоб. PC, Microsoft 365 по EA, поддержка', { cloud: 'global', channel: 'ea', service: 'license', goal: 'support' }],
    ['ru-RU', 'глоб облако, Azure напрямую у Microsoft', { cloud: 'global', channel: 'microsoft', service: 'usage' }],
  ]);
});
