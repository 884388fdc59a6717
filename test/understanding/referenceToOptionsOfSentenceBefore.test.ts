// A transcript's question that names nothing ("Which one is it?", «Так как именно?», "Qual foi?")
// asks about the options of the asker's sentence just before it ("You mentioned either an EA or
// Open Value"): a reference in the answer ("the second", «второе», "o primeiro") picks among those.
// Written for these tests.
import { checkKind } from './kindCheck';

describe('transcript: a bare question asks about the options of the sentence before it', () => {
  checkKind([
    [
      'en-US',
      '[10:00] Agent (Sam): You mentioned either an EA or Open Value. Which one is it?\n[10:01] Customer (Lee): The second, definitely.',
      { channel: 'open' },
    ],
    [
      'ru-RU',
      '[15:10] Менеджер (Ирина): Вы говорили, что брали либо по EA, либо по Open Value. Так как именно?\n[15:11] Клиент (Тимур): Второе, точно.',
      { channel: 'open' },
    ],
    [
      'pt-BR',
      '[09:30] Consultor (Rui): Você falou que compraram ou pela EA ou pelo Open Value. Qual foi?\n[09:31] Cliente (Ana): O primeiro, com certeza.',
      { channel: 'ea' },
    ],
  ]);
});
