// «У нас в бытность Advisor», «у нас во времена Advisor»: bought from us when we were in Advisor
// is the former Advisor channel, said in one phrase; denied («не у нас в бытность Advisor»), it
// is no channel, and the seller named after it decides.
import { checkKind } from './kindCheck';

describe('channel: bought from us in our Advisor days (ru-RU)', () => {
  checkKind([
    ['ru-RU', 'Облако китайское. Office 365 покупали у нас в бытность Advisor.', { cloud: 'china', channel: 'formerAdvisor', service: 'license' }],
    ['ru-RU', 'Облако китайское. Azure брали у нас во времена Advisor.', { cloud: 'china', channel: 'formerAdvisor', service: 'usage' }],
    ['ru-RU', 'Облако китайское. Покупали не у нас в бытность Advisor, а у местного реселлера.', { cloud: 'china', channel: 'other' }],
    ['ru-RU', 'Покупали не у нас в бытность Advisor.', {}],
  ]);
});
