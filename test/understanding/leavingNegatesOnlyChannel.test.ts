// A word of leaving negates only a channel named right after it, in a past form: leaving a
// meeting, a note or a proposal is no channel left, a wish to leave still names where they buy
// today, and leaving the agreement "as it is" keeps it.
import { checkKind } from './kindCheck';

describe('a word of leaving negates only a channel it names', () => {
  checkKind([
    [
      'en-US',
      'Our client left their EA untouched as it is and asks us to support the Microsoft 365 tenant.',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
    ['en-US', 'Our client would like to quit the EA and bring their Microsoft 365 licences over to us.', { channel: 'ea', service: 'license' }],
    ['en-US', 'The client left us a message: please take over billing for the Office 365 subscriptions.', { service: 'license', goal: 'move' }],
    ['zh-CN', '客户打算明年离开EA，把Microsoft 365迁移到我们这边。', { channel: 'ea', service: 'license', goal: 'move' }],
    ['ru-RU', 'Заказчик вышел с просьбой перевести биллинг Microsoft 365 к нам.', { service: 'license', goal: 'move' }],
    ['pt-BR', 'A cliente saiu da call avisando que quer transferir o Microsoft 365 para a gente.', { service: 'license', goal: 'move' }],
    // Near misses: a channel left in the past is still no longer theirs.
    ['en-US', 'The school quit the EA last spring; Azure now goes straight to Microsoft.', { channel: 'microsoft', service: 'usage' }],
    ['zh-CN', '客户已经离开了 EA，现在直接从 Microsoft 购买 Azure。', { channel: 'microsoft', service: 'usage' }],
  ]);
});
