// «Скорее всего» (most likely) doubts what it stands by, as «вероятно» does: one channel so said
// is asked back by name, never taken.
import { checkDoubted } from './kindCheck';

describe('kind: hedge, "most likely" doubts its answer', () => {
  checkDoubted([
    ['ru-RU', 'Клиент говорит, что Office 365 скорее всего куплен по EA.', { service: 'license' }, { channel: 'ea' }],
    ['ru-RU', 'Azure у клиента, «скорее всего», по MPSA.', { service: 'usage' }, { channel: 'open' }],
    ['pt-BR', 'O cliente provavelmente comprou o Office 365 pelo EA.', { service: 'license' }, { channel: 'ea' }],
  ]);
});
