// Kind "thread": a team chat pasted without times, its people named in full, is a conversation
// even where reading it as one statement would say something else: a question one person asks
// ("did they buy it through EA?") is answered by the other's bare "no", so the channel is never
// EA and is asked, where the words read as one statement named EA.
import { checkRead } from './kindCheck';

describe('kind: thread, a question in a chat of people named in full, answered by a bare no', () => {
  checkRead([
    ['en-US', 'Ben Harper: did they buy it through an EA?\nAlicia Gomez: no', {}, { negated: ['channel'] }],
    ['ru-RU', 'Иван Петров: они покупали через EA?\nОльга Смирнова: нет', {}, { negated: ['channel'] }],
    ['pt-BR', 'Ana Souza: eles compraram pelo EA?\nBruno Lima: não', {}, { negated: ['channel'] }],
    ['hu-HU', 'Kovács Péter: EA-n keresztül vették?\nNagy Anna: nem', {}, { negated: ['channel'] }],
  ]);
});
