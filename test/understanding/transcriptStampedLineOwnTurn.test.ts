// In a log of timed speaker lines, a line stamped with its time and no name ("10:45 — still
// undecided") is the writer's own note: it does not belong to the speaker above it, so when it
// says the case is undecided, the two speakers' goals are asked about. Written for these tests.
import { checkKind } from './kindCheck';

describe('kind: thread, a stamped line without a name is the log writer’s own turn', () => {
  checkKind([
    [
      'ru-RU',
      '11:10 Админ: нам нужно только сопровождение Office 365.\n11:40 Бухгалтер: хотим перенести подписки к вам.\n12:05 — пока не решили, ждём директора.',
      { service: 'license' },
      ['goal'],
    ],
    [
      'en-US',
      '11:10 IT lead: we only want you to manage Office 365 for us.\n11:40 Finance: we want to move the subscriptions to you.\n12:05 — still undecided, waiting for the owner.',
      { service: 'license' },
      ['goal'],
    ],
    [
      'pt-BR',
      '11:10 TI: só queremos que vocês administrem o Office 365.\n11:40 Financeiro: queremos transferir as assinaturas para vocês.\n12:05 — ainda não decidiram, esperando o diretor.',
      { service: 'license' },
      ['goal'],
    ],
  ]);
});

describe('kind: thread, the log writer’s stamped note is no nod to the statement above it', () => {
  // The agent's "…, right?" is a statement seeking a nod; the writer's note after it, unsure of
  // something else, neither confirms nor doubts it.
  checkKind([
    [
      'en-US',
      '09:00 Agent: so they bought Office 365 through their EA, right?\n09:02 Customer: yes, the EA.\n09:05 Agent: and you want us to take over the billing, right?\n09:10 — not sure when the next call is, will follow up.',
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
  ]);
});
