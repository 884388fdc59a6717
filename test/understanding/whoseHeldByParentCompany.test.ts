// «GCC у их материнской компании»: an answer said to be held by the parent company ("у" + the
// parent) is theirs, as «принадлежит материнской компании» is, and this customer's own answer
// said next («а у самих …», «а сами …») is the one to read. A purchase made from the parent
// («брали у материнской компании») is not such a possessive.
import { checkKind } from './kindCheck';

describe('whose: an answer held by the parent company («у материнской компании») is theirs', () => {
  checkKind([
    ['ru-RU', 'EA у их головной компании, а у самих Office 365 куплен по Open.', { channel: 'open', service: 'license' }],
    ['ru-RU', 'Государственное облако у материнской компании, у самих глобальное облако.', { cloud: 'global' }],
    ['ru-RU', 'Azure по EA у их американской материнской компании, а сами они брали Microsoft 365 у другого CSP.', { channel: 'otherCsp', service: 'license' }],
  ]);
});
