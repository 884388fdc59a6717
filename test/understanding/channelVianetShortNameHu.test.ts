// "A Vianettől vették" (bought from Vianet) names 21Vianet without its number, as people say it:
// bought from it, the channel is 21Vianet and the cloud China.
import { checkKind } from './kindCheck';

describe('channelWords: bought from "Vianet" without the number', () => {
  checkKind([
    ['hu-HU', 'a kínai irodájuk az Office 365-öt a Vianettől vette', { cloud: 'china', channel: 'vianet', service: 'license' }],
    ['hu-HU', 'az Azure-t a vianettől vették, mi közvetlen partner vagyunk', { cloud: 'china', channel: 'vianet', service: 'usage', partnerType: 'direct' }],
  ]);
});
