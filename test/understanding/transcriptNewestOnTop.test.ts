// A transcript pasted newest on top is read oldest first, also when two of its turns were said
// in the same minute: the times that go down outnumber those that go up, and a minute said twice
// goes neither way.
import { checkKind } from './kindCheck';

describe('transcript: newest on top, two turns of one minute', () => {
  checkKind([
    ['en-US', '[10:05] Customer: yes\n[10:04] Agent: did they buy it through EA?\n[10:04] Agent: one more question', { channel: 'ea' }],
    ['ru-RU', '[10:05] Клиент: да\n[10:04] Оператор: покупали через EA?\n[10:04] Оператор: ещё один вопрос', { channel: 'ea' }],
    ['zh-CN', '[10:05] 客户：是的\n[10:04] 客服：是通过EA买的吗？\n[10:04] 客服：还有一个问题', { channel: 'ea' }],
    ['pt-BR', '[10:05] Cliente: sim\n[10:04] Atendente: compraram pelo EA?\n[10:04] Atendente: mais uma pergunta', { channel: 'ea' }],
    ['hu-HU', '[10:05] Ügyfél: igen\n[10:04] Ügyintéző: EA-n keresztül vették?\n[10:04] Ügyintéző: még egy kérdés', { channel: 'ea' }],
  ]);
});
