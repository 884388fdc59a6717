// What the certificate Partner Center signs its events with must satisfy, and where it and its
// issuers may be downloaded from. The event names its certificate by URL (x-ms-certificate-url),
// so that URL is an attacker's input until proven otherwise: only https on an allowed host, path
// /cert/*.cer, nothing else in it. The certificate must be valid now, name the expected
// organisation and chain to a trusted root; each issuer comes from its certificate's "CA Issuers"
// URI, only from an allow-list of public-key-infrastructure hosts, and must be a CA valid now that
// signed the certificate below it. Pure: the shell (src/hosting/cases/eventCertificates.ts)
// downloads, parses the certificates and checks each signature with node:crypto, and asks here
// what those facts add up to.

/** What these rules read of a parsed certificate (node:crypto's X509Certificate has each). */
export interface CertificateFacts {
  validFrom: string;
  validTo: string;
  /** Its distinguished name, one `KEY=value` a line. */
  subject: string;
  issuer: string;
  /** Its Authority Information Access, one `method - URI:url` a line. */
  infoAccess?: string | undefined;
  fingerprint256: string;
  ca: boolean;
}

export type CertificateRefusal =
  | 'certificate-url-not-allowed'
  | 'certificate-unavailable'
  | 'certificate-unreadable'
  | 'certificate-not-valid-now'
  | 'certificate-organisation'
  | 'certificate-untrusted';

/** Where Microsoft's and DigiCert's certificate authorities publish their issuing certificates. */
export const MICROSOFT_PKI_HOSTS: readonly string[] = ['www.microsoft.com', 'caissuers.microsoft.com', 'cacerts.digicert.com'];

export const MICROSOFT_ORGANISATION = 'Microsoft Corporation';

/** A certificate (or issuer) larger than this is not one. */
export const MAX_CERTIFICATE_BYTES = 16 * 1024;
export const DOWNLOAD_TIMEOUT_MS = 5_000;
/** Longest chain walked: leaf, intermediates, root. */
export const MAX_CHAIN = 5;

/** How long an issuer is kept, and how long a failure is remembered (per URL). */
export const ISSUER_KEEP_MS = 60 * 60 * 1000;
export const FAILURE_KEEP_MS = 60 * 1000;
/**
 * A verified certificate is downloaded again this long after it was verified, in the background,
 * so a certificate replaced at the same URL is picked up within the hour the old code kept one for;
 * a refresh that fails keeps the certificate in use (while it is valid) and is tried again after
 * FAILURE_KEEP_MS, the per-URL pace of every download here.
 */
export const REFRESH_MS = 50 * 60 * 1000;
/**
 * Verified certificates kept: Partner Center signs with one certificate at a time, two during a
 * rotation; room for a few more. Only a newly verified certificate can take one's place.
 */
export const MAX_TRUSTED = 8;
/**
 * URLs never verified, each remembered with its download's outcome for FAILURE_KEEP_MS so a URL
 * is downloaded at most once a minute. A flood of more made-up URLs than this in a minute only
 * forgets its own older ones; the trusted certificates are kept elsewhere.
 */
export const MAX_UNKNOWN = 1024;
/** Issuers kept by URL: a chain or two's worth. */
export const MAX_ISSUERS = 32;
/**
 * Downloads of URLs never verified, all of them together, in a minute: generous (20 a second,
 * twice the flood of made-up URLs that once starved the genuine one), so a certificate seen for
 * the first time (at start-up, or after Partner Center rotates it) gets its download during such
 * a flood; it bounds what a flood makes this process ask of the certificate host. Refreshes of
 * verified certificates never count against it.
 */
export const UNKNOWN_DOWNLOADS_PER_MINUTE = 1200;

const CERTIFICATE_PATH = /^\/cert\/[A-Za-z0-9._-]{1,200}\.cer$/i;

/** A URL with nothing beside its scheme, host and path that could change where it leads. */
function plainUrl(url: URL): boolean {
  return url.username === '' && url.password === '' && url.hash === '' && url.port === '';
}

/** Where the signing certificate (the event's URL) and its issuers (CA Issuers URIs) may be downloaded from. */
export interface DownloadRules {
  allowedCertificateUrl(url: URL): boolean;
  allowedIssuerUrl(url: URL): boolean;
}

export function downloadRules(certificateHosts: readonly string[], issuerHosts: readonly string[] = MICROSOFT_PKI_HOSTS): DownloadRules {
  const certificates = new Set(certificateHosts.map((h) => h.toLowerCase()));
  const issuers = new Set(issuerHosts.map((h) => h.toLowerCase()));
  return {
    allowedCertificateUrl: (url) => url.protocol === 'https:' && plainUrl(url) && certificates.has(url.hostname) && CERTIFICATE_PATH.test(url.pathname),
    allowedIssuerUrl: (url) => (url.protocol === 'http:' || url.protocol === 'https:') && plainUrl(url) && issuers.has(url.hostname),
  };
}

/** Whether the certificate is within its validity dates at `now` (ms). */
export function validAt(certificate: Pick<CertificateFacts, 'validFrom' | 'validTo'>, now: number): boolean {
  const from = Date.parse(certificate.validFrom);
  const to = Date.parse(certificate.validTo);
  return !Number.isNaN(from) && !Number.isNaN(to) && from <= now && now <= to;
}

