// A status update or note correcting the writer's own earlier statement ("Correction to last week: I
// wrote that …. Wrong. …", "Disregard my earlier note (I said …)", "semana passada escrevi que …",
// "a múlt héten azt írtam, hogy …", «на прошлой неделе я писал, что …»): the values it reports are
// the earlier note's (earlierNote.ts), background to what the message now says.
import { checkKind } from './kindCheck';

describe('earlier note: the writer corrects an earlier statement of their own', () => {
  checkKind([
    [
      'en-US',
      'Weekly update - Harwick Mills. Correction to last week: I wrote that their Visio Plan 2 licenses came through Open Value. Wrong. They bought them from another CSP partner. Goal stays: we take over the billing.',
      { channel: 'otherCsp', service: 'license', goal: 'move' },
    ],
    [
      'en-US',
      'Disregard my summary from Monday, where I wrote that they wanted us to take over the billing. They bought Business Premium on the Microsoft website; support is all they want.',
      { channel: 'microsoft', service: 'license', goal: 'support' },
    ],
    [
      'pt-BR',
      'Status semanal. Correção: semana passada escrevi que o Microsoft 365 era Open Value. Errado. É um EA com a Microsoft.',
      { channel: 'ea', service: 'license' },
    ],
    [
      'hu-HU',
      'Heti státusz. Helyesbítés: a múlt héten azt írtam, hogy a Microsoft 365 Open Value. Tévedtem. EA-juk van.',
      { channel: 'ea', service: 'license' },
    ],
    [
      'ru-RU',
      'Статус за неделю. Поправка: на прошлой неделе я писал, что Microsoft 365 у них по Open Value. Это не так. У них EA.',
      { channel: 'ea', service: 'license' },
    ],
  ]);
});
