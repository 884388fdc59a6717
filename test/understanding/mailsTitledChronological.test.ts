// Mails pasted under a title that says they run in time order ("in chronological order",
// «в хронологическом порядке», "按时间顺序") are read oldest first: the mail at the bottom is the
// newest and decides, even when their date lines (weekdays only) cannot tell the order themselves.
import { checkKind } from './kindCheck';

describe('mails under a title saying they are in chronological order', () => {
  checkKind([
    [
      'en-US',
      'Forwarding the whole chain, in chronological order:\n\nFrom: Priya\nSent: Mon 09:02\nThey get Visio under an EA.\n\nFrom: Tom\nSent: Wed 15:40\nChecked with procurement, Visio is actually bought through Open Value.',
      { channel: 'open', service: 'license' },
    ],
    [
      'ru-RU',
      'Цепочка писем в хронологическом порядке\n\nОт: Павел\nОтправлено: ср, 11:05\nVisio у них по EA.\n\nОт: Нина\nОтправлено: пт, 16:20\nПроверила у закупок: Visio берут через Open Value.',
      { channel: 'open', service: 'license' },
    ],
    [
      'zh-CN',
      '邮件往来（按时间顺序）\n\n发件人: 小周\n时间: 周二 10:30\n客户的 Visio 是通过 EA 买的。\n\n发件人: 老马\n时间: 周四 17:15\n问过采购了，Visio 是走 Open Value 买的。',
      { channel: 'open', service: 'license' },
    ],
    [
      'pt-BR',
      'Segue a troca de e-mails em ordem cronológica\n\nDe: Carla\nEnviado: seg, 08:50\nO Visio deles é pelo EA.\n\nDe: Rui\nEnviado: qua, 14:10\nConferi com compras: o Visio é comprado pelo Open Value.',
      { channel: 'open', service: 'license' },
    ],
    [
      'hu-HU',
      'A levélváltás időrendben\n\nFeladó: Kata\nElküldve: hétfő 9:20\nA Visio náluk EA-n van.\n\nFeladó: Bence\nElküldve: szerda 13:45\nBeszéltem a beszerzéssel: a Visiót Open Value-n veszik.',
      { channel: 'open', service: 'license' },
    ],
    // Near misses: newest on top by a title saying so, or with no title at all: the mail on top decides.
    [
      'en-US',
      'Thread in reverse chronological order:\n\nFrom: Tom\nSent: Wed 15:40\nChecked with procurement, Visio is actually bought through Open Value.\n\nFrom: Priya\nSent: Mon 09:02\nThey get Visio under an EA.',
      { channel: 'open', service: 'license' },
    ],
    [
      'zh-CN',
      '发件人: 老马\n时间: 周四 17:15\n问过采购了，Visio 是走 Open Value 买的。\n\n发件人: 小周\n时间: 周二 10:30\n客户的 Visio 是通过 EA 买的。',
      { channel: 'open', service: 'license' },
    ],
  ]);
});
