// Kind "partial": telegraphic messages that state a few answers as a list of items ("Office 365,
// Open."), the rest left to ask.
import { checkKind } from './kindCheck';

describe('kind: partial, "Open" standing alone as an item of a list is the Open channel', () => {
  checkKind([
    ['en-US', 'Support, not a move. Office 365, Open.', { channel: 'open', service: 'license', goal: 'support' }],
    ['ru-RU', 'Нужна поддержка. Office 365, Open.', { channel: 'open', service: 'license', goal: 'support' }],
    ['zh-CN', '要支持。Office 365，Open。', { channel: 'open', service: 'license', goal: 'support' }],
    ['pt-BR', 'Querem suporte. Office 365: Open.', { channel: 'open', service: 'license', goal: 'support' }],
    ['hu-HU', 'Támogatást kérnek. Office 365, Open.', { channel: 'open', service: 'license', goal: 'support' }],
    // "open" as a word of its own sentence is no channel.
    ['en-US', 'The question is still open; they bought Azure via EA.', { channel: 'ea', service: 'usage' }],
  ]);
});
