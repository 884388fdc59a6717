// An Enterprise Agreement to be signed in a year named ("2027-ben EA-t kötünk", "2027-től EA-t
// kötnek") is a plan: the channel is where they buy until then ("addig Open Value-n marad"); an
// agreement signed in a past year ("2021-ben EA-t kötöttünk") is the channel.
import { checkKind } from './kindCheck';

describe('an agreement planned for a year to come (hu-HU)', () => {
  checkKind([
    ['hu-HU', 'Pénzügyi igazgató: 2027-ben EA-t kötünk, addig a Visio Open Value-n marad.', { channel: 'open', service: 'license' }],
    ['hu-HU', '2028-tól EA-t kötnek; a Project Plan 3 addig Open Value-n fut, ti üzemeltetitek.', { channel: 'open', service: 'license', goal: 'support' }],
    ['hu-HU', '2021-ben EA-t kötöttünk, azóta azon van a Visio.', { channel: 'ea', service: 'license' }],
  ]);
});
