// The certificate Partner Center signs its events with, and whether to trust it. The event names
// its certificate by URL (x-ms-certificate-url), so that URL is an attacker's input until proven
// otherwise: only https on an allowed host, path /cert/*.cer, no redirects, a deadline and a size
// cap. The certificate must be valid now, name the expected organisation and chain to a trusted
// root; the chain's issuers come from each certificate's "CA Issuers" URI, again only from an
// allow-list of public-key-infrastructure hosts. What can be trusted is one injectable object
// (EventTrust): production trusts Node's root store; tests and the demonstration trust a test CA.
import { X509Certificate } from 'crypto';
import * as http from 'http';
import * as https from 'https';
import * as tls from 'tls';
import { BoundedCache } from '../../domain/boundedCache';
import { DEFAULT_CERTIFICATE_HOSTS } from '../../config/followUps';

export interface EventTrust {
  /** Whether the certificate an event names may be downloaded from this URL. */
  allowedCertificateUrl(url: URL): boolean;
  /** Whether an issuer certificate (a CA Issuers URI) may be downloaded from this URL. */
  allowedIssuerUrl(url: URL): boolean;
  /** The roots a chain must end at. */
  roots(): readonly X509Certificate[];
  /** Downloads a certificate's bytes (DER or PEM); rejects on any failure. */
  fetchBytes(url: URL): Promise<Buffer>;
  /** The organisation (O=) the signing certificate's issuer (as Microsoft's sample checks) or subject must name. */
  organisation: string;
}

/** Where Microsoft's and DigiCert's certificate authorities publish their issuing certificates. */
export const MICROSOFT_PKI_HOSTS: readonly string[] = ['www.microsoft.com', 'caissuers.microsoft.com', 'cacerts.digicert.com'];

export const MICROSOFT_ORGANISATION = 'Microsoft Corporation';

/** A certificate (or issuer) larger than this is not one. */
export const MAX_CERTIFICATE_BYTES = 16 * 1024;
const DOWNLOAD_TIMEOUT_MS = 5_000;
/** Longest chain walked: leaf, intermediates, root. */
const MAX_CHAIN = 5;

const CERTIFICATE_PATH = /^\/cert\/[A-Za-z0-9._-]{1,200}\.cer$/i;

function plainUrl(url: URL): boolean {
  return url.username === '' && url.password === '' && url.hash === '' && url.port === '';
}

/**
 * Downloads a small file: http(s) only, no redirect followed (a 3xx is a failure), a deadline on
 * the whole exchange and a byte cap counted as the body arrives.
 */
