// What the Web Chat page, the side panel and their files answer, besides their bodies: the headers
// each kind of answer carries (how long it may be cached, what it may load, what it varies on),
// whether a conditional GET is answered 304, whether a file goes gzipped, and the side panel's
// My cases refusals. Pure: hosting/webchat and hosting/panel render, read and write.

/** Whether If-None-Match names this ETag (or is `*`); weak validators compare alike for a GET (RFC 9110 13.1.2). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === etag;
  });
}

/** Whether the client takes gzip (its Accept-Encoding names it). */
export const acceptsGzip = (acceptEncoding: string | string[] | undefined): boolean =>
  /\bgzip\b/.test(Array.isArray(acceptEncoding) ? acceptEncoding.join(',') : (acceptEncoding ?? ''));

/**
 * How hard a file is gzipped when served. Each file is compressed once and kept, so the strongest
 * level costs nothing per request; the side panel's size budget (scripts/lib/panelBundle.ts)
 * measures at this same level, so it weighs what a browser downloads.
 */
export const SERVED_GZIP_LEVEL = 9;

/** A page's HTML (Web Chat's or the side panel's): never cached, its own policy, in its language. */
export function pageHeaders(page: 'webChat' | 'panel', csp: string, locale: string): Record<string, string> {
  return {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': csp,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    // The chat page may be embedded on a partner's portal: its origin goes along; the panel's never does.
    'Referrer-Policy': page === 'webChat' ? 'strict-origin-when-cross-origin' : 'no-referrer',
    'Content-Language': locale,
    Vary: 'Accept-Language',
  };
}

/** A file whose URL carries its content's hash: cached for a year, never changed under that URL; this site's only. */
export function assetHeaders(contentType: string, etag: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Cache-Control': 'public, max-age=31536000, immutable',
    ETag: etag,
    Vary: 'Accept-Encoding',
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}

/** The side panel's content (the same for everyone, fixed from start-up): cacheable for five minutes, per language. */
export const panelContentHeaders = (etag: string, locale: string): Record<string, string> => ({
  'Cache-Control': 'public, max-age=300',
  ETag: etag,
  'X-Content-Type-Options': 'nosniff',
  'Content-Language': locale,
  Vary: 'Accept-Language',
});

/** My cases for the side panel: one person's list, never cached, varying on who asks. */
export const panelCasesHeaders = (bytes: number): Record<string, string> => ({
  'Content-Type': 'application/json; charset=utf-8',
  'Content-Length': String(bytes),
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  Vary: 'Authorization, Accept-Language',
});

/** Why the side panel's My cases gives no list: no verified sign-in, the keys to check one out of reach for now, or a failure of ours. */
export type PanelCasesRefusal = 'signIn' | 'keysUnavailable' | 'failed';

const PANEL_CASES_REFUSALS: Record<PanelCasesRefusal, { status: number; body: { error: string }; headers: Record<string, string> }> = {
  signIn: { status: 401, body: { error: 'signInRequired' }, headers: { 'WWW-Authenticate': 'Bearer' } },
  // The token may be fine: the page asks again shortly instead of signing in again.
  keysUnavailable: { status: 503, body: { error: 'tryAgain' }, headers: { 'Retry-After': '5' } },
  failed: { status: 500, body: { error: 'failed' }, headers: {} },
};

export const panelCasesRefusal = (why: PanelCasesRefusal): { status: number; body: { error: string }; headers: Record<string, string> } =>
  PANEL_CASES_REFUSALS[why];
