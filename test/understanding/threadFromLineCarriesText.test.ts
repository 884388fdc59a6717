// A mail thread pasted as one line per message, its text after the header's name, time and a
// dash ("发件人：张伟 18:20 — text"), keeps that text: each line is a message of its own, and
// the newest on top decides. Written for these tests.
import { checkKind } from './kindCheck';

describe('kind: thread, a header line that carries its message after a dash', () => {
  checkKind([
    [
      'zh-CN',
      '转发邮件（最新在上）：\n发件人：李娜 17:30 — 更正一下，我们的 Office 365 不是 Open 买的，是 EA。\n发件人：李娜 09:10 — 我们的 Office 365 是通过 Open 许可买的。',
      { channel: 'ea', service: 'license' },
    ],
    [
      'en-US',
      'Forwarding the thread (newest first):\nFrom: Dana 4:45 pm — sorry, my mistake: the Azure was bought from another CSP partner, not from Microsoft.\nFrom: Dana 9:20 am — our Azure was bought directly from Microsoft.',
      { channel: 'otherCsp', service: 'usage' },
    ],
    [
      'ru-RU',
      'Пересылаю письма (новые сверху):\nОт: Олег 16:05 — поправка: Azure брали не у Microsoft, а у другого CSP-партнёра.\nОт: Олег 10:40 — Azure покупали напрямую у Microsoft.',
      { channel: 'otherCsp', service: 'usage' },
    ],
    [
      'pt-BR',
      'Encaminhando (mais novo em cima):\nDe: Carla 15:50 — corrigindo: o Office 365 não é Open, é EA.\nDe: Carla 08:30 — o Office 365 foi comprado via Open.',
      { channel: 'ea', service: 'license' },
    ],
    [
      'hu-HU',
      'Továbbítom (legújabb felül):\nFeladó: Zsófi 14:20 — javítás: az Office 365 nem Open, hanem EA.\nFeladó: Zsófi 09:00 — az Office 365-öt Openen vették.',
      { channel: 'ea', service: 'license' },
    ],
  ]);
});