export function downloadBytes(url: URL, maxBytes = MAX_CERTIFICATE_BYTES, timeoutMs = DOWNLOAD_TIMEOUT_MS): Promise<Buffer> {
  const get = url.protocol === 'https:' ? https.get : url.protocol === 'http:' ? http.get : undefined;
  if (!get) return Promise.reject(new Error('Only http and https are downloaded.'));
  return new Promise<Buffer>((resolve, reject) => {
    const request = get(url, { signal: AbortSignal.timeout(timeoutMs), headers: { Accept: '*/*' } }, (response) => {
      const declared = Number(response.headers['content-length']);
      if (response.statusCode !== 200 || (Number.isFinite(declared) && declared > maxBytes)) {
        response.resume();
        request.destroy();
        return reject(new Error(`The download answered ${response.statusCode ?? 0}.`));
      }
      const chunks: Buffer[] = [];
      let received = 0;
      response.on('data', (chunk: Buffer) => {
        received += chunk.length;
        if (received > maxBytes) {
          request.destroy();
          reject(new Error('The download is too large.'));
          return;
        }
        chunks.push(chunk);
      });
      response.on('end', () => resolve(Buffer.concat(chunks, received)));
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}

let nodeRoots: X509Certificate[] | undefined;

/** Node's bundled root certificates, parsed on first use. */
export function nodeRootCertificates(): readonly X509Certificate[] {
  return (nodeRoots ??= tls.rootCertificates.flatMap((pem) => {
    try {
      return [new X509Certificate(pem)];
    } catch {
      return [];
    }
  }));
}

/**
 * Node's roots (bundled, and NODE_EXTRA_CA_CERTS where this Node can list them) with one of these
 * SHA-256 fingerprints: the roots a deployment pins (PARTNER_CENTER_EVENT_ROOTS).
 */
export function pinnedRoots(fingerprints: readonly string[]): readonly X509Certificate[] {
  const wanted = new Set(fingerprints.map((f) => f.toUpperCase()));
  const list = (tls as { getCACertificates?: (type: string) => string[] }).getCACertificates;
  const parsed = (list ? list('extra') : []).flatMap((pem) => {
    try {
      return [new X509Certificate(pem)];
    } catch {
      return [];
    }
  });
  const found = new Map([...nodeRootCertificates(), ...parsed].filter((r) => wanted.has(r.fingerprint256)).map((r) => [r.fingerprint256, r]));
  return [...found.values()];
}

export interface EventTrustOptions {
  /** Hosts of the signing certificate's URL (default: Partner Center's). */
  certificateHosts?: readonly string[];
  /** Hosts of the issuers' URLs (default: Microsoft's and DigiCert's). */
  issuerHosts?: readonly string[];
  roots?: () => readonly X509Certificate[];
  fetchBytes?: (url: URL) => Promise<Buffer>;
  organisation?: string;
}

/** The trust of production by default; each part can be replaced (tests, the demonstration). */
export function eventTrust(options: EventTrustOptions = {}): EventTrust {
  const certificateHosts = new Set((options.certificateHosts ?? DEFAULT_CERTIFICATE_HOSTS).map((h) => h.toLowerCase()));
  const issuerHosts = new Set((options.issuerHosts ?? MICROSOFT_PKI_HOSTS).map((h) => h.toLowerCase()));
  return {
    allowedCertificateUrl: (url) => url.protocol === 'https:' && plainUrl(url) && certificateHosts.has(url.hostname) && CERTIFICATE_PATH.test(url.pathname),
    allowedIssuerUrl: (url) => (url.protocol === 'http:' || url.protocol === 'https:') && plainUrl(url) && issuerHosts.has(url.hostname),
    roots: options.roots ?? nodeRootCertificates,
    fetchBytes: options.fetchBytes ?? ((url) => downloadBytes(url)),
    organisation: options.organisation ?? MICROSOFT_ORGANISATION,
  };
}

/** Whether the certificate is within its validity dates at `now` (ms). */
export function validAt(certificate: X509Certificate, now: number): boolean {
  const from = Date.parse(certificate.validFrom);
  const to = Date.parse(certificate.validTo);
  return !Number.isNaN(from) && !Number.isNaN(to) && from <= now && now <= to;
}

/** The subject's (or the issuer's) organisation (O=), when it names exactly one. */
export function organisationOf(certificate: X509Certificate, of: 'subject' | 'issuer' = 'subject'): string | undefined {
  const values = certificate[of]
    .split('\n')
    .filter((line) => line.startsWith('O='))
    .map((line) => line.slice(2));
  return values.length === 1 ? values[0] : undefined;
}

/** The certificate's CA Issuers URIs (its Authority Information Access). */
export function caIssuersUrls(certificate: X509Certificate): URL[] {
  const access = certificate.infoAccess ?? '';
  return [...access.matchAll(/^CA Issuers - URI:(\S+)$/gm)].flatMap((m) => (URL.canParse(m[1]!) ? [new URL(m[1]!)] : []));
}

export type CertificateRefusal =
  | 'certificate-url-not-allowed'
  | 'certificate-unavailable'
  | 'certificate-unreadable'
  | 'certificate-not-valid-now'
  | 'certificate-organisation'
  | 'certificate-untrusted';

interface Cached<T> {
  until: number;
  value: Promise<T>;
}

/** A certificate that was downloaded and verified (valid, the organisation, a trusted chain). */
interface Trusted {
  certificate: X509Certificate;
  /** When the next refresh is due (ms): a download of the same URL in the background. */
  refreshAt: number;
  refreshing: boolean;
}

/** How long an issuer is kept, and how long a failure is remembered (per URL). */
const KEEP_MS = 60 * 60 * 1000;
const FAILURE_KEEP_MS = 60 * 1000;
/**
 * A verified certificate is downloaded again this long after it was verified, in the background,
 * so a certificate replaced at the same URL is picked up within the hour the old code kept one for;
 * a refresh that fails keeps the certificate in use (while it is valid) and is tried again after
 * FAILURE_KEEP_MS, the per-URL pace of every download here.
 */
const REFRESH_MS = 50 * 60 * 1000;
/**
 * Verified certificates kept: Partner Center signs with one certificate at a time, two during a
 * rotation; room for a few more. Only a newly verified certificate can take one's place.
 */
const MAX_TRUSTED = 8;
/**
 * URLs never verified, each remembered with its download's outcome for FAILURE_KEEP_MS so a URL
 * is downloaded at most once a minute. A flood of more made-up URLs than this in a minute only
 * forgets its own older ones; the trusted certificates are kept elsewhere.
 */
const MAX_UNKNOWN = 1024;
/**
 * Downloads of URLs never verified, all of them together, in a minute: generous (20 a second,
 * twice the flood of made-up URLs that once starved the genuine one), so a certificate seen for
 * the first time (at start-up, or after Partner Center rotates it) gets its download during such
 * a flood; it bounds what a flood makes this process ask of the certificate host. Refreshes of
 * verified certificates never count against it.
 */
const UNKNOWN_DOWNLOADS_PER_MINUTE = 1200;

/**
 * The signing certificates. A certificate that was verified is kept apart, by URL, where nothing a
 * request names can push it out: it is used while it is valid and refreshed on its own schedule.
 * Any other URL is downloaded at most once a minute, within an overall ceiling (see the numbers).
 */
export class SigningCertificates {
  private readonly trusted = new Map<string, Trusted>();
  private readonly unknown = new BoundedCache<string, Cached<X509Certificate | CertificateRefusal>>({ maxEntries: MAX_UNKNOWN });
  private readonly issuers = new BoundedCache<string, Cached<X509Certificate | undefined>>({ maxEntries: 32 });
  private windowStart = -Infinity;
  private downloads = 0;

  constructor(
    private readonly trust: EventTrust,
    private readonly now: () => number = Date.now,
  ) {}

  /** The verified certificate at the URL, or why not. Never rejects. */
  async certificate(url: URL): Promise<X509Certificate | CertificateRefusal> {
    if (!this.trust.allowedCertificateUrl(url)) return 'certificate-url-not-allowed';
    const key = url.href;
    const now = this.now();
    const trusted = this.trusted.get(key);
    if (trusted && validAt(trusted.certificate, now)) {
      // Most recently used last, so a newly verified certificate replaces the least used one.
      this.trusted.delete(key);
      this.trusted.set(key, trusted);
      if (now >= trusted.refreshAt && !trusted.refreshing) void this.refresh(url, trusted);
      return trusted.certificate;
    }
    // No longer valid (nor refreshed in time): forgotten; the URL is asked about afresh.
    if (trusted) this.trusted.delete(key);
    let cached = this.unknown.get(key);
    if (!cached || cached.until < now) {
      // An unexpected failure of the check is a failure like any other: never a rejection.
      const value = this.load(url, true).catch(() => 'certificate-unavailable' as const);
      cached = { until: Infinity, value };
      this.unknown.set(key, cached);
      const entry = cached;
      void value.then((result) => {
        if (typeof result === 'string') entry.until = this.now() + FAILURE_KEEP_MS;
        else {
          this.unknown.delete(key);
          this.keep(key, result);
        }
      });
    }
    const result = await cached.value;
    if (typeof result === 'string') return result;
    return validAt(result, this.now()) ? result : 'certificate-not-valid-now';
  }

  private keep(key: string, certificate: X509Certificate): void {
    this.trusted.delete(key);
    this.trusted.set(key, { certificate, refreshAt: this.now() + REFRESH_MS, refreshing: false });
    if (this.trusted.size > MAX_TRUSTED) this.trusted.delete(this.trusted.keys().next().value!);
  }

  /** Downloads and verifies a kept certificate's URL again; on failure the kept one stays in use. */
  private async refresh(url: URL, trusted: Trusted): Promise<void> {
    trusted.refreshing = true;
    const result = await this.load(url, false).catch(() => 'certificate-unavailable' as const);
    trusted.refreshing = false;
    if (typeof result === 'string') {
      trusted.refreshAt = this.now() + FAILURE_KEEP_MS;
      return;
    }
    if (this.trusted.get(url.href) === trusted) this.keep(url.href, result);
  }

  /** Whether a download of a URL never verified fits the overall ceiling (a fixed minute's window). */
  private allowUnknownDownload(): boolean {
    const now = this.now();
    if (now - this.windowStart >= 60_000) {
      this.windowStart = now;
      this.downloads = 0;
    }
    this.downloads += 1;
    return this.downloads <= UNKNOWN_DOWNLOADS_PER_MINUTE;
  }

  private async download(url: URL): Promise<X509Certificate | 'certificate-unavailable' | 'certificate-unreadable'> {
    let bytes: Buffer;
    try {
      bytes = await this.trust.fetchBytes(url);
    } catch {
      return 'certificate-unavailable';
    }
    try {
      return new X509Certificate(bytes);
    } catch {
      return 'certificate-unreadable';
    }
  }

  /** Downloads and verifies the certificate at the URL; `unknown`: counted against the ceiling. */
  private async load(url: URL, unknown: boolean): Promise<X509Certificate | CertificateRefusal> {
    if (unknown && !this.allowUnknownDownload()) return 'certificate-unavailable';
    const leaf = await this.download(url);
    if (typeof leaf === 'string') return leaf;
    if (!validAt(leaf, this.now())) return 'certificate-not-valid-now';
    // Step 4 of Microsoft's check, "Verify the Organization": its sample looks at the issuer; either will do.
    const organisation = this.trust.organisation;
    if (organisationOf(leaf, 'issuer') !== organisation && organisationOf(leaf) !== organisation) return 'certificate-organisation';
    return (await this.chainTrusted(leaf)) ? leaf : 'certificate-untrusted';
  }

  /** Whether a chain from the leaf, through issuers found by their CA Issuers URIs, ends at a trusted root. */
  private async chainTrusted(leaf: X509Certificate): Promise<boolean> {
    const roots = this.trust.roots();
    const now = this.now();
    let current = leaf;
    for (let depth = 0; depth < MAX_CHAIN; depth += 1) {
      if (roots.some((root) => root.fingerprint256 === current.fingerprint256)) return depth > 0;
      if (roots.some((root) => validAt(root, now) && current.checkIssued(root) && current.verify(root.publicKey))) return true;
      const issuer = await this.issuerOf(current);
      if (!issuer) return false;
      current = issuer;
    }
    return false;
  }

  /** The certificate's issuer from its first allowed CA Issuers URI, checked to have signed it. */
  private async issuerOf(certificate: X509Certificate): Promise<X509Certificate | undefined> {
    const url = caIssuersUrls(certificate).find((u) => this.trust.allowedIssuerUrl(u));
    if (!url) return undefined;
    const now = this.now();
    let cached = this.issuers.get(url.href);
    if (!cached || cached.until < now) {
      const value = this.download(url).then((r) => (typeof r === 'string' ? undefined : r));
      cached = { until: now + KEEP_MS, value };
      this.issuers.set(url.href, cached);
    }
    const issuer = await cached.value;
    if (!issuer) {
      cached.until = Math.min(cached.until, now + FAILURE_KEEP_MS);
      return undefined;
    }
    const signed = issuer.ca && certificate.checkIssued(issuer) && certificate.verify(issuer.publicKey) && validAt(issuer, now);
    return signed ? issuer : undefined;
  }
}
