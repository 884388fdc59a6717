// Russian (ru-RU lexicon): «который обслуживал …» describes another party, not the service the
// customer wants; «до перехода в CSP» is a time, not a move; a role followed by «в этой сделке мы не
// являемся» is denied. Written for these tests.
import { checkKind } from './kindCheck';

describe('goal and role words: a relative clause, a time before a change, a role denied for the deal, in Russian', () => {
  checkKind([
    ['ru-RU', 'Microsoft 365 E5 у них у другого CSP-партнёра, который обслуживал их дочку.', { channel: 'otherCsp', service: 'license' }],
    [
      'ru-RU',
      'Azure брали у нас ещё до перехода в CSP, тогда мы были Advisor. Облако китайское.',
      { cloud: 'china', channel: 'formerAdvisor', service: 'usage' },
    ],
    ['ru-RU', 'Поправлюсь: непрямым поставщиком в этой сделке мы не являемся, мы непрямой реселлер у Merlion.', { partnerType: 'indirectReseller' }],
  ]);
});
