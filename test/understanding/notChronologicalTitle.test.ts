// A title saying the mails are NOT in chronological order ("not in chronological order", «не в
// хронологическом порядке», "没有按时间顺序", "fora de ordem cronológica", "nem időrendben") says
// nothing of oldest first: the thread is read by its dates, newest on top, as without a title.
import { checkKind } from './kindCheck';

describe('a title saying the mails are not in chronological order', () => {
  checkKind([
    [
      'en-US',
      'Forwarding the thread below (sorry, it is not in chronological order):\n\nFrom: Mira Holt\nSent: Wednesday, June 11, 2025 14:05\nSubject: RE: Fabrikam\n\nUpdate from the customer: they hold an EA, not Open Value.\n\nFrom: Dan Ruiz\nSent: Tuesday, June 10, 2025 08:40\nSubject: Fabrikam\n\nThey buy Microsoft 365 through Open Value and want us to support it.',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
    [
      'en-US',
      'Forwarding the thread below, in chronological order:\n\nFrom: Dan Ruiz\nSent: Tuesday, June 10, 2025\nSubject: Fabrikam\n\nThey buy Microsoft 365 through Open Value and want us to support it.\n\nFrom: Mira Holt\nSent: Wednesday, June 11, 2025\nSubject: RE: Fabrikam\n\nUpdate from the customer: they hold an EA, not Open Value.',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
    [
      'ru-RU',
      'Пересылаю переписку ниже (извините, письма не в хронологическом порядке):\n\nОт: Ирина Белова\nОтправлено: среда, 11 июня 2025 г. 14:05\nТема: RE: Фабрикам\n\nКлиент уточнил: у них EA, а не Open Value.\n\nОт: Денис Руденко\nОтправлено: вторник, 10 июня 2025 г. 08:40\nТема: Фабрикам\n\nОни покупают Microsoft 365 через Open Value и хотят, чтобы мы их поддерживали.',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
    [
      'zh-CN',
      '转发下面的邮件（抱歉，没有按时间顺序排列）：\n\n发件人：王敏\n发送时间：2025年6月11日 星期三 14:05\n主题：回复：法布里坎\n\n客户更正：他们用的是 EA，不是 Open Value。\n\n发件人：李强\n发送时间：2025年6月10日 星期二 08:40\n主题：法布里坎\n\n他们通过 Open Value 购买 Microsoft 365，希望我们提供支持。',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
    [
      'pt-BR',
      'Encaminhando a conversa abaixo (desculpe, está fora de ordem cronológica):\n\nDe: Marina Costa\nEnviado: quarta-feira, 11 de junho de 2025 14:05\nAssunto: RE: Fabrikam\n\nO cliente corrigiu: eles têm EA, não Open Value.\n\nDe: Daniel Rocha\nEnviado: terça-feira, 10 de junho de 2025 08:40\nAssunto: Fabrikam\n\nEles compram o Microsoft 365 pelo Open Value e querem que a gente dê suporte.',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
    [
      'hu-HU',
      'Továbbítom a levelezést (bocs, nem időrendben van):\n\nFeladó: Kiss Mária\nElküldve: 2025. június 11., szerda 14:05\nTárgy: RE: Fabrikam\n\nAz ügyfél pontosított: EA-juk van, nem Open Value.\n\nFeladó: Nagy Dániel\nElküldve: 2025. június 10., kedd 08:40\nTárgy: Fabrikam\n\nOpen Value-n keresztül veszik a Microsoft 365-öt, és azt szeretnék, hogy támogassuk.',
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
  ]);
});
