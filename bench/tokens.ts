// `npm run bench:tokens`: what checking a request's Bot Framework token costs with a registration,
// which the load benchmark (run without one) never pays. In one process, against a local OpenID
// provider with RS256 keys as Bot Framework publishes them, each request gets the host's two
// checks, before its body (the token alone) and against its activity (advisorAdapter.ts), three
// ways, alternated round by round:
//   - the SDK's check each time (as before http/verifiedTokens.ts);
//   - through VerifiedTokens, every request with the same token, as a channel sends them;
//   - through VerifiedTokens, every request with a new token (the worst case: nothing kept helps).
// Knobs: BENCH_ROUNDS (5), BENCH_TOKEN_REQUESTS (2,000 a round and way; a quarter of it for new
// tokens, each signed beforehand), BENCH_OUT (bench/results-tokens.json).
import * as path from 'path';
import { Activity } from 'botbuilder';
import { BotFrameworkAuthentication } from 'botframework-connector';
import { loadConfig } from '../src/config';
import { createBotFrameworkAuthentication, withoutSdkConsole } from '../src/hosting/http/botFrameworkAuth';
import { VerifiedTokens } from '../src/hosting/http/verifiedTokens';
import { channelClaims, CountingAuthentication, signingKey, startOpenIdProvider, token } from '../test/support/botFrameworkTokens';
import { BENCH_DIR, benchUsageIfAsked, runFromCommandLine } from './commandLine';
import { median } from './report';

const APP_ID = '11111111-2222-3333-4444-555555555555';
const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';
const ACTIVITY = { type: 'invoke', channelId: 'msteams', serviceUrl: SERVICE_URL } as Activity;
/** What the check before the body passes for an activity (advisorAdapter.ts). */
const NO_ACTIVITY = { channelId: '', serviceUrl: '' } as Activity;

export const WAYS = ['SDK, each request', 'kept, one token', 'kept, a new token each request'] as const;
export type Way = (typeof WAYS)[number];

export interface TokenResults {
  rounds: number;
  requests: number;
  /** Per way: µs per request in each round, and the SDK's checks per request. */
  ways: Record<Way, { micros: number[]; sdkChecksPerRequest: number }>;
}

const empty = (): { micros: number[]; sdkChecksPerRequest: number } => ({ micros: [], sdkChecksPerRequest: 0 });

async function twoChecks(auth: BotFrameworkAuthentication, bearer: string): Promise<void> {
  await withoutSdkConsole(() => auth.authenticateRequest(NO_ACTIVITY, bearer));
  const result = await withoutSdkConsole(() => auth.authenticateRequest(ACTIVITY, bearer));
  if (!result.claimsIdentity.isAuthenticated) throw new Error('the token was not accepted');
}

export async function runTokens(rounds: number, requests: number): Promise<TokenResults> {
  const key = signingKey('bench-key');
  const provider = await startOpenIdProvider([{ key, endorsements: ['msteams'] }]);
  const config = loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'bench-only-secret-Kd4~', MicrosoftAppType: 'MultiTenant' });
  const sign = (): string => `Bearer ${token({ key, claims: { ...channelClaims(APP_ID, SERVICE_URL), jti: Math.random().toString(36) } })}`;
  const fresh = Math.max(1, Math.floor(requests / 4));
  const results: TokenResults = {
    rounds,
    requests,
    ways: { 'SDK, each request': empty(), 'kept, one token': empty(), 'kept, a new token each request': empty() },
  };
  try {
    const sdk = createBotFrameworkAuthentication(config, provider.metadataUrl);
    const bearer = sign();
    // The keys fetched and the code warm before anything is timed.
    for (let i = 0; i < 200; i += 1) await twoChecks(sdk, bearer);
    for (let round = 0; round < rounds; round += 1) {
      const order = round % 2 === 0 ? WAYS : [...WAYS].reverse();
      for (const way of order) {
        const inner = new CountingAuthentication(createBotFrameworkAuthentication(config, provider.metadataUrl));
        const auth = way === 'SDK, each request' ? inner : new VerifiedTokens(inner);
        const tokens = way === 'kept, a new token each request' ? Array.from({ length: fresh }, sign) : [bearer];
        const count = way === 'kept, a new token each request' ? fresh : requests;
        await twoChecks(auth, sign()); // this way's keys fetched
        const checksBefore = inner.checks;
        const started = process.hrtime.bigint();
        for (let i = 0; i < count; i += 1) await twoChecks(auth, tokens[i % tokens.length]!);
        const micros = Number(process.hrtime.bigint() - started) / 1000 / count;
        results.ways[way].micros.push(micros);
        results.ways[way].sdkChecksPerRequest = (inner.checks - checksBefore) / count;
      }
    }
  } finally {
    await provider.close();
  }
  return results;
}

export function formatTokens(results: TokenResults): string {
  const base = median(results.ways['SDK, each request'].micros);
  const lines = [
    `The token checks of a request with a registration (before the body and against the activity), one process, median of ${results.rounds} rounds`,
    '',
    "| way | µs per request | the SDK's checks per request | against the SDK each request |",
    '| --- | ---: | ---: | ---: |',
  ];
  for (const way of WAYS) {
    const figures = results.ways[way];
    const micros = median(figures.micros);
    lines.push(`| ${way} | ${micros.toFixed(1)} | ${figures.sdkChecksPerRequest.toFixed(3)} | ${(micros / base).toFixed(3)} |`);
  }
  return lines.join('\n');
}

function requestsFromEnvironment(): number {
  const raw = process.env.BENCH_TOKEN_REQUESTS;
  const value = raw === undefined || raw === '' ? 2000 : Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`BENCH_TOKEN_REQUESTS must be a whole number of at least 1 (got ${raw})`);
  return value;
}

if (require.main === module) {
  benchUsageIfAsked('npm run bench:tokens', "What checking a request's Bot Framework token costs with a registration.");
  runFromCommandLine(
    (options) => [
      { run: () => runTokens(options.rounds, requestsFromEnvironment()), out: process.env.BENCH_OUT ?? path.join(BENCH_DIR, 'results-tokens.json') },
    ],
    formatTokens,
  );
}
