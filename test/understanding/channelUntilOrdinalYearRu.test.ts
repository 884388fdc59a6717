// Russian (ru-RU lexicon): a channel the customer «был до 2019 года» / «до девятнадцатого года» had
// is a past one, and «потом перешли» after it tells that past change, no move wanted. A channel
// «до конца года» still runs. Written for these tests.
import { checkKind } from './kindCheck';

describe('channel: a year it ran until, said in digits or words, in Russian', () => {
  checkKind([
    ['ru-RU', 'Заметка: у них Microsoft 365 E3. EA у них был до девятнадцатого года, потом перешли на MPSA.', { channel: 'open', service: 'license' }],
    ['ru-RU', 'Dynamics 365: Open Value у нас был до 2020 года, сейчас напрямую у Microsoft.', { channel: 'microsoft', service: 'license' }],
    ['ru-RU', 'Project Plan 3: EA был до 2018 года, потом перешли на MPSA, теперь хотят перейти к нам.', { channel: 'open', service: 'license', goal: 'move' }],
    ['ru-RU', 'Visio Plan 2 у них по EA до конца года.', { channel: 'ea', service: 'license' }],
  ]);
});
