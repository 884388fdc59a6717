// What a stated channel means in the stated cloud. The words name where the customer bought;
// the options depend on the Partner Center (SPEC: Partner Center operated by 21Vianet offers
// vianet / formerAdvisor / other only). A mapping to `undefined` means the words do not settle
// the question in that cloud, so the dialog asks.
import { Channel, Cloud } from '../questions';

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
