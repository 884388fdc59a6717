// "Either we just co-manage their licences …, or we become their partner of record": "either"
// still frames the first option with three words between them, so the long first option and the
// second are one either/or, settled by "the first".
import { checkKind } from './kindCheck';

describe('either/or: "either" three words before the first option still frames it', () => {
  checkKind([
    [
      'en-US',
      'Office 365 E3. Either we just co-manage their licenses and Microsoft keeps billing them like today, or we become their partner of record. They went with the first.',
      { service: 'license', goal: 'support' },
    ],
  ]);
});
