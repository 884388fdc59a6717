// The partner spoken of as "they": the customer bought "from them, when they were still Advisors"
// ("tőlük vette…, amikor még Advisorok voltak") is the former Advisor channel, as "from us, when we
// were" is; said of the customer's old partner, another party, it stays asked.
import { checkKind } from './kindCheck';

describe('channel: bought from "them" when they were still Advisors', () => {
  checkKind([
    [
      'hu-HU',
      'A partner a 21Vianet által üzemeltetett Partner Centerben dolgozik. Az ügyfél tőlük vette az Office 365-öt, amikor még Advisorok voltak.',
      { cloud: 'china', channel: 'formerAdvisor', service: 'license' },
    ],
    [
      'hu-HU',
      '21Vianet felhő. Az ügyfél régi partnere egy helyi cég, tőlük vették az Office 365-öt, amikor még Advisorok voltak.',
      { cloud: 'china', service: 'license' },
      ['channel'],
    ],
  ]);
});
