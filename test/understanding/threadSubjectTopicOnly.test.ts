// Kind "thread": a subject line names a topic. It fills in the product, cloud and channel no
// message names, never this partner's role or the customer's goal: "RE: Distributor question" is
// no word about who writes, "RE: Move request" no wish to move.
import { checkKind } from './kindCheck';

describe('kind: thread, the subject line names a topic, not a role or a goal', () => {
  checkKind([
    [
      'en-US',
      'From: Ana Reyes <ana@fabrikam.com>\nSent: Monday, June 2, 2025 9:12 AM\nTo: support@northwind-it.com\nSubject: RE: Distributor question - Microsoft 365\n\nHi, they bought the licenses at a computer store, not from a CSP.\n\nAna',
      { channel: 'thirdParty', service: 'license' },
    ],
    [
      'en-US',
      'From: Ana Reyes <ana@fabrikam.com>\nSent: Monday, June 2, 2025 9:12 AM\nTo: support@northwind-it.com\nSubject: RE: Move request - Office 365\n\nHi, the licenses were bought through an EA.\n\nAna',
      { channel: 'ea', service: 'license' },
    ],
    [
      'en-US',
      'From: Ana Reyes <ana@fabrikam.com>\nSent: Monday, June 2, 2025 9:12 AM\nSubject: FW: Please manage our Office 365\n\nThe customer bought it through an EA.',
      { channel: 'ea', service: 'license' },
    ],
    [
      'ru-RU',
      'От: Ирина Ковалёва <i.kovaleva@stroymir.ru>\nОтправлено: 2 июня 2025 г. 11:20\nКому: support@it-servis.ru\nТема: RE: вопрос дистрибьютору по Microsoft 365\n\nДобрый день! Лицензии покупали напрямую у Microsoft, картой на сайте.',
      { channel: 'microsoft', service: 'license' },
    ],
    [
      'zh-CN',
      '发件人: 李娜 <lina@dongfang-tech.cn>\n发送时间: 2025年6月3日 14:05\n主题: 回复: 分销商问题 - Office 365\n\n您好，客户是通过 EA 买的。',
      { channel: 'ea', service: 'license' },
    ],
    [
      'pt-BR',
      'De: Paulo Lima <paulo@metalurgicasul.com.br>\nEnviada em: segunda-feira, 2 de junho de 2025 10:05\nAssunto: RES: pedido de suporte - Microsoft 365\n\nOi! Compramos direto no site da Microsoft, no cartão.',
      { channel: 'microsoft', service: 'license' },
    ],
    [
      'hu-HU',
      'Feladó: Kiss Anna <kiss.anna@dunamenti.hu>\nElküldve: 2025. június 2., hétfő 10:05\nTárgy: VÁ: disztribútori kérdés - Microsoft 365\n\nSzia! Közvetlenül a Microsofttól vettük, bankkártyával.',
      { channel: 'microsoft', service: 'license' },
    ],
  ]);
});
