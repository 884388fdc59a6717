// A quoted reply that picks one of two options asked just before it ('He answered: "the first one,
// for now"', «Ответил: «Последнее, конечно»») answers that question: the quotation marks make it
// no older, other party's words. Written for these tests.
import { checkKind } from './kindCheck';

describe('kind: eitherOr, a quoted reply with a reference answers the question before it', () => {
  checkKind([
    [
      'ru-RU',
      'Спросил директора, нужно ли нам только администрировать их Office 365 или перенести подписки к нам. Директор ответил: «Последнее, разумеется». Лицензии куплены по EA.',
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
    [
      'pt-BR',
      'Perguntei ao gerente se querem que a gente só dê suporte ao Office 365 ou que a gente assuma o faturamento. Ele respondeu: "o primeiro, por enquanto". Licenças pelo Open Value.',
      { channel: 'open', service: 'license', goal: 'support' },
    ],
    [
      'en-US',
      'I asked their CFO whether we should just manage their Office 365 or take over billing. Her answer: "the second one, definitely". Licences are on an EA.',
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
  ]);
});
