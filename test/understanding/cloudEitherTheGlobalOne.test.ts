// "The 21Vianet tenant or the global one": the second option of an either/or about the cloud is
// read too, so the cloud is asked, not taken from the first.
import { checkKind } from './kindCheck';

describe('cloud: "… or the global one" is an option of the either/or', () => {
  checkKind([
    ['en-US', "They want support for Office 365, not sure if it's the 21Vianet tenant or the global one.", { service: 'license', goal: 'support' }, ['cloud']],
  ]);
});