/** The subject's (or the issuer's) organisation (O=), when it names exactly one. */
export function organisationOf(certificate: Pick<CertificateFacts, 'subject' | 'issuer'>, of: 'subject' | 'issuer' = 'subject'): string | undefined {
  const values = certificate[of]
    .split('\n')
    .filter((line) => line.startsWith('O='))
    .map((line) => line.slice(2));
  return values.length === 1 ? values[0] : undefined;
}

/** The certificate's CA Issuers URIs (its Authority Information Access). */
export function caIssuersUrls(certificate: Pick<CertificateFacts, 'infoAccess'>): URL[] {
  const access = certificate.infoAccess ?? '';
  return [...access.matchAll(/^CA Issuers - URI:(\S+)$/gm)].flatMap((m) => (URL.canParse(m[1]!) ? [new URL(m[1]!)] : []));
}

/** The issuer's URL a chain climbs by: the first CA Issuers URI that may be downloaded. */
export function issuerUrlOf(certificate: Pick<CertificateFacts, 'infoAccess'>, rules: Pick<DownloadRules, 'allowedIssuerUrl'>): URL | undefined {
  return caIssuersUrls(certificate).find((url) => rules.allowedIssuerUrl(url));
}

/**
 * Why the signing certificate itself is refused, before its chain is looked at: not valid now, or
 * naming another organisation (step 4 of Microsoft's check, "Verify the Organization": its sample
 * looks at the issuer; either will do). Undefined when it passes.
 */
export function leafRefusal(leaf: CertificateFacts, now: number, organisation: string): CertificateRefusal | undefined {
  if (!validAt(leaf, now)) return 'certificate-not-valid-now';
  if (organisationOf(leaf, 'issuer') !== organisation && organisationOf(leaf) !== organisation) return 'certificate-organisation';
  return undefined;
}

/**
 * One step of the chain from the leaf, at `current` (`depth` 0 is the leaf): trusted when it is a
 * root itself (never the leaf: a root does not sign events) or a root valid now issued and signed
 * it (`issuedBy`: the shell's check of the issuer's name and the signature); untrusted when the
 * chain is already as long as any may be; else climb to its issuer.
 */
export function chainStep<R extends CertificateFacts>(
  current: CertificateFacts,
  depth: number,
  roots: readonly R[],
  now: number,
  issuedBy: (root: R) => boolean,
): 'trusted' | 'untrusted' | 'climb' {
  if (depth >= MAX_CHAIN) return 'untrusted';
  if (roots.some((root) => root.fingerprint256 === current.fingerprint256)) return depth > 0 ? 'trusted' : 'untrusted';
  if (roots.some((root) => validAt(root, now) && issuedBy(root))) return 'trusted';
  return 'climb';
}

/** Whether a downloaded issuer may stand in the chain: a CA, valid now, that issued and signed the certificate below it (`signed`). */
export function issuerAccepted(issuer: Pick<CertificateFacts, 'ca' | 'validFrom' | 'validTo'>, signed: boolean, now: number): boolean {
  return issuer.ca && signed && validAt(issuer, now);
}

/** Downloads of never-verified URLs in the current minute's window. */
export interface DownloadWindow {
  start: number;
  count: number;
}

export const NO_DOWNLOADS: DownloadWindow = { start: -Infinity, count: 0 };

/** Whether one more download of a URL never verified fits the ceiling (a fixed minute's window); the window counts it either way. */
export function takeDownload(window: DownloadWindow, now: number): { allowed: boolean; window: DownloadWindow } {
  const current = now - window.start >= 60_000 ? { start: now, count: 0 } : window;
  const next = { start: current.start, count: current.count + 1 };
  return { allowed: next.count <= UNKNOWN_DOWNLOADS_PER_MINUTE, window: next };
}

/**
 * What a request naming a verified certificate's URL does with the certificate kept for it: uses
 * it while it is valid, and starts its refresh in the background once one is due and none is
 * under way; one no longer valid (nor refreshed in time) is forgotten, and the URL asked about afresh.
 */
export function keptCertificateUse(
  kept: { certificate: Pick<CertificateFacts, 'validFrom' | 'validTo'>; refreshAt: number; refreshing: boolean },
  now: number,
): 'use' | 'useAndRefresh' | 'forget' {
  if (!validAt(kept.certificate, now)) return 'forget';
  return now >= kept.refreshAt && !kept.refreshing ? 'useAndRefresh' : 'use';
}

/** When a kept certificate is next refreshed: REFRESH_MS after it was verified (again), FAILURE_KEEP_MS after a refresh that failed. */
export function nextRefreshAt(verified: boolean, now: number): number {
  return now + (verified ? REFRESH_MS : FAILURE_KEEP_MS);
}

/** Until when a URL's download is remembered: a failed one FAILURE_KEEP_MS at most, whatever it was kept for before. */
export function keptUntil(until: number, found: boolean, now: number): number {
  return found ? until : Math.min(until, now + FAILURE_KEEP_MS);
}

/**
 * Whether the deployment is told that a root it pins (PARTNER_CENTER_EVENT_ROOTS) is not in this
 * Node: fewer found than named. The missing one is then never trusted (a fingerprint alone proves
 * nothing), so the events it would sign are refused until it is added with NODE_EXTRA_CA_CERTS.
 */
export function pinnedRootsMissing(named: number, found: number): { pinned: number; found: number } | undefined {
  return found < named ? { pinned: named, found } : undefined;
}
