// Kind "hedge": a doubt that asks where, which or how about a product («не помнят, где брали
// Azure», "they don't remember which agreement Office 365 is under") states the product: how it
// was bought is what is doubted, and asked. A doubt between two products still doubts them.
import { checkKind } from './kindCheck';

describe('kind: hedge, the product a doubt asks where about is stated', () => {
  checkKind([
    ['ru-RU', 'Клиент не помнит, где покупали Azure. Мы direct.', { service: 'usage', partnerType: 'direct' }],
    ['ru-RU', 'Сами не знают, по какому договору идёт их Microsoft 365, то ли EA, то ли Open.', { service: 'license' }, ['channel']],
    ['en-US', "They don't remember which agreement their Office 365 is under, EA or Open.", { service: 'license' }, ['channel']],
  ]);
});

describe('kind: hedge, a doubt between two products', () => {
  checkKind([['ru-RU', 'Не помнят, где брали, Office 365 или Azure.', {}, ['service']]]);
});
