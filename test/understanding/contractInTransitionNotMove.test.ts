// «Договор на переходе», «статус в процессе перехода»: the partner's own paperwork between two
// states, not the customer's subscriptions moving; it states no goal. A move to us («переход к нам»)
// is still the goal, even when a contract is named beside it.
import { checkKind } from './kindCheck';

describe('a contract or status in transition is no move (ru-RU)', () => {
  checkKind([
    [
      'ru-RU',
      'Project Online куплен напрямую у Microsoft.\nМы то ли реселлер у дистрибьютора, то ли уже прямой партнёр, наш договор на переходе.',
      { channel: 'microsoft', service: 'license' },
      ['partnerType'],
    ],
    [
      'ru-RU',
      'Project Online куплен напрямую у Microsoft. Наш статус сейчас в процессе перехода, бумаги у юристов.',
      { channel: 'microsoft', service: 'license' },
    ],
    [
      'ru-RU',
      'Project Online куплен напрямую у Microsoft. Договор на переход к нам клиент подписал.',
      { channel: 'microsoft', service: 'license', goal: 'move' },
    ],
  ]);
});
