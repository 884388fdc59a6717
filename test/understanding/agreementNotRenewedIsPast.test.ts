// A work item's comment that corrects its channel field says the old agreement is over: "o EA não
// foi renovado", "Open Value valeu até 2022", «byl do 2022», "EA 没续约", "nem hosszabbították meg".
// That agreement is past, so the one the comment names now is the channel; one renewed still answers.
import { checkKind } from './kindCheck';

describe('an agreement not renewed or in force until a year is past (work-item comments)', () => {
  checkKind([
    [
      'pt-BR',
      'Chamado #218 – campo Canal: Enterprise Agreement\nServiço: Microsoft 365 E3\nComentário (Rui): ajustem isso — o EA não foi renovado; de junho pra cá pagam o Microsoft 365 direto à Microsoft.',
      { channel: 'microsoft', service: 'license' },
    ],
    [
      'pt-BR',
      'Ticket 552\nCanal: Open Value\nProduto: Azure\nComentário: o Open Value valeu até 2022; hoje estão num Enterprise Agreement.',
      { channel: 'ea', service: 'usage' },
    ],
    ['pt-BR', 'O EA foi renovado em março e o Project segue nele.', { channel: 'ea', service: 'license' }],
    [
      'en-US',
      "Work item 311\nChannel: EA\nComment (Tom): please fix the field, the EA was not renewed; they now buy Microsoft 365 straight from Microsoft's website.",
      { channel: 'microsoft', service: 'license' },
    ],
    [
      'en-US',
      'Ticket 88: channel Open Value, service Azure. Update from Sam: Open Value ran until 2022, they are on an EA now.',
      { channel: 'ea', service: 'usage' },
    ],
    ['en-US', 'The EA was renewed in May and Visio sits on it.', { channel: 'ea', service: 'license' }],
    [
      'ru-RU',
      'Задача 90\nКанал: EA\nКомментарий: EA не продлили, теперь покупают Microsoft 365 напрямую у Microsoft.',
      { channel: 'microsoft', service: 'license' },
    ],
    ['ru-RU', 'Zadacha 90: kanal Open Value, servis Azure. Kommentariy: Open Value byl do 2022, teper u klienta EA.', { channel: 'ea', service: 'usage' }],
    ['ru-RU', 'Open Value был до 2022 года, сейчас у клиента EA на Azure.', { channel: 'ea', service: 'usage' }],
    ['zh-CN', '任务 77\n渠道：企业协议\n评论：EA 没续约，现在他们在微软官网直接买 Microsoft 365。', { channel: 'microsoft', service: 'license' }],
    ['zh-CN', 'EA 续签了，Azure 还在 EA 里。', { channel: 'ea', service: 'usage' }],
    [
      'hu-HU',
      'Feladat 12, Csatorna: EA\nMegjegyzés: az EA-t nem hosszabbították meg, most közvetlenül a Microsofttól veszik az Azure-t.',
      { channel: 'microsoft', service: 'usage' },
    ],
    ['hu-HU', 'Az EA-t meghosszabbították, az Azure abban fut.', { channel: 'ea', service: 'usage' }],
  ]);
});
