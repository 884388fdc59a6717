// 21Vianet named and then the purchase from "them" in the same breath ("21Vianet, tőlük vették",
// "21Vianet, they bought it from them") is bought from 21Vianet: the cloud and the channel. A bare
// 21Vianet followed by another seller stays the cloud only.
import { checkKind } from './kindCheck';

describe('channel: bought from "them" right after 21Vianet', () => {
  checkKind([
    ['hu-HU', '21Vianet, tőlük vették az Office 365-öt, át akarják hozni hozzánk.', { cloud: 'china', channel: 'vianet', service: 'license', goal: 'move' }],
    ['hu-HU', 'A 21Vianet felhőben vannak, a licenceket egy helyi viszonteladótól vették.', { cloud: 'china', channel: 'other', service: 'license' }],
    ['en-US', '21Vianet, they bought it from them, and it is Azure.', { cloud: 'china', channel: 'vianet', service: 'usage' }],
  ]);
});
