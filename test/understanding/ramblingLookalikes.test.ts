// Kind "rambling": words that look like another case or a plan for later, and are not. "The client
// yesterday corrected me" is this customer; "yesterday's call" is no other customer; "later today"
// is today; "no problem" («semmi gond») negates nothing; "the customer's Office subscriptions" are
// the product.
import { checkKind } from './kindCheck';

describe('kind: rambling, words that look like another case, a later plan or a negation, and are not', () => {
  checkKind([
    ['en-US', 'They bought through Advisor, sorry, the client yesterday corrected me: it was EA.', { channel: 'ea' }],
    ['hu-HU', 'Először Advisort mondtak, de a tegnapi hívás során kiderült, hogy EA-n vették.', { channel: 'ea' }],
    ['ru-RU', 'Вчерашний клиентский звонок показал: купили через EA.', { channel: 'ea' }],
    ['en-US', 'They want to move the customer’s Office subscriptions to us.', { service: 'license', goal: 'move' }],
    ['hu-HU', 'Semmi gond, EA-n vették és át akarják hozni hozzánk.', { channel: 'ea', goal: 'move' }],
    ['hu-HU', 'semmi transfer, csak támogatás kell', { goal: 'support' }],
    // Never the other goal: "later today" is no plan for later.
    ['en-US', 'They want to move later today, support is not needed.', {}, ['goal']],
  ]);
});
