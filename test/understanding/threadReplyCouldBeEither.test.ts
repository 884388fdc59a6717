// A chat thread (Slack, Teams: names, times, reactions, "edited" marks) whose later reply gives one
// seller and then says either could be right ("could be either", «не знаю, кто прав», "mindkettő
// szóba jöhet") leaves the seller asked, with an older reply's answer, even said under a doubt.
import { checkKind } from './kindCheck';

describe('a thread reply that says either could be right leaves the question asked', () => {
  checkKind([
    [
      'en-US',
      "Olivia Grant  9:41\nDoes anyone know where Harbor Dental gets its Power BI seats? They want us to support them.\n👍 1\nMarcus Lee  9:44\nit's an Open Value agreement (edited)\nDana Cho  9:52\ntheir IT lead said they buy from another CSP partner. could be either, to be fair",
      { service: 'license', goal: 'support' },
      ['channel'],
    ],
    [
      'ru-RU',
      'Ирина Л.  11:20\nКто продаёт «Северстрой» лицензии Visio сейчас?\nОлег М.  11:23\nчерез EA (изменено)\nПавел Р.  11:30\nа их айтишник говорит, что через другого CSP-партнёра. Не знаю, кто прав\n👀 1',
      { service: 'license' },
      ['channel'],
    ],
    [
      'pt-BR',
      'Camila  15:02\nalguém sabe por onde a Cerâmica Sul paga o Teams?\nDiego  15:06\né Open Value (editado)\nBeatriz  15:09\nno cadastro tá EA\nCamila  15:12\npode ser qualquer um dos dois, vou confirmar com eles',
      { service: 'license' },
      ['channel'],
    ],
    [
      'hu-HU',
      'Eszter  9:05\nA Szegedi Malom a Visio licenceit honnan veszi?\n👍 1\nMárk  9:08\nOpen Value-n vannak (szerkesztve)\nZoltán  9:15\na pénzügy szerint EA-n keresztül. Mindkettő szóba jöhet',
      { service: 'license' },
      ['channel'],
    ],
    [
      'zh-CN',
      '刘洋  16:20\n有人知道华东物流的 Visio 是从哪里买的吗？\n陈静  16:24\n是 EA（已编辑）\n赵磊  16:31\n他们 IT 说是另一家 CSP 合作伙伴。两个都有可能吧',
      { service: 'license' },
      ['channel'],
    ],
    // Near misses: a later reply that settles it, and a reply with no other answer before it.
    [
      'en-US',
      "Olivia Grant  9:41\nDoes anyone know where Harbor Dental gets its Power BI seats?\nMarcus Lee  9:44\nI think it's an Open Value agreement (edited)\nDana Cho  9:52\nchecked the contract: it's an EA, not Open Value\n✅ 1",
      { channel: 'ea' },
    ],
    [
      'hu-HU',
      'Eszter  9:05\nA Szegedi Malom a Visio licenceit honnan veszi?\nZoltán  9:15\na pénzügy szerint EA-n keresztül. Mindkettő szóba jöhet',
      { channel: 'ea', service: 'license' },
    ],
  ]);
});
