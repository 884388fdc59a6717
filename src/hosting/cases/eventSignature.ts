// Whether a POSTed event really comes from Partner Center: the certificate its headers name
// downloaded and trusted (eventCertificates.ts), then the RSA SHA-256 signature over the body's
// UTF-8 bytes checked with node:crypto, and the verified event read strictly. What the headers must
// hold and how recent an event must be are pure rules (src/protocols/partnerCenterWebhook/eventRequests.ts). Every refusal
// is a reason code, never an exception.
import { verify as verifySignature, X509Certificate } from 'crypto';
import { PartnerCenterEvent, readPartnerCenterEvent } from '../../domain/partnerCenterEvents';
import { EventRefusal, freshness, SignedRequest } from '../../protocols/partnerCenterWebhook/eventRequests';
import { EventTrust, SigningCertificates } from './eventCertificates';

export { FUTURE_SKEW_MS, readSignatureHeaders } from '../../protocols/partnerCenterWebhook/eventRequests';
export type { EventRefusal, HeaderVerdict, SignedRequest } from '../../protocols/partnerCenterWebhook/eventRequests';

export type EventVerdict = { ok: true; event: PartnerCenterEvent } | { ok: false; reason: EventRefusal };

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
    return freshness(event.changedAt, this.now(), this.maxAgeMs);
  }
}
