// A post pasted with its replies under it, the replies counted on a line of their own ("2 replies",
// "Respostas (3)", «Ответы (2)», "回复 (1)", "3 válasz"): the post (a meeting summary an AI wrote)
// is older than the replies that correct it, so it is read as the oldest turn, not as a note
// written after them (replyCount.ts).
import { checkKind } from './kindCheck';

describe('A post above its counted replies is older than they are', () => {
  checkKind([
    [
      'pt-BR',
      'Ata automática — Padaria Trigo de Ouro\n\nDestaques\n• Usam Office 365 E1 comprado pelo contrato EA.\n• Pedem só suporte.\n\nRespostas (3)\nLuana Prado  10:05\nA ata errou: no fim da chamada a dona pediu pra transferir as licenças pra nossa conta.\nBeto Lima  10:20\nIsso, eu também ouvi.\nLuana Prado  10:21\nVou mandar o link.',
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
    [
      'en-US',
      'AI notes - Fabrikam Bakeries sync\n\nHighlights\n- Office 365 E1 bought under their EA\n- They only want support\n\n2 replies\nLuana Prado  14:05\nnotes got it wrong: at the end the owner asked us to transfer the licenses to our account.\nBeto Lima  14:20\nsame, I heard that too',
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
    [
      'ru-RU',
      'Автоконспект встречи — Пекарня «Колос»\n\nГлавное\n• Office 365 E1 куплен по соглашению EA.\n• Клиенту нужна только поддержка.\n\nОтветы (2)\nЛуана П.  10:05\nВ конспекте ошибка: в конце владелица попросила перевести лицензии к нам.\nБорис Л.  10:20\nДа, я тоже слышал.',
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
  ]);
});
