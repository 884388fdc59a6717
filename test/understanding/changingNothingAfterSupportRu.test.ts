// «ничего не меняя» (changing nothing) says how the work is done; it does not negate the verb
// before it, as «не меняем» does: «поддержка ничего не меняя» is support. The finite forms
// still negate what they follow.
import { checkKind } from './kindCheck';

describe('changing nothing beside a goal (ru-RU)', () => {
  checkKind([
    ['ru-RU', 'у клиента офис по EA им надо чтобы мы администрировали ничего не трогая', { channel: 'ea', service: 'license', goal: 'support' }],
    ['ru-RU', 'офис брали коробкой в магазине и нужна только поддержка ничего не меняя', { channel: 'thirdParty', service: 'license', goal: 'support' }],
    // Near misses: the finite verb still negates; a move said beside "changing nothing" stays a move.
    ['ru-RU', 'у клиента офис по EA переносить ничего не меняем', { channel: 'ea', service: 'license' }],
    ['ru-RU', 'У клиента Office 365 по EA, хотят перенести к нам, ничего не трогая в тенанте.', { channel: 'ea', service: 'license', goal: 'move' }],
  ]);
});
