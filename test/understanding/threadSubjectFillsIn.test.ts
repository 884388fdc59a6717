// Kind "thread": a pasted mail's subject line names what the thread is about ("Subject: RE:
// Office 365 admin help"). It is read as the thread's oldest part, without its reply and
// forward marks: it fills in only what no message says (here the product, named nowhere else),
// and never decides against a message, however old. A "Subject:" typed in a message that is no
// mail is read with the rest of that message.
import { checkKind } from './kindCheck';

describe('kind: thread, the subject line fills in what no message says', () => {
  checkKind([
    [
      'en-US',
      'From: Tom Reyes <tom@contoso-dental.com>\nSent: Wednesday, May 7, 2025 10:02 AM\nTo: support@northwind-it.com\nSubject: RE: Office 365 admin help\n\nWe got these through another CSP a few years back. For now we just want you handling the admin side, billing stays where it is.\n\nTom Reyes | Office Manager | (555) 014-2290\n\n-----Original Message-----\nFrom: Northwind Support\nSent: Tuesday, May 6, 2025 3:15 PM\nSubject: Office 365 admin help\n\nHi Tom, who did you buy them from?',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
    [
      'ru-RU',
      'От: Олег Петров <o.petrov@vektor-stroy.ru>\nОтправлено: 14 мая 2025 г. 9:40\nКому: support@it-servis.ru\nТема: Ответ: перенос Microsoft 365\n\nДобрый день! Покупали через другого CSP-партнёра, хотим перевести всё к вам вместе с оплатой.\n\nС уважением,\nОлег Петров\n\n> От: Служба поддержки\n> Отправлено: 13 мая 2025 г. 17:05\n> Где покупали подписки?',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    [
      'zh-CN',
      '发件人: 张伟 <zhangwei@huaxin-tech.cn>\n发送时间: 2025年5月20日 10:15\n收件人: 技术支持\n主题: 回复: 回复: Azure 订阅\n\n您好，我们是通过另一家 CSP 买的，现在想全部转到你们这边，账单也由你们出。\n\n张伟\n华信科技\n\n> 发件人: 技术支持\n> 发送时间: 2025年5月19日 16:30\n> 请问之前是从哪里买的？',
      { channel: 'otherCsp', service: 'usage' },
    ],
    [
      'pt-BR',
      'De: Carla Mendes <carla@padariaaurora.com.br>\nEnviada em: terça-feira, 13 de maio de 2025 11:20\nPara: suporte@nuvemsul.com.br\nAssunto: RES: licenças do Microsoft 365\n\nOi, pessoal! Compramos direto no site da Microsoft, no cartão. Queremos que vocês assumam o faturamento.\n\nAtt,\nCarla Mendes\n\n> Em seg., 12 de mai. de 2025 às 17:40, Suporte Nuvem Sul escreveu:\n> Onde vocês compraram?',
      { channel: 'microsoft', service: 'license', goal: 'move' },
    ],
    [
      'hu-HU',
      'Feladó: Szabó Gábor <szabo.gabor@alfoldbau.hu>\nElküldve: 2025. május 15., csütörtök 9:05\nCímzett: support@felhopartner.hu\nTárgy: VÁ: Microsoft 365 előfizetések\n\nSzia! Egy másik CSP partnertől vettük, szeretnénk mindent átvinni hozzátok, a számlázással együtt.\n\nÜdv,\nSzabó Gábor\n\n> 2025. máj. 14., szerda 16:40 Support írta:\n> Honnan vettétek?',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
  ]);
});

describe('kind: thread, the subject line never decides against a message', () => {
  // The mail names one product, its subject another: the mail says it, so the subject adds nothing.
  checkKind([
    [
      'en-US',
      'From: Tom Reyes\nSent: Wednesday, May 7, 2025 10:02 AM\nSubject: FW: Azure subscription\n\nThey have Office 365 licenses, bought through an EA.',
      { channel: 'ea', service: 'license' },
    ],
    [
      'ru-RU',
      'От: Олег Петров\nОтправлено: 14 мая 2025 г. 9:40\nТема: Пересл: подписка Azure\n\nУ них лицензии Office 365, куплены через EA.',
      { channel: 'ea', service: 'license' },
    ],
    [
      'zh-CN',
      '发件人: 张伟\n发送时间: 2025年5月20日 10:15\n主题: 转发: Azure 订阅\n\n他们用的是 Office 365 许可证，通过 EA 买的。',
      { channel: 'ea', service: 'license' },
    ],
    [
      'pt-BR',
      'De: Carla Mendes\nEnviada em: terça-feira, 13 de maio de 2025 11:20\nAssunto: ENC: assinatura do Azure\n\nEles têm licenças do Office 365, compradas via EA.',
      { channel: 'ea', service: 'license' },
    ],
    [
      'hu-HU',
      'Feladó: Szabó Gábor\nElküldve: 2025. május 15., csütörtök 9:05\nTárgy: Továbbítás: Azure előfizetés\n\nOffice 365 licencük van, EA-n keresztül vették.',
      { channel: 'ea', service: 'license' },
    ],
    // A quoted older mail names the product: it is newer than the subject, so it decides.
    [
      'en-US',
      'From: Tom Reyes\nSent: Wednesday, May 7, 2025 10:02 AM\nSubject: RE: Azure subscription\n\nYes, please take them over, billing included.\n\n> From: Tom Reyes\n> Sent: Tuesday, May 6, 2025 3:15 PM\n> Our Office 365 licenses came through another CSP.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    [
      'zh-CN',
      '发件人: 张伟\n发送时间: 2025年5月20日 10:15\n主题: 回复: Azure 订阅\n\n对，麻烦全部转过来，账单也由你们出。\n\n> 发件人: 张伟\n> 发送时间: 2025年5月19日 16:30\n> 我们的 Office 365 许可证是从另一家 CSP 买的。',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    // So does another party's mail quoted inline.
    [
      'en-US',
      'From: Jo\nSent: Monday\nSubject: RE: Azure subscription\n\nThe customer wrote: "we have Office 365 licenses from another CSP". They want us to take it over.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    [
      'ru-RU',
      'От: Олег\nОтправлено: понедельник\nТема: RE: подписка Azure\n\nКлиент написал: «у нас лицензии Office 365 от другого CSP-партнёра». Хотят перевести всё к нам.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
  ]);
});

describe('a "Subject:" typed in a message that is no mail is read with the rest of it', () => {
  checkKind([
    [
      'en-US',
      'Subject: RE: Office 365 admin help\nCustomer bought through another CSP, wants us to handle the admin side only.',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
    [
      'ru-RU',
      'Тема: RE: Microsoft 365\nКлиент купил через другого CSP-партнёра, просит только администрирование.',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
    ['zh-CN', '主题：回复：Office 365 管理\n客户是从另一家 CSP 买的，只需要我们帮忙管理。', { channel: 'otherCsp', service: 'license', goal: 'support' }],
    [
      'pt-BR',
      'Assunto: RES: Microsoft 365\nO cliente comprou com outro parceiro CSP, quer só que a gente administre.',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
    [
      'hu-HU',
      'Tárgy: VÁ: Microsoft 365\nAz ügyfél egy másik CSP partnertől vette, csak üzemeltetést kér.',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
  ]);
});
