// Whether a POSTed event really comes from Partner Center, as its webhooks page says to check:
// the three headers present (the signature, in `Authorization: Signature <base64>` or
// `x-ms-signature`; the certificate's URL; the algorithm, rsa-sha256), the certificate downloaded
// and trusted (eventCertificates.ts), then the RSA SHA-256 signature over the body's UTF-8 bytes.
// A verified event is read strictly; one dated far ahead of this clock is refused, a late one is
// not (a replay of a genuine event changes nothing: delivery is once per id and per item).
// Every refusal is a reason code, never an exception.
import type { IncomingHttpHeaders } from 'http';
import { verify as verifySignature, X509Certificate } from 'crypto';
import { PartnerCenterEvent, readPartnerCenterEvent } from '../../domain/partnerCenterEvents';
import { CertificateRefusal, EventTrust, SigningCertificates } from './eventCertificates';

export type EventRefusal =
  'unsigned' | 'no-certificate-url' | 'no-algorithm' | 'wrong-algorithm' | CertificateRefusal | 'bad-signature' | 'unreadable' | 'stale' | 'future';

/** What the headers say, before the body is read. */
export interface SignedRequest {
  signature: Buffer;
  certificateUrl: URL;
}

export type HeaderVerdict = { ok: true; request: SignedRequest } | { ok: false; reason: EventRefusal };
export type EventVerdict = { ok: true; event: PartnerCenterEvent } | { ok: false; reason: EventRefusal };

/** RSA signatures up to 8192-bit keys, in base64. */
const SIGNATURE = /^[A-Za-z0-9+/]{16,1400}={0,2}$/;
const MAX_URL = 2048;
/** How far ahead of this clock an event may be dated (clocks differ a little, not by hours). */
export const FUTURE_SKEW_MS = 15 * 60 * 1000;

function single(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' ? value.trim() : undefined;
}

/** The signature's bytes from either header, or undefined. */
function signatureOf(headers: IncomingHttpHeaders): Buffer | undefined {
  const authorization = single(headers.authorization);
  const match = authorization !== undefined ? /^Signature\s+(\S+)$/i.exec(authorization) : null;
  // With SignatureTokenToMsSignatureHeader set, Microsoft's sample reads x-ms-signature as
  // `Signature <base64>` (split on the space) too; a bare base64 value is still taken.
  const other = single(headers['x-ms-signature']);
  const text = match?.[1] ?? (other !== undefined ? (/^Signature\s+(\S+)$/i.exec(other)?.[1] ?? other) : undefined);
  return text !== undefined && SIGNATURE.test(text) ? Buffer.from(text, 'base64') : undefined;
}

/** The headers' part of the check: present, and of the right form (no download, no body). */
export function readSignatureHeaders(headers: IncomingHttpHeaders): HeaderVerdict {
  const signature = signatureOf(headers);
  if (!signature) return { ok: false, reason: 'unsigned' };
  const url = single(headers['x-ms-certificate-url']);
  if (url === undefined || url.length > MAX_URL || !URL.canParse(url)) return { ok: false, reason: 'no-certificate-url' };
  const algorithm = single(headers['x-ms-signature-algorithm']);
  if (algorithm === undefined || algorithm === '') return { ok: false, reason: 'no-algorithm' };
  if (algorithm.toLowerCase() !== 'rsa-sha256') return { ok: false, reason: 'wrong-algorithm' };
  return { ok: true, request: { signature, certificateUrl: new URL(url) } };
}

/** Whether the RSA SHA-256 signature over the body verifies with the certificate's key (PKCS #1 v1.5). */
function signedBy(certificate: X509Certificate, body: Buffer, signature: Buffer): boolean {
  try {
    return certificate.publicKey.asymmetricKeyType === 'rsa' && verifySignature('sha256', body, certificate.publicKey, signature);
  } catch {
    return false;
  }
}

export interface VerifierOptions {
  trust: EventTrust;
  /** An event dated longer ago than this is refused. */
  maxAgeMinutes: number;
  now?: () => number;
}

export class EventVerifier {
  private readonly certificates: SigningCertificates;
  private readonly now: () => number;
  private readonly maxAgeMs: number;

  constructor(options: VerifierOptions) {
    this.now = options.now ?? Date.now;
    this.maxAgeMs = options.maxAgeMinutes * 60_000;
    this.certificates = new SigningCertificates(options.trust, this.now);
  }

  /** The whole check of a request whose headers passed readSignatureHeaders. Never rejects. */
  async verify(request: SignedRequest, body: Buffer): Promise<EventVerdict> {
    const certificate = await this.certificates.certificate(request.certificateUrl);
    if (typeof certificate === 'string') return { ok: false, reason: certificate };
    if (!signedBy(certificate, body, request.signature)) return { ok: false, reason: 'bad-signature' };
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      return { ok: false, reason: 'unreadable' };
    }
    const event = readPartnerCenterEvent(parsed);
    if (!event) return { ok: false, reason: 'unreadable' };
    // A late event is delivered (once, by its id): Partner Center documents no end to its retries.
    return this.freshness(event) === 'future' ? { ok: false, reason: 'future' } : { ok: true, event };
  }

  /** Why an event's date refuses it, or undefined when it is recent enough. */
  freshness(event: PartnerCenterEvent): 'stale' | 'future' | undefined {
    const at = Date.parse(event.changedAt);
    const now = this.now();
    if (now - at > this.maxAgeMs) return 'stale';
    if (at - now > FUTURE_SKEW_MS) return 'future';
    return undefined;
  }
}
