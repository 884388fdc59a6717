// Where the bot's Bot Framework token may go: the rule, which the host applies to the credentials
// that sign every connector call (hosting/connector/channelHosts.ts). Every connector call is
// signed with the bot's bearer token, sent to the service URL of the conversation: a URL that arrived with an activity, or was
// kept in a conversation reference for a later follow-up. A kept reference may have been written
// by another instance sharing the store (one in local mode, which takes any loopback service URL
// from an unauthenticated sender), so the URL is checked at the moment a token would be attached,
// on every call: https, on a host of the channels of the deployment's cloud. Anything else is
// refused before the credentials are asked for a token: nothing is sent.
//
// The hosts, from Microsoft's documentation: Teams' service URLs are under smba.trafficmanager.net
// (public), smba.infra.gcc.teams.microsoft.com (GCC), smba.infra.gov.teams.microsoft.us (GCC High)
// and smba.infra.dod.teams.microsoft.us (DoD) (the Microsoft 365 Agents SDK's
// TeamsServiceEndpoints); the Azure Bot Service channels' own (Direct Line, Web Chat and the
// others) are under botframework.com (Direct Line API 3.0 reference, "Base URI": directline.,
// europe.directline., india.directline.botframework.com), botframework.azure.us in Azure
// Government and botframework.azure.cn in Azure operated by 21Vianet (the bot OAuth URL
// reference lists the token service under each).
import { BoundedCache } from '../../domain/boundedCache';

export type BotCloud = 'public' | 'usGovernment' | 'china';

interface HostRules {
  /** Hosts allowed as they are. */
  exact: readonly string[];
  /** Domains whose every subdomain is allowed (written with the leading dot). */
  under: readonly string[];
}

export const CHANNEL_HOSTS: Readonly<Record<BotCloud, HostRules>> = {
  // GCC's Teams runs on the public cloud's Azure Bot Service.
  public: { exact: ['smba.trafficmanager.net', 'smba.infra.gcc.teams.microsoft.com'], under: ['.botframework.com'] },
  usGovernment: { exact: ['smba.infra.gov.teams.microsoft.us', 'smba.infra.dod.teams.microsoft.us'], under: ['.botframework.azure.us'] },
  china: { exact: [], under: ['.botframework.azure.cn'] },
};

/** Why a service URL may not receive the bot's token, or undefined when it may. */
export type ServiceUrlCheck = (url: string) => string | undefined;

/** The scheme and authority of a URL: all the check reads, and what the kept answers are keyed by. */
const ORIGIN = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*/;
/** A channel's origins are a handful (Teams has one per region); a URL longer than this is no channel's. */
const MAX_ORIGIN = 300;

/**
 * The check for a cloud's channels: https on the default port, a host of that cloud. Answers are
 * kept by origin (bounded: a sender naming new hosts only pushes out older answers), so the check
 * costs a lookup on every call.
 */
export function channelServiceUrls(cloud: BotCloud = 'public'): ServiceUrlCheck {
  const rules = CHANNEL_HOSTS[cloud];
  const answers = new BoundedCache<string, string | null>({ maxEntries: 64 });
  const judge = (origin: string): string | null => {
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      return 'the service URL is not a URL';
    }
    if (url.protocol !== 'https:') return 'the service URL is not https';
    if (url.username !== '' || url.password !== '' || url.port !== '') return 'the service URL names a user or a port';
    const host = url.hostname.toLowerCase();
    return rules.exact.includes(host) || rules.under.some((domain) => host.endsWith(domain)) ? null : `the host is not a channel of the ${cloud} cloud`;
  };
  return (serviceUrl) => {
    const origin = typeof serviceUrl === 'string' ? ORIGIN.exec(serviceUrl)?.[0] : undefined;
    if (origin === undefined || origin.length > MAX_ORIGIN) return 'the service URL is not a channel URL';
    let answer = answers.get(origin);
    if (answer === undefined) {
      answer = judge(origin);
      answers.set(origin, answer);
    }
    return answer ?? undefined;
  };
}
