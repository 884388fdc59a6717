// A chat log whose times carry "yesterday" and "today" ("[tegnap 17:20]" then "[ma 8:45]") is written
// oldest first even though its clock goes down: today's line is the newest and decides.
import { checkKind } from './kindCheck';

describe('thread: "yesterday" before a chat time puts that line before today\'s', () => {
  checkKind([
    ['hu-HU', '[tegnap 17:20] Kiss Anna: Office 365, EA\n[ma 9:05] Kiss Anna: javítás: Open-en keresztül vették', { channel: 'open', service: 'license' }],
    [
      'hu-HU',
      '[tegnap 16:40] Tóth Gábor: Azure, EA\n[ma 8:10] Tóth Gábor: nem biztos, hogy EA, lehet hogy a Microsofttól közvetlenül',
      { service: 'usage' },
      ['channel'],
    ],
    ['en-US', '[yesterday 18:02] Ann: Office 365, EA\n[today 9:15] Ann: correction: they bought it through Open', { channel: 'open', service: 'license' }],
    ['ru-RU', '[вчера 18:02] Анна: Office 365, EA\n[сегодня 9:15] Анна: поправка: через Open', { channel: 'open', service: 'license' }],
    ['zh-CN', '[昨天 18:02] 李娜：Office 365，EA\n[今天 9:15] 李娜：更正：是通过 Open 买的', { channel: 'open', service: 'license' }],
    ['pt-BR', '[ontem 18:02] Ana: Office 365, EA\n[hoje 9:15] Ana: corrigindo: foi pelo Open', { channel: 'open', service: 'license' }],
  ]);
});
