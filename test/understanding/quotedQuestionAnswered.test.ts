// A question quoted after a colon and answered right after it by a reference to one of its two
// options ('I asked: "EA or MPSA?" Answer: "the second"') is asked where it stands: the
// reference picks from it. Prepositional forms of the reference («о первом», «во втором») are
// references too.
import { checkKind } from './kindCheck';

describe('a quoted either/or question answered after it by "the first" or "the second"', () => {
  checkKind([
    ['ru-RU', 'Спросил у закупщика: «у вас Enterprise Agreement или MPSA?» Ответ: «второе, у нас MPSA».', { channel: 'open' }],
    ['ru-RU', 'Уточнил у клиента: «вам нужно, чтобы мы только администрировали, или чтобы забрали подписки к себе?» Ответил: «первое».', { goal: 'support' }],
    ['ru-RU', 'Спросила директора, о чём речь, об Azure или о Dynamics 365. Ответил: «о первом, о виртуальных машинах».', { service: 'usage' }],
    ['en-US', 'I asked their buyer: "do you have an Enterprise Agreement or MPSA?" Answer: "the second, MPSA".', { channel: 'open' }],
    // A space typed before the closing mark still ends the question.
    ['en-US', 'I asked their buyer: "is it the Enterprise Agreement or Open Value? " He answered: "the second".', { channel: 'open' }],
  ]);
});
