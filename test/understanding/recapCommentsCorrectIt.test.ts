// A meeting tool's recap with its readers' comments below it ("Comments", «Комментарии», "评论",
// "Hozzászólások", a rule, or one comment labelled "Comentário (…):"): each comment is newer than
// the recap and a later comment newer than an earlier one, so a comment's value wins for the question
// it restates, with no correction word needed, and a later comment saying it is undecided leaves it asked.
import { checkKind } from './kindCheck';

describe('recap comments: the comments below a recap correct it', () => {
  checkKind([
    [
      'en-US',
      'Meeting recap (Copilot) - Tarn Valley Farms / Northgate IT\nSummary\n- Tarn Valley has 30 Microsoft 365 Business Standard licenses bought under an Open Value agreement.\n- They want Northgate to take over the billing.\nComments\nPriya Shah (Northgate) - 4:10 PM: Checked the portal afterwards: they signed an EA with Microsoft in 2021.',
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
    [
      'en-US',
      '🗒️ AI summary - Brookline Bakery\nKey points\n- 15 Microsoft 365 E3 licenses, bought from another CSP.\n- Customer wants us as partner of record.\nComments\nTom Reyes: they only want us to support the users, the billing stays where it is.',
      { channel: 'otherCsp', service: 'license', goal: 'support' },
    ],
    [
      'en-US',
      'Call recap (auto) - Redfern Legal\n- 40 seats of Microsoft 365 E5 bought with a card on the Microsoft website.\n- Redfern wants us to take over the billing.\n—\nDana Kim 2:30 PM: I asked again at the end, they buy them from another CSP partner.\nLeo Park 3:05 PM: their CFO called, they have not decided whether to move or keep it with support only.',
      { channel: 'otherCsp', service: 'license' },
      ['goal'],
    ],
    [
      'ru-RU',
      'Итоги встречи (Copilot) — «Северный Лес»\n• Клиент покупает Microsoft 365 E3 по Open Value.\n• Клиент хочет перевести лицензии к нам.\nКомментарии\nОльга (12:10): уточнила у бухгалтерии — у них EA с Microsoft.',
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
    [
      'zh-CN',
      '会议纪要（AI）｜青松物流\n· 客户通过 Open Value 购买 Microsoft 365 E3。\n· 客户希望把许可证转到我司。\n评论\n王磊：会后确认了，他们签的是 EA。',
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
    [
      'hu-HU',
      'Összefoglaló (AI) — Tiszai Malom Kft.\n• Az ügyfél Open Value szerződéssel vásárolja a Microsoft 365 E3 licenceket.\n• Az ügyfél a licenceket hozzánk hozná.\nHozzászólások\nPéter (9:40): utánanéztem, EA-juk van.',
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
    [
      'pt-BR',
      'Resumo (IA) — Padaria Trigo Bom\n• O cliente compra o Microsoft 365 E3 pelo Open Value.\n• O cliente quer transferir as licenças para nós.\nComentário (Juliana): conferi no portal, eles têm EA.',
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
  ]);
});
