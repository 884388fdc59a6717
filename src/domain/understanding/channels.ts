// What a stated channel means in the stated cloud. The words name where the customer bought;
// the options depend on the Partner Center (SPEC: Partner Center operated by 21Vianet offers
// vianet / formerAdvisor / other only). A mapping to `undefined` means the words do not settle
// the question in that cloud, so the dialog asks.
import { Channel, Cloud } from '../questions';
import type { Candidate } from './resolve';

type ChannelMap = Readonly<Record<Channel, Channel | undefined>>;

/** Partner Center (commercial) and for US Government; also used while the cloud is unknown. */
const COMMERCIAL: ChannelMap = {
  microsoft: 'microsoft',
  advisor: 'advisor',
  open: 'open',
  ea: 'ea',
  thirdParty: 'thirdParty',
  syndication: 'syndication',
  otherCsp: 'otherCsp',
  // "from us, when we were an Advisor" is the Advisor program outside China.
  formerAdvisor: 'advisor',
  // 21Vianet implies the China cloud; without it (a conflicting cloud) it settles nothing.
  vianet: undefined,
  // "Somewhere else" is not an option outside China.
  other: undefined,
};

/** Partner Center operated by 21Vianet. */
const CHINA: ChannelMap = {
  vianet: 'vianet',
  formerAdvisor: 'formerAdvisor',
  other: 'other',
  // Neither 21Vianet nor this partner as a former Advisor: "somewhere else".
  ea: 'other',
  open: 'other',
  thirdParty: 'other',
  syndication: 'other',
  otherCsp: 'other',
  // "Directly from Microsoft" or "through Advisor" may well mean 21Vianet or this partner:
  // not settled by the words.
  microsoft: undefined,
  advisor: undefined,
};

export function channelInCloud(channel: Channel, cloud: Cloud | undefined): Channel | undefined {
  return (cloud === 'china' ? CHINA : COMMERCIAL)[channel];
}

/**
 * A stated channel read in the stated cloud, beside the others stated with it. "Somewhere else"
 * beside a sure "directly from Microsoft" ("…but finance says a local reseller") is kept even where
 * it is no option: a purchase from Microsoft has no seller, so the two accounts dispute each other
 * and both are asked about. (Any other channel may be that seller's: an EA through it, it a CSP.
 * Microsoft said again after its own denial is the newer word: "Not from Microsoft but a local
 * shop. Now they buy from Microsoft again.") Alone and without a cloud it is kept, and so is a
 * thread part's "from us as an Advisor": the thread's cloud places them (mergeParts); a whole
 * message's "somewhere else" is dropped by the last guard.
 */
export function channelStated(
  c: Candidate,
  stated: readonly Candidate[],
  cloud: Cloud | undefined,
  part: boolean,
  restated: (x: Candidate) => boolean,
): Channel | undefined {
  const value = c.value as Channel;
  const disputed = cloud !== 'china' && stated.some((x) => x.value === 'microsoft' && !x.hedged && !restated(x));
  // So does 21Vianet, where it is no option either ("…but finance says from 21Vianet").
  if ((value === 'other' || value === 'vianet') && disputed) return value;
  if (value === 'other' && cloud === undefined && stated.every((x) => x.value === 'other')) return value;
  return value === 'formerAdvisor' && cloud === undefined && part ? value : channelInCloud(value, cloud);
}
