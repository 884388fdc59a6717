// The certificate Partner Center signs its events with, downloaded and checked. What it must
// satisfy, where it and its issuers may come from, the numbers that bound the downloads, and when
// a kept certificate is used, refreshed or forgotten are pure rules
// (src/protocols/partnerCenterWebhook/eventCertificateRules.ts), and so are the parsing, the chain's
// walk and each signature's check (eventVerification.ts); here: the download itself (no redirects,
// a deadline and a size cap) and the caches. What can be trusted is one injectable object (EventTrust): production trusts Node's
// root store; tests and the demonstration trust a test CA.
import { X509Certificate } from 'crypto';
import * as http from 'http';
import * as https from 'https';
import * as tls from 'tls';
import { BoundedCache } from '../../domain/boundedCache';
import { DEFAULT_CERTIFICATE_HOSTS } from '../../config/followUps';
import {
  CertificateRefusal,
  DOWNLOAD_TIMEOUT_MS,
  downloadRules,
  DownloadRules,
  ISSUER_KEEP_MS,
  issuerUrlOf,
  keptCertificateUse,
  keptUntil,
  MAX_CERTIFICATE_BYTES,
  MAX_ISSUERS,
  MAX_TRUSTED,
  MAX_UNKNOWN,
  MICROSOFT_ORGANISATION,
  NO_DOWNLOADS,
  nextRefreshAt,
  takeDownload,
  validAt,
} from '../../protocols/partnerCenterWebhook/eventCertificateRules';
import { acceptedIssuer, readCertificate, readCertificates, rootsWithFingerprints, verifiedLeaf } from '../../protocols/partnerCenterWebhook/eventVerification';

export {
  caIssuersUrls,
  MAX_CERTIFICATE_BYTES,
  MICROSOFT_ORGANISATION,
  MICROSOFT_PKI_HOSTS,
  organisationOf,
  validAt,
} from '../../protocols/partnerCenterWebhook/eventCertificateRules';
export type { CertificateRefusal } from '../../protocols/partnerCenterWebhook/eventCertificateRules';

export interface EventTrust extends DownloadRules {
  /** The roots a chain must end at. */
  roots(): readonly X509Certificate[];
  /** Downloads a certificate's bytes (DER or PEM); rejects on any failure. */
  fetchBytes(url: URL): Promise<Buffer>;
  /** The organisation (O=) the signing certificate's issuer (as Microsoft's sample checks) or subject must name. */
  organisation: string;
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
  return (nodeRoots ??= readCertificates(tls.rootCertificates));
}

/**
 * Node's roots (bundled, and NODE_EXTRA_CA_CERTS where this Node can list them) with one of these
 * SHA-256 fingerprints: the roots a deployment pins (PARTNER_CENTER_EVENT_ROOTS).
 */
export function pinnedRoots(fingerprints: readonly string[]): readonly X509Certificate[] {
  const list = (tls as { getCACertificates?: (type: string) => string[] }).getCACertificates;
  return rootsWithFingerprints([...nodeRootCertificates(), ...readCertificates(list ? list('extra') : [])], fingerprints);
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
  return {
    ...downloadRules(options.certificateHosts ?? DEFAULT_CERTIFICATE_HOSTS, options.issuerHosts),
    roots: options.roots ?? nodeRootCertificates,
    fetchBytes: options.fetchBytes ?? ((url) => downloadBytes(url)),
    organisation: options.organisation ?? MICROSOFT_ORGANISATION,
  };
}

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

/**
 * The signing certificates. A certificate that was verified is kept apart, by URL, where nothing a
 * request names can push it out: it is used while it is valid and refreshed on its own schedule.
 * Any other URL is downloaded at most once a minute, within an overall ceiling (see the numbers).
 */
export class SigningCertificates {
  /** Verified certificates by URL, the least recently used forgotten beyond MAX_TRUSTED. */
  private readonly trusted = new BoundedCache<string, Trusted>({ maxEntries: MAX_TRUSTED });
  private readonly unknown = new BoundedCache<string, Cached<X509Certificate | CertificateRefusal>>({ maxEntries: MAX_UNKNOWN });
  private readonly issuers = new BoundedCache<string, Cached<X509Certificate | undefined>>({ maxEntries: MAX_ISSUERS });
  private window = NO_DOWNLOADS;

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
    const use = trusted ? keptCertificateUse(trusted, now) : undefined;
    if (trusted && use !== 'forget') {
      if (use === 'useAndRefresh') void this.refresh(url, trusted);
      return trusted.certificate;
    }
    if (trusted) this.trusted.delete(key);
    let cached = this.unknown.get(key);
    if (!cached || cached.until < now) {
      // An unexpected failure of the check is a failure like any other: never a rejection.
      const value = this.load(url, true).catch(() => 'certificate-unavailable' as const);
      cached = { until: Infinity, value };
      this.unknown.set(key, cached);
      const entry = cached;
      void value.then((result) => {
        if (typeof result === 'string') entry.until = keptUntil(entry.until, false, this.now());
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
    this.trusted.set(key, { certificate, refreshAt: nextRefreshAt(true, this.now()), refreshing: false });
  }

  /** Downloads and verifies a kept certificate's URL again; on failure the kept one stays in use. */
  private async refresh(url: URL, trusted: Trusted): Promise<void> {
    trusted.refreshing = true;
    const result = await this.load(url, false).catch(() => 'certificate-unavailable' as const);
    trusted.refreshing = false;
    if (typeof result === 'string') {
      trusted.refreshAt = nextRefreshAt(false, this.now());
      return;
    }
    if (this.trusted.peek(url.href) === trusted) this.keep(url.href, result);
  }

  /** Whether a download of a URL never verified fits the overall ceiling (takeDownload). */
  private allowUnknownDownload(): boolean {
    const taken = takeDownload(this.window, this.now());
    this.window = taken.window;
    return taken.allowed;
  }

  private async download(url: URL): Promise<X509Certificate | 'certificate-unavailable' | 'certificate-unreadable'> {
    let bytes: Buffer;
    try {
      bytes = await this.trust.fetchBytes(url);
    } catch {
      return 'certificate-unavailable';
    }
    return readCertificate(bytes);
  }

  /** Downloads and verifies the certificate at the URL (verifiedLeaf); `unknown`: counted against the ceiling. */
  private async load(url: URL, unknown: boolean): Promise<X509Certificate | CertificateRefusal> {
    if (unknown && !this.allowUnknownDownload()) return 'certificate-unavailable';
    const leaf = await this.download(url);
    if (typeof leaf === 'string') return leaf;
    const trust = { roots: this.trust.roots(), organisation: this.trust.organisation };
    return verifiedLeaf(leaf, trust, this.now(), (certificate) => this.issuerOf(certificate));
  }

  /** The certificate's issuer from its first allowed CA Issuers URI, kept a while, if it may stand in the chain (acceptedIssuer). */
  private async issuerOf(certificate: X509Certificate): Promise<X509Certificate | undefined> {
    const url = issuerUrlOf(certificate, this.trust);
    if (!url) return undefined;
    const now = this.now();
    let cached = this.issuers.get(url.href);
    if (!cached || cached.until < now) {
      const value = this.download(url).then((r) => (typeof r === 'string' ? undefined : r));
      cached = { until: now + ISSUER_KEEP_MS, value };
      this.issuers.set(url.href, cached);
    }
    const issuer = await cached.value;
    cached.until = keptUntil(cached.until, issuer !== undefined, now);
    return acceptedIssuer(certificate, issuer, now);
  }
}
