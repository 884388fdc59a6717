// Russian says a thing is absent after naming it: «EA никогда не было», «Microsoft 365 в задаче
// нет», «Dynamics нам не нужен» (a dative pronoun between the thing and the verb). Each denies it.
import { checkKind } from './kindCheck';

describe('ru: «никогда не было», «в задаче нет», «нам не нужен» deny what they follow', () => {
  checkKind([
    ['ru-RU', 'Подписки Azure у другого CSP-партнёра, Enterprise Agreement у них никогда не было.', { channel: 'otherCsp', service: 'usage' }],
    ['ru-RU', 'Azure брали у другого CSP-партнёра. Microsoft 365 в задаче нет.', { channel: 'otherCsp', service: 'usage' }],
    ['ru-RU', 'Речь про Azure, Dynamics 365 нам не нужен.', { service: 'usage' }],
    ['ru-RU', 'Клиенту нужны серверы в Azure, Dynamics 365 им не нужен.', { service: 'usage' }],
  ]);
});
