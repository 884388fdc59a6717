// A past channel replaced since a year named: "back in 2015 on Open, but since 2021 they buy from
// a CSP": the channel since then is today's.
import { checkKind } from './kindCheck';

describe('channel: the one bought since a year named replaces the older one', () => {
  checkKind([
    [
      'en-US',
      'In 2017 their Office 365 came through an Open License, but since 2021 they have bought it from another CSP partner.',
      { channel: 'otherCsp', service: 'license' },
    ],
  ]);
});
