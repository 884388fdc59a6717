// Kind "thread": pasted mail threads and chat logs. The newest statement decides; a quoted,
// older or superseded statement never does, and fills in only what nothing newer says.
import * as assert from 'assert';
import { understand } from '../../src/domain/understanding';
import { threadParts } from '../../src/domain/understanding/thread';
import { checkKind } from './kindCheck';

describe('kind: thread (pasted mails and chats, newest statement wins)', () => {
  checkKind([
    [
      'en-US',
      'Update: they only want us to manage the Teams licenses, no migration.\n\nMark Hale | Sales | +1 (206) 555-0100\n\nFrom: Mark Hale\nSent: Monday, June 2, 2025 9:00 AM\nSubject: Teams\n\nThey bought Teams licenses through Open Value and want to move them to us. We are Tier 1.',
      { channel: 'open', service: 'license', goal: 'support', partnerType: 'direct' },
    ],
    [
      'ru-RU',
      'Поправка: не через EA, а через Open.\n\nОт: Анна\nОтправлено: 3 июня 2025 г.\nТема: лицензии\n\nЛицензии Office 365 куплены через EA. Мы дистрибьютор.',
      { channel: 'open', service: 'license', partnerType: 'indirectProvider' },
    ],
    [
      'zh-CN',
      '更正：客户不想迁移，只需要我们支持。\n\n> 发件人: 李明\n> 主题: Office 365\n>\n> 客户的 Office 365 是通过 EA 买的，想转到我们这边。',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
    [
      'pt-BR',
      'Confirmando: somos parceiro direto.\n\nEm ter., 3 de jun. de 2025 às 9:00, Ana <ana@exemplo.com.br> escreveu:\n> O Azure foi comprado de outro parceiro CSP.',
      { channel: 'otherCsp', service: 'usage', partnerType: 'direct' },
    ],
    [
      'hu-HU',
      '[9:00] Anna: melyik felhő?\n[9:01] Béla: globális\n[9:02] Anna: Azure vagy Microsoft 365?\n[9:03] Béla: Microsoft 365, EA-n keresztül vették',
      { cloud: 'global', channel: 'ea', service: 'license' },
    ],
  ]);

  it('splits a thread into its parts, newest first, without headers or signatures', () => {
    const parts = threadParts('Now: Open.\n\nJo | Sales | +1 555 0100\n\nFrom: Jo\nSubject: EA\n\nEarlier: EA.');
    assert.deepStrictEqual(parts, ['Now: Open.', 'Earlier: EA.']);
  });
  it('a message without thread marks is one part, read as before', () => {
    assert.deepStrictEqual(threadParts('bought via EA\nwe are T1'), ['bought via EA\nwe are T1']);
  });
  it('a reply written under the quote it answers is the newer statement', () => {
    const got = understand('> They bought it through an EA.\nIt was Open Value. Azure.');
    assert.deepStrictEqual(got.answers, { channel: 'open', service: 'usage' });
    assert.deepStrictEqual(got.conflicts, []);
  });
  it('a quoted older statement never decides against a newer one', () => {
    const got = understand('They bought it through another CSP.\n\n> They bought it through an EA.');
    assert.strictEqual(got.answers.channel, 'otherCsp');
    assert.deepStrictEqual(got.conflicts, []);
  });
});
