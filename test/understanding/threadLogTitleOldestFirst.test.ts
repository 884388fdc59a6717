// A log whose title says it runs oldest first («Журнал (сначала старые)», "Activity (oldest
// first)", "记录（按时间正序）", "Histórico (mais antigo primeiro)", "Napló (legrégebbi elöl)") is
// read in that order: its last entry is the newest and decides what an earlier entry said, and
// the ticket's fields above the title are older than every entry.
import { checkKind } from './kindCheck';

describe('thread: a log titled oldest first', () => {
  checkKind([
    [
      'ru-RU',
      'Заявка 5127, ООО «Северный Лён»\nЖурнал (сначала старые):\n14.09 Орлова Т.: у клиента Office 365 E3 по EA, просят только поддержку.\n19.09 Орлова Т.: директор решил иначе, хотят чтобы мы стали партнёром записи.',
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
    [
      'ru-RU',
      'Тикет 881\nЦель: поддержка\nИстория (по возрастанию даты):\n02.10.2026 10:00 Седов П.: Microsoft 365 E5 у них через EA.\n04.10.2026 16:20 Седов П.: созвонились с финдиректором: биллинг переводят к нам.',
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
    [
      'en-US',
      'Ticket 7731 — Birchwood Bakery\nActivity (oldest first)\n09/14 Dana: Office 365 E3 on an EA, support only.\n09/19 Dana: call with their CFO today: they want us as partner of record.',
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
    [
      'zh-CN',
      '工单 5127：北方亚麻\n记录（按时间正序）：\n09-14 10:00 刘洋：客户的Office 365 E3是EA买的，只要技术支持。\n09-19 15:30 刘洋：和财务总监通了电话，要我们接管计费。',
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
    [
      'pt-BR',
      'Chamado 5127 — Padaria Aurora\nHistórico (mais antigo primeiro):\n14/09 Carla: Office 365 E3 pelo EA, só suporte.\n19/09 Carla: falei com o diretor financeiro: querem que a gente assuma o faturamento.',
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
    [
      'hu-HU',
      'Jegy 5127 — Tiszai Pékség\nNapló (legrégebbi elöl):\n09.14. 10:00 Kiss Anna: Office 365 E3 EA-n keresztül, egyelőre csak támogatás kell.\n09.19. 15:30 Kiss Anna: beszéltem a pénzügyi vezetővel: azt szeretnék, hogy mi legyünk a számlázó partner.',
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
  ]);
});
